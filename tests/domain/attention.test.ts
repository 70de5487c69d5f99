import { describe, expect, it } from 'vitest';
import { attentionReasons } from '../../src/domain/attention';
import { buildChecklist } from '../../src/domain/checklist';
import { siteById } from '../../src/catalog/catalog';
import type { ChecklistTick, LastVerdict } from '../../src/model/records';

const rakuma = siteById('rakuma')!;
const now = Date.UTC(2026, 0, 10);
const items = (last: LastVerdict | undefined, ticks: ChecklistTick[] = []) =>
  buildChecklist(rakuma, last, ticks, { now, reviewPeriodDays: 180, language: 'en', formatDate: String });
const tick = (itemId: string): ChecklistTick => ({
  id: `rakuma|${itemId}`,
  siteId: 'rakuma',
  itemId,
  done: true,
  changedAt: now,
});
const clean: LastVerdict = { tokens: ['clean'], checkedAt: now };

describe('attentionReasons', () => {
  it('a site the user never used needs nothing, whatever its checklist says', () => {
    expect(
      attentionReasons({
        items: items(undefined),
        last: undefined,
        hasAccount: false,
        incidentOpen: false,
        alertOpen: false,
      }),
    ).toEqual([]);
  });

  it('names a breach and reuse, and the unfinished critical steps where the user has an account', () => {
    const last: LastVerdict = { tokens: ['breached', 'reused'], checkedAt: now };
    expect(
      attentionReasons({ items: items(last), last, hasAccount: true, incidentOpen: false, alertOpen: false }),
    ).toEqual(['breached', 'reused', 'critical-steps']);
  });

  it('clears once the password is clean and both critical steps are ticked', () => {
    const done = items(clean, [tick('unique-password'), tick('two-factor')]);
    expect(
      attentionReasons({ items: done, last: clean, hasAccount: true, incidentOpen: false, alertOpen: false }),
    ).toEqual([]);
    const half = items(clean, [tick('unique-password')]);
    expect(
      attentionReasons({ items: half, last: clean, hasAccount: true, incidentOpen: false, alertOpen: false }),
    ).toEqual(['critical-steps']);
  });

  it('an open incident or a sentinel alert counts even without an account on record, most urgent first', () => {
    expect(
      attentionReasons({
        items: items(undefined),
        last: undefined,
        hasAccount: false,
        incidentOpen: true,
        alertOpen: true,
      }),
    ).toEqual(['alert', 'incident']);
  });
});
