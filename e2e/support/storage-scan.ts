import type { Page, Worker } from '@playwright/test';

/**
 * Everything the extension keeps, as one string: storage.local, storage.session and every
 * IndexedDB database of its origin, with binary values written out as hex so secrets hidden in
 * bytes are found too.
 */
export async function dumpExtensionStorage(context: Worker | Page): Promise<string> {
  // Pages and workers evaluate alike; the union of their overloads just does not type-check.
  return (context as Page).evaluate(storageDump);
}

/** Runs inside an extension page or worker (any browser): the dump itself. */
export async function storageDump(): Promise<string> {
  const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const plain = (value: unknown): unknown => {
    if (value instanceof ArrayBuffer) return `bytes:${hex(new Uint8Array(value))}`;
    if (ArrayBuffer.isView(value))
      return `bytes:${hex(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))}`;
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
    return value;
  };
  const parts: unknown[] = [await chrome.storage.local.get(null), await chrome.storage.session.get(null)];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(info.name as string);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const storeName of Array.from(db.objectStoreNames)) {
      const records = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction(storeName).objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
      });
      parts.push({ database: info.name, store: storeName, records: plain(records) });
    }
    db.close();
  }
  return JSON.stringify(plain(parts));
}
