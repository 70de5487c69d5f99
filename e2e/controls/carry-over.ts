// Control: the old carry-over, which showed only non-clean verdicts and crossed credential groups.
import { recentCheckItems } from '../../src/platform/contract/storage-items';
import { readVerdict } from '../../src/platform/verdict-store';

export async function rememberCheck(
  tabId: number,
  token: string,
  url: string,
  hostname: string,
): Promise<void> {
  await recentCheckItems.set(String(tabId), { token, url, credentialGroup: hostname, at: Date.now() });
}

export async function takeCarryOver(
  tabId: number,
  url: string,
  _hostname: string,
): Promise<string | undefined> {
  const recent = await recentCheckItems.get(String(tabId));
  if (!recent || recent.url === url) return undefined;
  await recentCheckItems.remove(String(tabId));
  const verdict = await readVerdict(recent.token);
  const onlyClean = verdict?.state === 'done' && verdict.tokens.every((token) => token === 'clean');
  return verdict && !onlyClean ? recent.token : undefined;
}
