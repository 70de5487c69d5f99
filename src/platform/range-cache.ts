import { rangeCacheItems } from './contract/storage-items';

/** Enough for a browsing session; ~12 KB each as base64, so a few hundred KB of memory at most. */
export const RANGE_CACHE_MAX_ENTRIES = 64;

/** Two 32-bit digest words per breached line, and its count (see background/range-parser). */
export interface CachedRange {
  digests: Uint32Array;
  counts: Uint32Array;
}

function wordsToBase64(words: Uint32Array): string {
  const bytes = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
  let text = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(text);
}

function base64ToWords(text: string): Uint32Array | undefined {
  const bytes = Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  return bytes.length % 4 === 0 ? new Uint32Array(bytes.buffer) : undefined;
}

/**
 * Range responses by 5-hex prefix, in `storage.session`: memory only, so they survive a stopped
 * worker but never reach the disk, where a prefix would link a checked password to its range.
 * They hold keyed digests of the public range, never suffix text. Expired entries are deleted.
 */
export async function cachedRange(
  prefix: string,
  ttlMs: number,
  now = Date.now(),
): Promise<CachedRange | undefined> {
  const record = await rangeCacheItems.get(prefix);
  if (!record) return undefined;
  if (now - record.fetchedAt > ttlMs) {
    await rangeCacheItems.remove(prefix);
    return undefined;
  }
  const digests = base64ToWords(record.digests);
  const counts = base64ToWords(record.counts);
  if (!digests || !counts || digests.length !== counts.length * 2) return undefined;
  // Touch for LRU; a failed touch only makes eviction slightly less accurate.
  rangeCacheItems.set(prefix, { ...record, lastUsedAt: now }).catch(() => undefined);
  return { digests, counts };
}

export async function storeRange(
  prefix: string,
  range: CachedRange,
  ttlMs: number,
  now = Date.now(),
): Promise<void> {
  await rangeCacheItems.set(prefix, {
    digests: wordsToBase64(range.digests),
    counts: wordsToBase64(range.counts),
    fetchedAt: now,
    lastUsedAt: now,
  });
  const entries = [...(await rangeCacheItems.all())];
  const expired = entries.filter(([, entry]) => now - entry.fetchedAt > ttlMs).map(([key]) => key);
  const live = entries
    .filter(([key]) => !expired.includes(key))
    .sort(([, a], [, b]) => a.lastUsedAt - b.lastUsedAt);
  const excess = live.slice(0, Math.max(0, live.length - RANGE_CACHE_MAX_ENTRIES)).map(([key]) => key);
  if (expired.length + excess.length > 0) await rangeCacheItems.remove([...expired, ...excess]);
}
