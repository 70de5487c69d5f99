import type { AccountRecord, ChecklistTick, IncidentRecord } from './db';

/**
 * Records come back from storage that another version, a crash or a hand-edited import may have
 * written. These checks let readers skip a damaged record instead of crashing on it; the record
 * itself is left in place, so nothing is lost that a later version could still read.
 */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isText = (value: unknown): value is { en: string; ja: string } =>
  isObject(value) && typeof value.en === 'string' && typeof value.ja === 'string';

export function isAccountRecord(value: unknown): value is AccountRecord {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.credentialGroup === 'string' &&
    isText(value.siteName) &&
    typeof value.maskedUsername === 'string' &&
    typeof value.fingerprint === 'string' &&
    /^[0-9a-f]{10}:\d+$/.test(value.fingerprint) &&
    typeof value.lastSeenAt === 'number'
  );
}

export function isIncidentRecord(value: unknown): value is IncidentRecord {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.siteId === 'string' &&
    typeof value.openedAt === 'number' &&
    (value.closedAt === null || typeof value.closedAt === 'number') &&
    isObject(value.stepsDone) &&
    isObject(value.details) &&
    Array.isArray(value.timeline) &&
    value.timeline.every(
      (entry) => isObject(entry) && typeof entry.at === 'number' && typeof entry.text === 'string',
    )
  );
}

export function isChecklistTick(value: unknown): value is ChecklistTick {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.siteId === 'string' &&
    typeof value.itemId === 'string' &&
    typeof value.done === 'boolean' &&
    typeof value.changedAt === 'number'
  );
}
