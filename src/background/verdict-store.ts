import browser from 'webextension-polyfill';
import type { PasswordVerdict } from '../shared/verdict';

/**
 * Verdicts live in `storage.session` (memory only, readable by extension pages, not by content
 * scripts or pages) under a random token that only the warning frame's URL carries.
 */
export const VERDICT_KEY_PREFIX = 'verdict:';
const MAX_VERDICTS = 200;

export function verdictKey(token: string): string {
  return VERDICT_KEY_PREFIX + token;
}

export async function writeVerdict(token: string, verdict: PasswordVerdict): Promise<void> {
  await browser.storage.session.set({ [verdictKey(token)]: verdict });
}

export async function readVerdict(token: string): Promise<PasswordVerdict | undefined> {
  const stored = await browser.storage.session.get(verdictKey(token));
  return stored[verdictKey(token)] as PasswordVerdict | undefined;
}

/** Keeps the session area small: drops the oldest verdicts beyond the bound. */
export async function pruneVerdicts(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const verdicts = Object.entries(all)
    .filter(([key]) => key.startsWith(VERDICT_KEY_PREFIX))
    .sort(([, a], [, b]) => (a as PasswordVerdict).checkedAt - (b as PasswordVerdict).checkedAt);
  const excess = verdicts.length - MAX_VERDICTS;
  if (excess > 0) await browser.storage.session.remove(verdicts.slice(0, excess).map(([key]) => key));
}
