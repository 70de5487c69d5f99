import { openGuardDb } from '../shared/db';
import type { PackedRange } from './range-parser';

/** Enough for months of normal use; ~20 KB each, so the cache stays a few MB at most. */
export const RANGE_CACHE_MAX_ENTRIES = 256;

/**
 * Range responses by 5-hex prefix, in IndexedDB so they survive service-worker restarts. They hold
 * only keyed digests of the public range that the network request already revealed.
 */
export async function cachedRange(
  prefix: string,
  ttlMs: number,
  now = Date.now(),
): Promise<PackedRange | undefined> {
  const db = await openGuardDb();
  const record = await db.get('breachRanges', prefix);
  if (!record || now - record.fetchedAt > ttlMs) return undefined;
  // Touch for LRU; a failed touch only makes eviction slightly less accurate.
  db.put('breachRanges', { ...record, lastUsedAt: now }).catch(() => undefined);
  return { digests: record.digests, counts: record.counts, size: record.counts.length };
}

export async function storeRange(prefix: string, range: PackedRange, now = Date.now()): Promise<void> {
  const db = await openGuardDb();
  const tx = db.transaction('breachRanges', 'readwrite');
  await tx.store.put({
    prefix,
    digests: range.digests.slice(0, range.size * 2),
    counts: range.counts.slice(0, range.size),
    fetchedAt: now,
    lastUsedAt: now,
  });
  const excess = (await tx.store.count()) - RANGE_CACHE_MAX_ENTRIES;
  if (excess > 0) {
    let cursor = await tx.store.index('byLastUsed').openCursor();
    for (let removed = 0; cursor && removed < excess; removed++) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
}
