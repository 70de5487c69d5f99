import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export interface AccountRecord {
  /** `${credentialGroup}|${usernameKey}`: one record per login. */
  id: string;
  credentialGroup: string;
  siteName: { en: string; ja: string };
  hostname: string;
  /** e.g. `ta***@gmail.com`; never the full username. */
  maskedUsername: string;
  /** Truncated Argon2id fingerprint and password length, `"<hex>:<length>"`. */
  fingerprint: string;
  lastBreachVerdict: 'breached' | 'clean' | 'unchecked';
  breachCount?: number;
  lastCheckedAt: number;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface BreachRangeRecord {
  /** Upper-case 5-hex SHA-1 prefix: the only part of a hash that ever left the device. */
  prefix: string;
  /** Keyed 64-bit digests of the breached suffixes (two words each); padding lines are not kept. */
  digests: Uint32Array;
  counts: Uint32Array;
  fetchedAt: number;
  lastUsedAt: number;
}

export interface ChecklistTick {
  id: string; // `${siteId}|${itemId}`
  siteId: string;
  itemId: string;
  done: boolean;
  changedAt: number;
}

export interface TimelineEntry {
  at: number;
  text: string;
  source: 'user' | 'step';
}

export interface IncidentRecord {
  id: string;
  siteId: string;
  openedAt: number;
  closedAt: number | null;
  stepsDone: Record<string, number>;
  timeline: TimelineEntry[];
  details: Record<string, string>;
}

export interface GuardSchema extends DBSchema {
  accounts: { key: string; value: AccountRecord; indexes: { byGroup: string; byFingerprint: string } };
  breachRanges: { key: string; value: BreachRangeRecord; indexes: { byLastUsed: number } };
  checklist: { key: string; value: ChecklistTick; indexes: { bySite: string } };
  incidents: { key: string; value: IncidentRecord; indexes: { bySite: string } };
}

export const DB_NAME = 'furima-guard';

type UpgradeTransaction = IDBPTransaction<GuardSchema, StoreNames<GuardSchema>[], 'versionchange'>;

/**
 * Schema migrations, one per version: entry `i` upgrades version `i` to `i + 1`. Never edit a
 * shipped step; append a new one, so every older database walks the same path.
 */
export const MIGRATIONS: readonly ((db: IDBPDatabase<GuardSchema>, tx: UpgradeTransaction) => void)[] = [
  (db) => {
    const accounts = db.createObjectStore('accounts', { keyPath: 'id' });
    accounts.createIndex('byGroup', 'credentialGroup');
    accounts.createIndex('byFingerprint', 'fingerprint');
    db.createObjectStore('breachRanges', { keyPath: 'prefix' }).createIndex('byLastUsed', 'lastUsedAt');
    db.createObjectStore('checklist', { keyPath: 'id' }).createIndex('bySite', 'siteId');
    db.createObjectStore('incidents', { keyPath: 'id' }).createIndex('bySite', 'siteId');
  },
];

export const DB_VERSION = MIGRATIONS.length;

let opening: Promise<IDBPDatabase<GuardSchema>> | undefined;

/** Opens (and migrates) the database once per context; a failed open is retried on next call. */
export function openGuardDb(): Promise<IDBPDatabase<GuardSchema>> {
  opening ??= openDB<GuardSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version]?.(db, tx);
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
