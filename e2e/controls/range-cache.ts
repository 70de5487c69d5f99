// Control: the range cache on disk (storage.local), prefixes and all, as version 1 kept it.
import * as v from 'valibot';
import { defineItemFamily } from '../../src/platform/storage-item';

export const RANGE_CACHE_MAX_ENTRIES = 64;

export interface CachedRange {
  digests: Uint32Array;
  counts: Uint32Array;
}

const onDisk = defineItemFamily({
  area: 'local',
  prefix: 'range:',
  schema: v.object({ digests: v.array(v.number()), counts: v.array(v.number()), fetchedAt: v.number() }),
});

export async function cachedRange(
  prefix: string,
  ttlMs: number,
  now = Date.now(),
): Promise<CachedRange | undefined> {
  const record = await onDisk.get(prefix);
  if (!record || now - record.fetchedAt > ttlMs) return undefined;
  return { digests: Uint32Array.from(record.digests), counts: Uint32Array.from(record.counts) };
}

export async function storeRange(
  prefix: string,
  range: CachedRange,
  _ttlMs: number,
  now = Date.now(),
): Promise<void> {
  await onDisk.set(prefix, { digests: [...range.digests], counts: [...range.counts], fetchedAt: now });
}
