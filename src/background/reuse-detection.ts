import { uiLanguage } from '../platform/i18n';
import { accountsSharingFingerprint } from '../platform/account-store';
import { fingerprintPassword } from './fingerprint';

/**
 * Reuse: the password's slow, salted, truncated fingerprint compared with the accounts of other
 * credential groups. Same group (eBay's country sites, Yahoo! JAPAN ID) is not reuse.
 */
export async function detectReuse(
  password: string,
  credentialGroup: string,
  salt: Uint8Array,
): Promise<{ fingerprint: string; reusedOn: string[] }> {
  const fingerprint = await fingerprintPassword(password, salt);
  const others = await accountsSharingFingerprint(fingerprint, credentialGroup);
  const language = uiLanguage();
  return { fingerprint, reusedOn: [...new Set(others.map((account) => account.siteName[language]))] };
}
