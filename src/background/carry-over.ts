import { credentialGroupOf } from '../domain/credential-groups';
import { recentCheckItems } from '../platform/contract/storage-items';

/**
 * A login form that submits navigates away before its verdict can show. The next page of the same
 * tab shows that check's warning frame instead, whatever the verdict (clean included), so the next
 * page cannot tell a clean verdict from another by whether a frame appears; and only within the
 * same credential group, so no verdict reaches another operator's page.
 */
const CARRY_OVER_MS = 60_000;

export async function rememberCheck(
  tabId: number,
  token: string,
  url: string,
  hostname: string,
): Promise<void> {
  await recentCheckItems.set(String(tabId), {
    token,
    url,
    credentialGroup: credentialGroupOf(hostname),
    at: Date.now(),
  });
}

export async function takeCarryOver(
  tabId: number,
  url: string,
  hostname: string,
): Promise<string | undefined> {
  const recent = await recentCheckItems.get(String(tabId));
  if (!recent || recent.url === url) return undefined;
  await recentCheckItems.remove(String(tabId));
  const fresh = Date.now() - recent.at <= CARRY_OVER_MS;
  return fresh && recent.credentialGroup === credentialGroupOf(hostname) ? recent.token : undefined;
}
