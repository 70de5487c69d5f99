import browser from 'webextension-polyfill';
import { openGuardDb, type AccountRecord, type ChecklistTick, type IncidentRecord } from '../../shared/db';
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isTick(value: unknown): value is ChecklistTick {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.siteId === 'string' &&
    typeof value.itemId === 'string' &&
    typeof value.done === 'boolean' &&
    typeof value.changedAt === 'number'
  );
}

function isIncident(value: unknown): value is IncidentRecord {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.siteId === 'string' &&
    typeof value.openedAt === 'number' &&
    Array.isArray(value.timeline) &&
    isObject(value.stepsDone) &&
    isObject(value.details)
  );
}

function isAccount(value: unknown): value is AccountRecord {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.credentialGroup === 'string' &&
    typeof value.fingerprint === 'string' &&
    /^[0-9a-f]{10}:\d+$/.test(value.fingerprint) &&
    typeof value.maskedUsername === 'string'
  );
}

/**
 * Restores a backup. Validates everything first and writes in one transaction, so a bad file
 * changes nothing. Returns how many records were restored.
 */
export async function restoreBackup(text: string): Promise<number> {
  const parsed: unknown = JSON.parse(text);
  if (!isObject(parsed) || parsed.format !== BACKUP_FORMAT || parsed.version !== 1)
    throw new TypeError('not a backup');
  const checklist = Array.isArray(parsed.checklist) ? parsed.checklist : [];
  const incidents = Array.isArray(parsed.incidents) ? parsed.incidents : [];
  const accounts = Array.isArray(parsed.accounts) ? parsed.accounts : [];
  if (!checklist.every(isTick) || !incidents.every(isIncident) || !accounts.every(isAccount))
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
