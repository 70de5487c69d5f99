import { describe, expect, it } from 'vitest';
import { applyImport, createBackup, hasSensitiveChanges, planImport } from '../../src/pages/options/backup';
import { upsertAccount } from '../../src/platform/account-store';
import { setTick, ticksFor } from '../../src/platform/checklist-store';
import { openGuardDb } from '../../src/platform/database';
import { readSettings, updateSettings } from '../../src/platform/settings';
import { incidentsFor } from '../../src/platform/incident-store';

const backup = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'furima-guard-backup', version: 1, ...fields });

describe('export and import', () => {
  it('leaves fingerprints out unless asked, and restores what it exported', async () => {
    await setTick('rakuma', 'payout-account', true, 1000);
    await upsertAccount(
      {
        credentialGroup: 'rakuma',
        siteName: { en: 'Rakuma', ja: 'ラクマ' },
        hostname: 'fril.jp',
        maskedUsername: 'ta***@x.jp',
        fingerprint: '0123456789:10',
        lastBreachVerdict: 'clean',
        lastCheckedAt: 1,
      },
      'k1',
    );
    const plain = await createBackup(false);
    expect(plain.accounts).toBeUndefined();
    expect(JSON.stringify(plain)).not.toContain('0123456789');
    const full = await createBackup(true);
    expect(full.accounts?.length).toBeGreaterThan(0);
    await (await openGuardDb()).clear('checklist');
    const plan = planImport(JSON.stringify(plain), await readSettings());
    expect(plan.skipped).toEqual([]);
    expect(await applyImport(plan, false)).toBeGreaterThan(0);
    expect((await ticksFor('rakuma')).map((tick) => tick.itemId)).toContain('payout-account');
  });

  it('refuses foreign files and changes nothing', async () => {
    await setTick('ebay', 'two-factor', true, 5);
    const settings = await readSettings();
    expect(() => planImport('{"format":"something-else"}', settings)).toThrow(/not a backup/);
    expect(() => planImport('not json', settings)).toThrow();
    expect((await ticksFor('ebay')).map((tick) => tick.changedAt)).toEqual([5]);
  });

  it('keeps the good records of a damaged file and says why it skipped the others', async () => {
    const plan = planImport(
      backup({
        checklist: [
          { id: 1 },
          { id: 'ebay|two-factor', siteId: 'ebay', itemId: 'two-factor', done: true, changedAt: 9 },
        ],
        incidents: [
          {
            id: 'i1',
            siteId: 'rakuma',
            openedAt: 1,
            closedAt: null,
            stepsDone: {},
            timeline: [],
            details: { username: 5 },
          },
        ],
      }),
      await readSettings(),
    );
    expect(plan.checklist).toHaveLength(1);
    expect(plan.incidents).toEqual([]);
    expect(plan.skipped.map((item) => `${item.what} ${item.position}`)).toEqual([
      'checklist 1',
      'incident 1',
    ]);
    expect(plan.skipped[1]?.reason).toContain('details.username');
    await applyImport(plan, false);
    expect(await incidentsFor('rakuma')).toEqual([]);
    expect((await ticksFor('ebay')).map((tick) => tick.changedAt)).toEqual([9]);
  });

  it('merges instead of replacing: newer data already here wins', async () => {
    await setTick('ebay', 'two-factor', false, 50);
    const plan = planImport(
      backup({
        checklist: [
          { id: 'ebay|two-factor', siteId: 'ebay', itemId: 'two-factor', done: true, changedAt: 9 },
        ],
      }),
      await readSettings(),
    );
    expect(await applyImport(plan, false)).toBe(0);
    expect((await ticksFor('ebay'))[0]).toMatchObject({ done: false, changedAt: 50 });
  });

  it('never changes the endpoint or mutes sites without confirmation, and keeps them on a bare file', async () => {
    await updateSettings(() => ({ hibpEndpoint: 'https://mirror.example/range' }));
    const crafted = planImport(
      backup({
        settings: { hibpEndpoint: 'https://attacker.example/range', mutedGroups: ['rakuma', 'ebay'] },
      }),
      await readSettings(),
    );
    expect(hasSensitiveChanges(crafted)).toBe(true);
    expect(crafted.sensitive).toEqual({
      endpoint: { from: 'https://mirror.example/range', to: 'https://attacker.example/range' },
      mutedAdded: ['rakuma', 'ebay'],
      dismissedAdded: [],
    });
    await applyImport(crafted, false);
    expect(await readSettings()).toMatchObject({
      hibpEndpoint: 'https://mirror.example/range',
      mutedGroups: [],
    });

    for (const file of [backup({}), backup({ settings: { hibpEndpoint: 42, mutedGroups: 'all' } })]) {
      const plan = planImport(file, await readSettings());
      expect(hasSensitiveChanges(plan)).toBe(false);
      await applyImport(plan, true);
      expect(await readSettings()).toMatchObject({
        hibpEndpoint: 'https://mirror.example/range',
        mutedGroups: [],
      });
    }

    await applyImport(crafted, true);
    expect(await readSettings()).toMatchObject({
      hibpEndpoint: 'https://attacker.example/range',
      mutedGroups: ['rakuma', 'ebay'],
    });
  });
});
