import { describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '../../src/pages/options/backup';
import { setTick, ticksFor } from '../../src/shared/checklist-store';
import { openGuardDb } from '../../src/shared/db';
import { upsertAccount } from '../../src/shared/account-store';

describe('export and import', () => {
  it('leaves fingerprints out unless asked, and restores what it exported', async () => {
    await setTick('rakuma', 'payout-account', true, 1000);
    await upsertAccount({
      credentialGroup: 'rakuma',
      siteName: { en: 'Rakuma', ja: 'ラクマ' },
      hostname: 'fril.jp',
      maskedUsername: 'ta***@x.jp',
      fingerprint: '0123456789:10',
      lastBreachVerdict: 'clean',
      lastCheckedAt: 1,
    });
    const plain = await createBackup(false);
    expect(plain.accounts).toBeUndefined();
    expect(JSON.stringify(plain)).not.toContain('0123456789');
    const full = await createBackup(true);
    expect(full.accounts?.length).toBeGreaterThan(0);
    await (await openGuardDb()).clear('checklist');
    expect(await restoreBackup(JSON.stringify(plain))).toBeGreaterThan(0);
    expect((await ticksFor('rakuma')).map((tick) => tick.itemId)).toContain('payout-account');
  });

  it('refuses foreign or damaged files and changes nothing', async () => {
    await setTick('ebay', 'two-factor', true, 5);
    await expect(restoreBackup('{"format":"something-else"}')).rejects.toThrow();
    await expect(
      restoreBackup(JSON.stringify({ format: 'furima-guard-backup', version: 1, checklist: [{ id: 1 }] })),
    ).rejects.toThrow();
    await expect(restoreBackup('not json')).rejects.toThrow();
    expect((await ticksFor('ebay')).map((tick) => tick.changedAt)).toEqual([5]);
  });
});
