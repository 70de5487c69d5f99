import { checkBudgetItems } from '../platform/contract/storage-items';

/**
 * A person enters a handful of passwords a minute; a page script looping guesses enters thousands.
 * Checks beyond the budget are answered `unchecked` without being run, so no page can use the
 * guard as an oracle at scale (SECURITY.md claim S4).
 */
export const CHECKS_PER_TAB_PER_MINUTE = 8;
const WINDOW_MS = 60_000;

/** Spends one check of the tab's budget; false when the budget is used up. */
export async function spendCheck(tabId: number, now = Date.now()): Promise<boolean> {
  const key = String(tabId);
  const recent = ((await checkBudgetItems.get(key))?.times ?? []).filter((at) => now - at < WINDOW_MS);
  if (recent.length >= CHECKS_PER_TAB_PER_MINUTE) return false;
  await checkBudgetItems.set(key, { times: [...recent, now] });
  return true;
}
