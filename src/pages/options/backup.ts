import browser from 'webextension-polyfill';
import { openGuardDb, type AccountRecord, type ChecklistTick, type IncidentRecord } from '../../shared/db';
import { isAccountRecord, isChecklistTick, isIncidentRecord } from '../../shared/record-shapes';
import { normalizeSettings, readSettings } from '../../shared/settings';

export const BACKUP_FORMAT = 'furima-guard-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: string;
  settings: unknown;
  checklist: ChecklistTick[];
  incidents: IncidentRecord[];
  accounts?: AccountRecord[];
}

export async function createBackup(includeAccounts: boolean): Promise<Backup> {
  const db = await openGuardDb();
  const [settings, checklist, incidents] = await Promise.all([
    readSettings(),
    db.getAll('checklist'),
    db.getAll('incidents'),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    settings,
    checklist,
    incidents,
    ...(includeAccounts ? { accounts: await db.getAll('accounts') } : {}),
  };
}

/**
 * Restores a backup. Validates everything first and writes in one transaction, so a bad file
 * changes nothing. Returns how many records were restored.
 */
export async function restoreBackup(text: string): Promise<number> {
  const raw: unknown = JSON.parse(text);
  const parsed = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<keyof Backup, unknown>
  >;
  if (parsed.format !== BACKUP_FORMAT || parsed.version !== 1) throw new TypeError('not a backup');
  const checklist: unknown[] = Array.isArray(parsed.checklist) ? parsed.checklist : [];
  const incidents: unknown[] = Array.isArray(parsed.incidents) ? parsed.incidents : [];
  const accounts: unknown[] = Array.isArray(parsed.accounts) ? parsed.accounts : [];
  if (
    !checklist.every(isChecklistTick) ||
    !incidents.every(isIncidentRecord) ||
    !accounts.every(isAccountRecord)
  )
    throw new TypeError('damaged records');
  const db = await openGuardDb();
  const tx = db.transaction(['checklist', 'incidents', 'accounts'], 'readwrite');
  await Promise.all([
    ...checklist.map((tick) => tx.objectStore('checklist').put(tick)),
    ...incidents.map((incident) => tx.objectStore('incidents').put(incident)),
    ...accounts.map((account) => tx.objectStore('accounts').put(account)),
    tx.done,
  ]);
  await browser.storage.local.set({ settings: normalizeSettings(parsed.settings) });
  return checklist.length + incidents.length + accounts.length + 1;
}
