import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, createBackup, hasSensitiveChanges, planImport } from '../../src/pages/options/backup';
import { upsertAccount } from '../../src/platform/account-store';
import { setTick, ticksFor } from '../../src/platform/checklist-store';
import { DEFAULT_SETTINGS } from '../../src/platform/contract/storage-items';
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

describe('planImport and applyImport in detail', () => {
  const tick = (changedAt: number) => ({
    id: 'ebay|two-factor',
    siteId: 'ebay',
    itemId: 'two-factor',
    done: true,
    changedAt,
  });
  const incident = (id: string) => ({
    id,
    siteId: 'rakuma',
    openedAt: 1,
    closedAt: null,
    stepsDone: {},
    timeline: [],
    details: {},
  });
  const account = (lastSeenAt: number, maskedUsername = 'ta***@x.jp') => ({
    id: 'rakuma|ta',
    credentialGroup: 'rakuma',
    siteName: { en: 'Rakuma', ja: 'ラクマ' },
    hostname: 'fril.jp',
    maskedUsername,
    fingerprint: '0123456789:10',
    lastBreachVerdict: 'clean',
    lastCheckedAt: 1,
    firstSeenAt: 1,
    lastSeenAt,
  });

  beforeEach(async () => {
    const db = await openGuardDb();
    await Promise.all([db.clear('checklist'), db.clear('incidents'), db.clear('accounts')]);
  });

  it('tells which kind of sensitive change a plan holds', async () => {
    const current = await readSettings();
    const only = (settings: Record<string, unknown>) => planImport(backup({ settings }), current);
    expect(hasSensitiveChanges(only({ hibpEndpoint: 'https://mirror.example/range' }))).toBe(true);
    expect(hasSensitiveChanges(only({ mutedGroups: ['ebay'] }))).toBe(true);
    expect(hasSensitiveChanges(only({ dismissedBanners: ['ebay|login'] }))).toBe(true);
    expect(hasSensitiveChanges(only({ reviewPeriodDays: 30 }))).toBe(false);
  });

  it('names what is wrong with a file that is not a backup, without a path for the whole file', () => {
    const settings = DEFAULT_SETTINGS;
    expect(() => planImport('42', settings)).toThrow(/^not a backup \(Invalid type: Expected Object/);
    expect(() => planImport(backup({ version: 2 }), settings)).toThrow(/^not a backup \(version: Invalid/);
  });

  it('skips settings that are not an object, and settings fields it does not know', () => {
    for (const settings of [5, null, 'all']) {
      const plan = planImport(backup({ settings }), DEFAULT_SETTINGS);
      expect(plan.skipped).toEqual([{ what: 'setting', position: 1, reason: 'settings: not an object' }]);
      expect(plan.settings).toStrictEqual({});
    }
    const plan = planImport(backup({ settings: { toString: 'x', colour: 'red' } }), DEFAULT_SETTINGS);
    expect(plan.skipped).toEqual([]);
    expect(plan.settings).toStrictEqual({});
  });

  it('lists a bad settings value with its reason, but not a null one', () => {
    const plan = planImport(
      backup({ settings: { reviewPeriodDays: 'x', breachCacheTtlHours: null } }),
      DEFAULT_SETTINGS,
    );
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0]).toMatchObject({ what: 'setting', position: 1 });
    expect(plan.skipped[0]?.reason).toMatch(/^settings\.reviewPeriodDays: Invalid type/);
    expect(plan.settings).toStrictEqual({});
  });

  it('keeps only the harmless settings as settings, each alone', () => {
    const plan = (settings: Record<string, unknown>) =>
      planImport(backup({ settings }), DEFAULT_SETTINGS).settings;
    expect(plan({ reviewPeriodDays: 30, breachCacheTtlHours: 12, watchAllSites: true })).toStrictEqual({
      reviewPeriodDays: 30,
      breachCacheTtlHours: 12,
    });
    expect(plan({ reviewPeriodDays: 30 })).toStrictEqual({ reviewPeriodDays: 30 });
    expect(plan({ breachCacheTtlHours: 12 })).toStrictEqual({ breachCacheTtlHours: 12 });
  });

  it('sets apart only what the user does not have already', () => {
    const current = {
      ...DEFAULT_SETTINGS,
      hibpEndpoint: 'https://mirror.example/range',
      mutedGroups: ['ebay'],
      dismissedBanners: ['ebay|login'],
    };
    const plan = planImport(
      backup({
        settings: {
          hibpEndpoint: 'https://mirror.example/range',
          mutedGroups: ['ebay', 'rakuma'],
          dismissedBanners: ['ebay|login', 'rakuma|login'],
        },
      }),
      current,
    );
    expect(plan.sensitive).toStrictEqual({ mutedAdded: ['rakuma'], dismissedAdded: ['rakuma|login'] });
  });

  it('lists bad records of each kind with their position and reason', () => {
    const plan = planImport(
      backup({ checklist: [tick(1), { id: 2 }], accounts: [{ id: 'x' }, account(5)] }),
      DEFAULT_SETTINGS,
    );
    expect(plan.skipped.map(({ what, position }) => `${what} ${position}`)).toEqual([
      'checklist 2',
      'account 1',
    ]);
    expect(plan.skipped[0]?.reason).toMatch(/^id: Invalid type/);
    expect(plan.accounts).toHaveLength(1);
  });

  it('writes a tick only when it is newer than the stored one', async () => {
    await setTick('ebay', 'two-factor', false, 50);
    const apply = (changedAt: number) =>
      applyImport(planImport(backup({ checklist: [tick(changedAt)] }), DEFAULT_SETTINGS), false);
    expect(await apply(50)).toBe(0);
    expect(await apply(60)).toBe(1);
    expect((await ticksFor('ebay'))[0]).toMatchObject({ done: true, changedAt: 60 });
  });

  it('adds incidents it does not have and keeps the ones it has', async () => {
    const plan = planImport(backup({ incidents: [incident('i1'), incident('i2')] }), DEFAULT_SETTINGS);
    expect(await applyImport(plan, false)).toBe(2);
    expect(await applyImport(plan, false)).toBe(0);
    expect((await incidentsFor('rakuma')).map((record) => record.id).sort()).toEqual(['i1', 'i2']);
  });

  it('writes an account record only when it was seen later than the stored one', async () => {
    const apply = (lastSeenAt: number, masked: string) =>
      applyImport(planImport(backup({ accounts: [account(lastSeenAt, masked)] }), DEFAULT_SETTINGS), false);
    const stored = async () => (await openGuardDb()).get('accounts', 'rakuma|ta');
    expect(await apply(10, 'first')).toBe(1);
    expect(await apply(10, 'same time')).toBe(0);
    expect(await apply(5, 'older')).toBe(0);
    expect(await stored()).toMatchObject({ maskedUsername: 'first' });
    expect(await apply(20, 'newer')).toBe(1);
    expect(await stored()).toMatchObject({ maskedUsername: 'newer', lastSeenAt: 20 });
  });

  it('adds confirmed banners and groups to the ones the user has', async () => {
    await updateSettings(() => ({ mutedGroups: ['ebay'], dismissedBanners: ['ebay|login'] }));
    const plan = planImport(
      backup({ settings: { mutedGroups: ['rakuma'], dismissedBanners: ['rakuma|login'] } }),
      await readSettings(),
    );
    await applyImport(plan, true);
    expect(await readSettings()).toMatchObject({
      mutedGroups: ['ebay', 'rakuma'],
      dismissedBanners: ['ebay|login', 'rakuma|login'],
    });
  });
});
