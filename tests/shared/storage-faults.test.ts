import { describe, expect, it } from 'vitest';
import { allAccounts, groupsSharingPasswordWith, upsertAccount } from '../../src/shared/account-store';
import { DB_NAME, DB_VERSION, MIGRATIONS, openGuardDb } from '../../src/shared/db';
import { incidentsFor, startIncident } from '../../src/shared/incident-store';
import { readLastVerdicts } from '../../src/shared/last-verdicts';
import { fakeStorage } from '../setup-browser-api';

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
    await upsertAccount(account('rakuma', 'aaaaaaaaaa:12'));
    await upsertAccount(account('mercari-jp', 'aaaaaaaaaa:12'));
    await db.put('accounts', {
      id: 'broken|x',
      credentialGroup: 'broken',
      fingerprint: 'aaaaaaaaaa:12',
    } as never);
    const readable = await allAccounts();
    expect(readable.map((record) => record.credentialGroup).sort()).toEqual(['mercari-jp', 'rakuma']);
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

  it('declares one migration per schema version, each creating what it needs', async () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
    const db = await openGuardDb();
    expect(db.name).toBe(DB_NAME);
    expect(Array.from(db.objectStoreNames).sort()).toEqual([
      'accounts',
      'breachRanges',
      'checklist',
      'incidents',
    ]);
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
    await new Promise((resolve) => {
      const deletion = indexedDB.deleteDatabase(DB_NAME);
      deletion.onsuccess = resolve;
      deletion.onerror = resolve;
    });
    expect(Array.from((await openGuardDb()).objectStoreNames)).toContain('accounts');
  });
});
