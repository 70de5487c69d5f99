import { AccountFactRecordSchema, readableOf, type AccountFactRecord } from '../model/records';
import browser from 'webextension-polyfill';
import type * as v from 'valibot';
import { sentinelAlertItems, type SentinelAlertSchema } from './contract/storage-items';
import { sendToBackground } from './messaging';

type SentinelAlert = v.InferOutput<typeof SentinelAlertSchema>;
import { openGuardDb } from './database';
import { announceDataChange } from './data-revision';

/** The sentinel's records of one credential group (digests and dates only). */
export async function factsOfGroup(credentialGroup: string): Promise<AccountFactRecord[]> {
  const stored: unknown[] = await (
    await openGuardDb()
  ).getAllFromIndex('accountFacts', 'byGroup', credentialGroup);
  return readableOf(AccountFactRecordSchema, stored).records;
}

export async function allFacts(): Promise<AccountFactRecord[]> {
  return readableOf(AccountFactRecordSchema, await (await openGuardDb()).getAll('accountFacts')).records;
}

export async function saveFacts(records: readonly AccountFactRecord[]): Promise<void> {
  const tx = (await openGuardDb()).transaction('accountFacts', 'readwrite');
  await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
  // IndexedDB raises no storage event: tell the toolbar badge an alert may have opened or closed.
  await announceDataChange();
}

export async function deleteAllFacts(): Promise<void> {
  await (await openGuardDb()).clear('accountFacts');
}

/** An alert by its token, for the alert frame (extension pages only: content cannot read it). */
export async function readSentinelAlert(token: string): Promise<SentinelAlert | undefined> {
  // Firefox: no storage.session in extension frames inside web pages; the background reads it.
  if (!browser.storage.session)
    return (
      (await sendToBackground('page-to-background:read-sentinel-alert', { alertToken: token })).alert ??
      undefined
    );
  return sentinelAlertItems.get(token);
}
