/**
 * A person enters a handful of different passwords a minute into one field; a script looping
 * guesses enters hundreds. Beyond the budget a field's values are not sent at all (the background
 * keeps its own budget per tab).
 */
export const VALUES_PER_FIELD_PER_MINUTE = 4;
const WINDOW_MS = 60_000;

const spent = new WeakMap<HTMLInputElement, number[]>();

export function mayCheck(field: HTMLInputElement, now = Date.now()): boolean {
  const recent = (spent.get(field) ?? []).filter((at) => now - at < WINDOW_MS);
  if (recent.length >= VALUES_PER_FIELD_PER_MINUTE) return false;
  spent.set(field, [...recent, now]);
  return true;
}
