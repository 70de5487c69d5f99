import browser from 'webextension-polyfill';
import { readVerdict } from './verdict-store';

/**
 * A login form that submits navigates away before its verdict can show. The next page of the
 * same tab gets that warning instead, if it matters (anything but a plain `clean`) and is recent.
 */
const KEY_PREFIX = 'recentCheck:';
const CARRY_OVER_MS = 60_000;

interface RecentCheck {
  token: string;
  url: string;
  at: number;
}

export async function rememberCheck(tabId: number, token: string, url: string): Promise<void> {
  await browser.storage.session.set({
    [`${KEY_PREFIX}${tabId}`]: { token, url, at: Date.now() } satisfies RecentCheck,
  });
}

export async function takeCarryOver(tabId: number, url: string): Promise<string | undefined> {
  const key = `${KEY_PREFIX}${tabId}`;
  const recent = (await browser.storage.session.get(key))[key] as RecentCheck | undefined;
  if (!recent || recent.url === url || Date.now() - recent.at > CARRY_OVER_MS) return undefined;
  await browser.storage.session.remove(key);
  const verdict = await readVerdict(recent.token);
  const onlyClean = verdict?.state === 'done' && verdict.tokens.every((token) => token === 'clean');
  return verdict && !onlyClean ? recent.token : undefined;
}
