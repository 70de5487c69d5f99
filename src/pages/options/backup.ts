import * as v from 'valibot';
import {
  AccountRecordSchema,
  ChecklistTickSchema,
  IncidentRecordSchema,
  type AccountRecord,
  type ChecklistTick,
  type IncidentRecord,
} from '../../model/records';
import { allAccounts } from '../../platform/account-store';
import { allTicks } from '../../platform/checklist-store';
import { SETTING_FIELDS, type Settings } from '../../platform/contract/storage-items';
import { openGuardDb } from '../../platform/database';
import { allIncidents } from '../../platform/incident-store';
import { readSettings, updateSettings } from '../../platform/settings';

export const BACKUP_FORMAT = 'furima-guard-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: string;
  settings: Settings;
  checklist: ChecklistTick[];
  incidents: IncidentRecord[];
  accounts?: AccountRecord[];
}

export async function createBackup(includeAccounts: boolean): Promise<Backup> {
  const [settings, checklist, incidents] = await Promise.all([readSettings(), allTicks(), allIncidents()]);
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    settings,
    checklist,
    incidents,
    ...(includeAccounts ? { accounts: (await allAccounts()).records } : {}),
  };
}

const BackupEnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  settings: v.optional(v.unknown()),
  checklist: v.optional(v.array(v.unknown()), []),
  incidents: v.optional(v.array(v.unknown()), []),
  accounts: v.optional(v.array(v.unknown()), []),
});

export interface SkippedRecord {
  what: 'checklist' | 'incident' | 'account' | 'setting';
  position: number;
  reason: string;
}

/** Changes an import would make that weaken protection: shown to the user before anything changes. */
export interface SensitiveChanges {
  endpoint?: { from: string | null; to: string };
  mutedAdded: string[];
  dismissedAdded: string[];
}

export interface ImportPlan {
  checklist: ChecklistTick[];
  incidents: IncidentRecord[];
  accounts: AccountRecord[];
  /** Harmless settings the file carries (review period, cache lifetime). */
  settings: Partial<Settings>;
  sensitive: SensitiveChanges;
  skipped: SkippedRecord[];
}

export function hasSensitiveChanges(plan: ImportPlan): boolean {
  const { endpoint, mutedAdded, dismissedAdded } = plan.sensitive;
  return Boolean(endpoint) || mutedAdded.length > 0 || dismissedAdded.length > 0;
}

function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = first?.path?.map((item) => String(item.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${first?.message ?? 'invalid'}`;
}

function validRecords<T>(
  schema: v.GenericSchema<unknown, T>,
  values: readonly unknown[],
  what: SkippedRecord['what'],
  skipped: SkippedRecord[],
): T[] {
  const kept: T[] = [];
  values.forEach((value, index) => {
    const parsed = v.safeParse(schema, value);
    if (parsed.success) kept.push(parsed.output);
    else skipped.push({ what, position: index + 1, reason: describeIssue(parsed.issues) });
  });
  return kept;
}

/** Settings fields present and valid in the file; anything else keeps the user's value. */
function fileSettings(raw: unknown, skipped: SkippedRecord[]): Partial<Settings> {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null) {
    skipped.push({ what: 'setting', position: 1, reason: 'settings: not an object' });
    return {};
  }
  const found: Partial<Settings> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(SETTING_FIELDS, key)) continue;
    // Strict field schemas: the stored schema's fallbacks would turn a bad value into the default.
    const parsed = v.safeParse(SETTING_FIELDS[key as keyof Settings].schema, value);
    if (parsed.success) Object.assign(found, { [key]: parsed.output });
    else if (value !== null)
      skipped.push({
        what: 'setting',
        position: 1,
        reason: `settings.${key}: ${describeIssue(parsed.issues)}`,
      });
  }
  return found;
}

/**
 * Reads a backup file without changing anything: every record is validated with its own schema
 * (bad ones are listed with the reason, good ones kept), and changes that weaken protection (a
 * different range endpoint, newly muted sites or dismissed banners) are set apart for confirmation.
 * Throws only when the file is not a backup at all.
 */
export function planImport(text: string, current: Settings): ImportPlan {
  const envelope = v.safeParse(BackupEnvelopeSchema, JSON.parse(text));
  if (!envelope.success) throw new TypeError(`not a backup (${describeIssue(envelope.issues)})`);
  const skipped: SkippedRecord[] = [];
  const { output } = envelope;
  const imported = fileSettings(output.settings, skipped);
  const endpoint =
    imported.hibpEndpoint && imported.hibpEndpoint !== current.hibpEndpoint
      ? { from: current.hibpEndpoint, to: imported.hibpEndpoint }
      : undefined;
  return {
    checklist: validRecords(ChecklistTickSchema, output.checklist, 'checklist', skipped),
    incidents: validRecords(IncidentRecordSchema, output.incidents, 'incident', skipped),
    accounts: validRecords(AccountRecordSchema, output.accounts, 'account', skipped),
    settings: {
      ...(imported.reviewPeriodDays !== undefined ? { reviewPeriodDays: imported.reviewPeriodDays } : {}),
      ...(imported.breachCacheTtlHours !== undefined
        ? { breachCacheTtlHours: imported.breachCacheTtlHours }
        : {}),
    },
    sensitive: {
      ...(endpoint ? { endpoint } : {}),
      mutedAdded: (imported.mutedGroups ?? []).filter((group) => !current.mutedGroups.includes(group)),
      dismissedAdded: (imported.dismissedBanners ?? []).filter(
        (key) => !current.dismissedBanners.includes(key),
      ),
    },
    skipped,
  };
}

/**
 * Merges a plan into what is stored, never replacing newer data: a tick or account record wins when
 * it changed later, an incident already present is kept. Sensitive changes apply only when the
 * user confirmed them. Returns how many records were written.
 */
export async function applyImport(plan: ImportPlan, sensitiveConfirmed: boolean): Promise<number> {
  const db = await openGuardDb();
  const tx = db.transaction(['checklist', 'incidents', 'accounts'], 'readwrite');
  let written = 0;
  for (const tick of plan.checklist) {
    const existing = v.safeParse(ChecklistTickSchema, await tx.objectStore('checklist').get(tick.id));
    if (existing.success && existing.output.changedAt >= tick.changedAt) continue;
    await tx.objectStore('checklist').put(tick);
    written++;
  }
  for (const incident of plan.incidents) {
    if (v.is(IncidentRecordSchema, await tx.objectStore('incidents').get(incident.id))) continue;
    await tx.objectStore('incidents').put(incident);
    written++;
  }
  for (const account of plan.accounts) {
    const existing = v.safeParse(AccountRecordSchema, await tx.objectStore('accounts').get(account.id));
    if (existing.success && existing.output.lastSeenAt >= account.lastSeenAt) continue;
    await tx.objectStore('accounts').put(account);
    written++;
  }
  await tx.done;
  const { endpoint, mutedAdded, dismissedAdded } = plan.sensitive;
  await updateSettings((current) => ({
    ...plan.settings,
    ...(sensitiveConfirmed
      ? {
          ...(endpoint ? { hibpEndpoint: endpoint.to } : {}),
          mutedGroups: [...current.mutedGroups, ...mutedAdded],
          dismissedBanners: [...current.dismissedBanners, ...dismissedAdded],
        }
      : {}),
  }));
  return written;
}
