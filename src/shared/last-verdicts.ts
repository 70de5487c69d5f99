import browser from 'webextension-polyfill';
import type { VerdictToken } from '../shared/verdict';

/** The latest verdict per credential group, for the popup. Holds no password-derived data. */
export interface LastVerdict {
  tokens: VerdictToken[];
  breachCount?: number;
  reusedOn?: string[];
  checkedAt: number;
}

const KEY = 'lastVerdicts';

function isLastVerdict(value: unknown): value is LastVerdict {
  const candidate = value as Partial<LastVerdict> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    Array.isArray(candidate.tokens) &&
    typeof candidate.checkedAt === 'number'
  );
}

/** Latest verdicts by credential group; damaged entries are dropped rather than shown. */
export async function readLastVerdicts(): Promise<Record<string, LastVerdict>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (!stored || typeof stored !== 'object') return {};
  return Object.fromEntries(Object.entries(stored).filter(([, value]) => isLastVerdict(value))) as Record<
    string,
    LastVerdict
  >;
}

export async function recordLastVerdict(credentialGroup: string, verdict: LastVerdict): Promise<void> {
  const all = await readLastVerdicts();
  all[credentialGroup] = verdict;
  await browser.storage.local.set({ [KEY]: all });
}
