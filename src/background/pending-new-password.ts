import type { PageKind } from '../model/page-kinds';
import { upsertAccount } from '../platform/account-store';
import { pendingPasswordItems } from '../platform/contract/storage-items';
import { rememberLoginPassword } from './login-outcome';

const PENDING_LIFETIME_MS = 15 * 60_000;

/**
 * A new password entered on a password-change or signup page waits in memory. Reaching another
 * page of the same site afterwards means the submit went through: only then does the new
 * fingerprint replace the old one.
 */
export async function commitPendingPassword(
  credentialGroup: string,
  pageKind: PageKind | 'unknown',
): Promise<void> {
  if (pageKind === 'password-change' || pageKind === 'signup') return;
  const pending = await pendingPasswordItems.get(credentialGroup);
  if (!pending) return;
  await pendingPasswordItems.remove(credentialGroup);
  if (Date.now() - pending.at <= PENDING_LIFETIME_MS) {
    await upsertAccount(pending.record, pending.usernameKey);
    await rememberLoginPassword(credentialGroup, pending.record.fingerprint);
  }
}
