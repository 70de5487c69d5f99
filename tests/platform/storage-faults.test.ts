import { describe, expect, it } from 'vitest';
import { allAccounts, groupsSharingPasswordWith, upsertAccount } from '../../src/platform/account-store';
import { DB_NAME, DB_VERSION, openGuardDb } from '../../src/platform/database';
import { incidentsFor, startIncident } from '../../src/platform/incident-store';
import { readLastVerdicts } from '../../src/platform/last-verdicts';
import { fakeStorage } from '../setup-browser-api';

function deleteDatabase(): Promise<unknown> {
  return new Promise((resolve) => {
    const deletion = indexedDB.deleteDatabase(DB_NAME);
    deletion.onsuccess = resolve;
    deletion.onerror = resolve;
  });
}

const account = (group: string, fingerprint: string) => ({
  credentialGroup: group,
  siteName: { en: group, ja: group },
  hostname: `${group}.example`,
  maskedUsername: 'ta***@example.jp',
  fingerprint,
  lastBreachVerdict: 'clean' as const,
  lastCheckedAt: 1,
});

describe('storage faults', () => {
  it('skips a foreign-shaped account record without losing it or the others', async () => {
    const db = await openGuardDb();
    await db.clear('accounts');
    await upsertAccount(account('rakuma', 'aaaaaaaaaa:12'), 'k1');
    await upsertAccount(account('mercari-jp', 'aaaaaaaaaa:12'), 'k1');
    await db.put('accounts', {
      id: 'broken|x',
      credentialGroup: 'broken',
      fingerprint: 'aaaaaaaaaa:12',
    } as never);
    const readable = await allAccounts();
    expect(readable.records.map((record) => record.credentialGroup).sort()).toEqual(['mercari-jp', 'rakuma']);
    expect(readable.damaged).toBe(1);
    expect((await groupsSharingPasswordWith('rakuma')).map((record) => record.credentialGroup)).toEqual([
      'mercari-jp',
    ]);
    expect(await db.get('accounts', 'broken|x')).toBeDefined();
  });

  it('skips a damaged incident and starts a fresh one beside it', async () => {
    const db = await openGuardDb();
    await db.put('incidents', { id: 'bad', siteId: 'rakuma', openedAt: 'yesterday' } as never);
    expect(await incidentsFor('rakuma')).toEqual([]);
    const fresh = await startIncident('rakuma');
    expect((await incidentsFor('rakuma')).map((incident) => incident.id)).toEqual([fresh.id]);
    expect(await db.get('incidents', 'bad')).toBeDefined();
  });

  it('drops damaged last-verdict entries', async () => {
    await fakeStorage.local.set({
      lastVerdicts: { rakuma: { tokens: ['clean'], checkedAt: 5 }, ebay: 'garbage', vinted: { tokens: 'x' } },
    });
    expect(Object.keys(await readLastVerdicts())).toEqual(['rakuma']);
  });

  it('creates every store a fresh install needs, and no range cache on disk', async () => {
    const db = await openGuardDb();
    expect(db.name).toBe(DB_NAME);
    expect(Array.from(db.objectStoreNames).sort()).toEqual([
      'accountFacts',
      'accounts',
      'checklist',
      'incidents',
    ]);
  });

  it('brings a version 1 database forward: range cache gone, breach counts dropped, the rest kept', async () => {
    await deleteDatabase();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        const v1 = request.result;
        v1.createObjectStore('accounts', { keyPath: 'id' }).createIndex('byGroup', 'credentialGroup');
        (request.transaction as IDBTransaction)
          .objectStore('accounts')
          .createIndex('byFingerprint', 'fingerprint');
        v1.createObjectStore('breachRanges', { keyPath: 'prefix' }).createIndex('byLastUsed', 'lastUsedAt');
        v1.createObjectStore('checklist', { keyPath: 'id' }).createIndex('bySite', 'siteId');
        v1.createObjectStore('incidents', { keyPath: 'id' }).createIndex('bySite', 'siteId');
        const stores = request.transaction as IDBTransaction;
        stores.objectStore('accounts').put({
          ...account('rakuma', 'aaaaaaaaaa:12'),
          id: 'rakuma|ta***@example.jp',
          breachCount: 5481,
          firstSeenAt: 1,
          lastSeenAt: 2,
        });
        stores.objectStore('breachRanges').put({
          prefix: 'ABCDE',
          digests: new Uint32Array(2),
          counts: new Uint32Array(1),
          fetchedAt: 1,
          lastUsedAt: 1,
        });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const db = await openGuardDb();
    expect(db.version).toBe(DB_VERSION);
    expect(Array.from(db.objectStoreNames)).not.toContain('breachRanges');
    const [kept] = (await allAccounts()).records;
    expect(kept?.maskedUsername).toBe('ta***@example.jp');
    expect(await db.get('accounts', 'rakuma|ta***@example.jp')).not.toHaveProperty('breachCount');
  });
});

describe('database version 3 (account sentinel)', () => {
  it('brings a version 2 database forward with every record kept and the facts store added', async () => {
    await deleteDatabase();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 2);
      request.onupgradeneeded = () => {
        const v2 = request.result;
        const accounts = v2.createObjectStore('accounts', { keyPath: 'id' });
        accounts.createIndex('byGroup', 'credentialGroup');
        accounts.createIndex('byFingerprint', 'fingerprint');
        v2.createObjectStore('checklist', { keyPath: 'id' }).createIndex('bySite', 'siteId');
        v2.createObjectStore('incidents', { keyPath: 'id' }).createIndex('bySite', 'siteId');
        const stores = request.transaction as IDBTransaction;
        stores
          .objectStore('accounts')
          .put({ ...account('rakuma', 'aaaaaaaaaa:12'), id: 'rakuma|x', firstSeenAt: 1, lastSeenAt: 2 });
        stores.objectStore('checklist').put({
          id: 'rakuma|payout-account',
          siteId: 'rakuma',
          itemId: 'payout-account',
          done: true,
          changedAt: 3,
        });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const db = await openGuardDb();
    expect(db.version).toBe(3);
    expect(Array.from(db.objectStoreNames)).toContain('accountFacts');
    expect((await allAccounts()).records.map((record) => record.id)).toEqual(['rakuma|x']);
    expect(await db.get('checklist', 'rakuma|payout-account')).toMatchObject({ done: true });
  });
});

describe('IndexedDB contention and quota', () => {
  it('steps aside when another context upgrades the database, so the upgrade is never blocked', async () => {
    await openGuardDb(); // hold a connection, as a long-lived extension page would
    const upgraded = await new Promise<string>((resolve) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('upgraded');
      };
      request.onerror = () => resolve('error');
    });
    expect(upgraded).toBe('upgraded');
    // Put the database back to this version for the other tests.
    await deleteDatabase();
    expect(Array.from((await openGuardDb()).objectStoreNames)).toContain('accounts');
  });
});
