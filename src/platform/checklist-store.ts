import { ChecklistTickSchema, readableOf, type ChecklistTick } from '../model/records';
import { openGuardDb } from './database';
import { announceDataChange } from './data-revision';

export async function ticksFor(siteId: string): Promise<ChecklistTick[]> {
  const stored = await (await openGuardDb()).getAllFromIndex('checklist', 'bySite', siteId);
  return readableOf(ChecklistTickSchema, stored).records;
}

export async function allTicks(): Promise<ChecklistTick[]> {
  return readableOf(ChecklistTickSchema, await (await openGuardDb()).getAll('checklist')).records;
}

export async function setTick(
  siteId: string,
  itemId: string,
  done: boolean,
  now = Date.now(),
): Promise<ChecklistTick> {
  const tick: ChecklistTick = { id: `${siteId}|${itemId}`, siteId, itemId, done, changedAt: now };
  await (await openGuardDb()).put('checklist', tick);
  await announceDataChange();
  return tick;
}
