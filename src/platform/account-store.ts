import * as v from 'valibot';
import { AccountRecordSchema, readableOf, type AccountRecord } from '../model/records';
import { openGuardDb } from './database';

export function accountId(credentialGroup: string, usernameKey: string): string {
  return `${credentialGroup}|${usernameKey}`;
}

const readable = (records: unknown[]) => readableOf(AccountRecordSchema, records).records;

/** Accounts in other credential groups whose password has this fingerprint. */
export async function accountsSharingFingerprint(
  fingerprint: string,
  exceptGroup: string,
): Promise<AccountRecord[]> {
  const db = await openGuardDb();
  const matches = await db.getAllFromIndex('accounts', 'byFingerprint', fingerprint);
  return readable(matches).filter((account) => account.credentialGroup !== exceptGroup);
}

export type AccountUpdate = Omit<AccountRecord, 'id' | 'firstSeenAt' | 'lastSeenAt'>;

/**
 * Inserts or replaces the record of one login, keeping when it was first seen. `usernameKey` is a
 * keyed digest of the full username: two masks that coincide (`ta***@…`) stay two accounts.
 */
export async function upsertAccount(
  update: AccountUpdate,
  usernameKey: string,
  now = Date.now(),
): Promise<AccountRecord> {
  const db = await openGuardDb();
  const id = accountId(update.credentialGroup, usernameKey);
  const tx = db.transaction('accounts', 'readwrite');
  const existing = v.safeParse(AccountRecordSchema, await tx.store.get(id));
  const record: AccountRecord = {
    ...update,
    id,
    firstSeenAt: existing.success ? existing.output.firstSeenAt : now,
    lastSeenAt: now,
  };
  await tx.store.put(record);
  await tx.done;
  return record;
}

/** Other credential groups where any of this group's passwords is also used. */
export async function groupsSharingPasswordWith(credentialGroup: string): Promise<AccountRecord[]> {
  const db = await openGuardDb();
  const own = readable(await db.getAllFromIndex('accounts', 'byGroup', credentialGroup));
  const shared = await Promise.all(
    own.map((account) => accountsSharingFingerprint(account.fingerprint, credentialGroup)),
  );
  const byGroup = new Map(shared.flat().map((account) => [account.credentialGroup, account]));
  return [...byGroup.values()];
}

/** Every readable account record; damaged ones are counted, not returned (and left in place). */
export async function allAccounts(): Promise<{ records: AccountRecord[]; damaged: number }> {
  return readableOf(AccountRecordSchema, await (await openGuardDb()).getAll('accounts'));
}

/** The credential groups the user has an account in (index keys only: cheap with many accounts). */
export async function accountGroups(): Promise<Set<string>> {
  const groups = new Set<string>();
  let cursor = await (
    await openGuardDb()
  )
    .transaction('accounts')
    .store.index('byGroup')
    .openKeyCursor(null, 'nextunique');
  while (cursor) {
    groups.add(String(cursor.key));
    cursor = await cursor.continue();
  }
  return groups;
}

/**
 * The first `limit` accounts in key order (grouped by credential group) and how many there are:
 * enough for a first screen without reading every record.
 */
export async function firstAccounts(limit: number): Promise<{ records: AccountRecord[]; total: number }> {
  const db = await openGuardDb();
  const [head, total] = await Promise.all([db.getAll('accounts', null, limit), db.count('accounts')]);
  return { records: readable(head), total };
}

export async function deleteAccount(id: string): Promise<void> {
  await (await openGuardDb()).delete('accounts', id);
}

export async function deleteAllAccounts(): Promise<void> {
  await (await openGuardDb()).clear('accounts');
}
