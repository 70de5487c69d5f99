import browser from 'webextension-polyfill';
import { openGuardDb } from './database';
import { removeAllSitesPermission } from './permissions';

/**
 * Deletes everything Furima Guard keeps: every IndexedDB store (accounts and fingerprints,
 * checklist ticks, incidents and their timelines, and whatever later schema versions add),
 * `storage.local` (settings, verdict history, install salt) and `storage.session` (in-memory
 * verdicts and caches). The stores are emptied rather than the database deleted, so a worker that
 * holds it open is not blocked; a new install salt is drawn when one is next needed.
 */
export async function deleteAllGuardData(): Promise<void> {
  const db = await openGuardDb();
  const stores = [...db.objectStoreNames];
  if (stores.length > 0) {
    const tx = db.transaction(stores, 'readwrite');
    await Promise.all([...stores.map((store) => tx.objectStore(store).clear()), tx.done]);
  }
  await Promise.all([browser.storage.local.clear(), browser.storage.session.clear()]);
  // The all-sites watch is off with the settings gone; give back its permission too, where the
  // browser can do that without taking the marketplaces with it.
  await removeAllSitesPermission().catch(() => false);
}
