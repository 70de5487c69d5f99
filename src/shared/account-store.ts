import { openGuardDb, type AccountRecord } from './db';
import { isAccountRecord } from './record-shapes';

export function accountId(credentialGroup: string, maskedUsername: string): string {
  return `${credentialGroup}|${maskedUsername}`;
}

/** Accounts in other credential groups whose password has this fingerprint. */
export async function accountsSharingFingerprint(
  fingerprint: string,
  exceptGroup: string,
): Promise<AccountRecord[]> {
  const db = await openGuardDb();
  const matches = await db.getAllFromIndex('accounts', 'byFingerprint', fingerprint);
  return matches.filter((account) => isAccountRecord(account) && account.credentialGroup !== exceptGroup);
}

type AccountUpdate = Omit<AccountRecord, 'id' | 'firstSeenAt' | 'lastSeenAt'>;

/** Inserts or replaces the record of one login, keeping when it was first seen. */
export async function upsertAccount(update: AccountUpdate, now = Date.now()): Promise<AccountRecord> {
  const db = await openGuardDb();
  const id = accountId(update.credentialGroup, update.maskedUsername);
  const tx = db.transaction('accounts', 'readwrite');
  const existing = await tx.store.get(id);
  const record: AccountRecord = { ...update, id, firstSeenAt: existing?.firstSeenAt ?? now, lastSeenAt: now };
  await tx.store.put(record);
  await tx.done;
  return record;
}

/** Other credential groups where any of this group's passwords is also used. */
export async function groupsSharingPasswordWith(credentialGroup: string): Promise<AccountRecord[]> {
  const db = await openGuardDb();
  const own = (await db.getAllFromIndex('accounts', 'byGroup', credentialGroup)).filter(isAccountRecord);
  const shared = await Promise.all(
    own.map((account) => accountsSharingFingerprint(account.fingerprint, credentialGroup)),
  );
  const byGroup = new Map(shared.flat().map((account) => [account.credentialGroup, account]));
  return [...byGroup.values()];
}

/** Every readable account record; damaged ones are counted, not returned. */
export async function allAccounts(): Promise<AccountRecord[] & { damaged?: number }> {
  const records: unknown[] = await (await openGuardDb()).getAll('accounts');
  const readable: AccountRecord[] & { damaged?: number } = records.filter(isAccountRecord);
  readable.damaged = records.length - readable.length;
  return readable;
}

export async function deleteAccount(id: string): Promise<void> {
  await (await openGuardDb()).delete('accounts', id);
}

export async function deleteAllAccounts(): Promise<void> {
  await (await openGuardDb()).clear('accounts');
}
