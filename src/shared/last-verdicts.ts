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

export async function readLastVerdicts(): Promise<Record<string, LastVerdict>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return stored && typeof stored === 'object' ? (stored as Record<string, LastVerdict>) : {};
}

export async function recordLastVerdict(credentialGroup: string, verdict: LastVerdict): Promise<void> {
  const all = await readLastVerdicts();
  all[credentialGroup] = verdict;
  await browser.storage.local.set({ [KEY]: all });
}
