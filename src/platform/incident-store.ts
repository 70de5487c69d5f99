import { IncidentRecordSchema, readableOf, type IncidentRecord } from '../model/records';
import { openGuardDb } from './database';
import { announceDataChange } from './data-revision';

export async function incidentsFor(siteId: string): Promise<IncidentRecord[]> {
  // A damaged record is skipped (and kept): the page then starts a fresh incident beside it.
  const records: unknown[] = await (await openGuardDb()).getAllFromIndex('incidents', 'bySite', siteId);
  return readableOf(IncidentRecordSchema, records).records;
}

/** The open incident for a site, if any (at most one is open at a time). */
export async function openIncidentFor(siteId: string): Promise<IncidentRecord | undefined> {
  return (await incidentsFor(siteId)).find((incident) => incident.closedAt === null);
}

export async function saveIncident(incident: IncidentRecord): Promise<void> {
  await (await openGuardDb()).put('incidents', incident);
  await announceDataChange();
}

export async function startIncident(siteId: string, now = Date.now()): Promise<IncidentRecord> {
  const existing = await openIncidentFor(siteId);
  if (existing) return existing;
  const incident: IncidentRecord = {
    id: crypto.randomUUID(),
    siteId,
    openedAt: now,
    closedAt: null,
    stepsDone: {},
    timeline: [],
    details: {},
  };
  await saveIncident(incident);
  return incident;
}

export async function allIncidents(): Promise<IncidentRecord[]> {
  const records: unknown[] = await (await openGuardDb()).getAll('incidents');
  return readableOf(IncidentRecordSchema, records).records;
}
