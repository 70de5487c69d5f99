import type { AccountFactRecord, AccountRecord, ChecklistTick, IncidentRecord } from '../model/records';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';

export interface GuardSchema extends DBSchema {
  accounts: { key: string; value: AccountRecord; indexes: { byGroup: string; byFingerprint: string } };
  checklist: { key: string; value: ChecklistTick; indexes: { bySite: string } };
  incidents: { key: string; value: IncidentRecord; indexes: { bySite: string } };
  accountFacts: { key: string; value: AccountFactRecord; indexes: { byGroup: string } };
}

export const DB_NAME = 'furima-guard';

/** Migrations see the database as it was at their version, not as the current schema types it. */
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: IDBPDatabase<unknown>, tx: UpgradeTransaction) => void;

/**
 * Schema migrations, one per version: entry `i` upgrades version `i` to `i + 1`. Never edit a
 * shipped step; append a new one, so every older database walks the same path.
 */
export const MIGRATIONS: readonly Migration[] = [
  (db) => {
    const accounts = db.createObjectStore('accounts', { keyPath: 'id' });
    accounts.createIndex('byGroup', 'credentialGroup');
    accounts.createIndex('byFingerprint', 'fingerprint');
    db.createObjectStore('breachRanges', { keyPath: 'prefix' }).createIndex('byLastUsed', 'lastUsedAt');
    db.createObjectStore('checklist', { keyPath: 'id' }).createIndex('bySite', 'siteId');
    db.createObjectStore('incidents', { keyPath: 'id' }).createIndex('bySite', 'siteId');
  },
  // Version 2: nothing at rest may narrow a password. The range cache (prefixes with timestamps
  // linking them to accounts) moves to memory, and accounts lose their exact breach counts.
  (db, tx) => {
    db.deleteObjectStore('breachRanges');
    void stripBreachCounts(tx);
  },
  // Version 3: the account sentinel's keyed digests of registered facts. Existing stores are kept
  // as they are (e2e/upgrade.spec.ts loads a version-2 profile into this build).
  (db) => {
    db.createObjectStore('accountFacts', { keyPath: 'id' }).createIndex('byGroup', 'credentialGroup');
  },
];

async function stripBreachCounts(tx: UpgradeTransaction): Promise<void> {
  let cursor = await tx.objectStore('accounts').openCursor();
  while (cursor) {
    const value: unknown = cursor.value;
    if (value && typeof value === 'object' && 'breachCount' in value) {
      const { breachCount: _dropped, ...kept } = value as Record<string, unknown>;
      await cursor.update(kept);
    }
    cursor = await cursor.continue();
  }
}

export const DB_VERSION = MIGRATIONS.length;

let opening: Promise<IDBPDatabase<GuardSchema>> | undefined;

/** Opens (and migrates) the database once per context; a failed open is retried on next call. */
export function openGuardDb(): Promise<IDBPDatabase<GuardSchema>> {
  opening ??= openDB<GuardSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++)
        MIGRATIONS[version]?.(db as unknown as IDBPDatabase<unknown>, tx as unknown as UpgradeTransaction);
    },
    blocking(_current, _blocked, event) {
      // A newer version wants to upgrade: step aside so it is not blocked forever.
      (event.target as IDBDatabase).close();
      opening = undefined;
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
