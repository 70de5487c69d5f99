import { openGuardDb, type ChecklistTick } from './db';

export async function ticksFor(siteId: string): Promise<ChecklistTick[]> {
  return (await openGuardDb()).getAllFromIndex('checklist', 'bySite', siteId);
}

export async function allTicks(): Promise<ChecklistTick[]> {
  return (await openGuardDb()).getAll('checklist');
}

export async function setTick(
  siteId: string,
  itemId: string,
  done: boolean,
  now = Date.now(),
): Promise<ChecklistTick> {
  const tick: ChecklistTick = { id: `${siteId}|${itemId}`, siteId, itemId, done, changedAt: now };
  await (await openGuardDb()).put('checklist', tick);
  return tick;
}
