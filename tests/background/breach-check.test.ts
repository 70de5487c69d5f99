import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkBreach } from '../../src/background/breach-check';
import { RANGE_CACHE_MAX_ENTRIES, cachedRange, storeRange } from '../../src/platform/range-cache';
import { cacheKeyFrom, parseRange } from '../../src/background/range-parser';
import { fakeStorage } from '../setup-browser-api';

const hash = createHash('sha1').update('hunter2').digest('hex').toUpperCase();
const body = `${hash.slice(5)}:42\r\n0018A45C4D1DEF81644B54AB7F969B88D65:0`;

function countingFetch(delayMs = 0) {
  const urls: string[] = [];
  const fetchImpl = (async (url: string) => {
    urls.push(url);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return new Response(body, { headers: { 'content-type': 'text/plain' } });
  }) as unknown as typeof fetch;
  return { urls, fetchImpl };
}

/** Ranges are cached just after the answer, off the critical path; let that land. */
const cacheSettles = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(async () => {
  // The cache must start empty in every test.
  await cacheSettles();
  fakeStorage.session.reset();
});

describe('checkBreach', () => {
  it('reports the count of a breached password, sending only the 5-hex prefix', async () => {
    const network = countingFetch();
    expect(await checkBreach('hunter2', { fetchImpl: network.fetchImpl })).toEqual({
      status: 'breached',
      count: 42,
    });
    expect(network.urls).toEqual([`https://api.pwnedpasswords.com/range/${hash.slice(0, 5)}`]);
  });

  it('shares one request among concurrent checks of one prefix, and caches it', async () => {
    const network = countingFetch(30);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => checkBreach('hunter2', { fetchImpl: network.fetchImpl })),
    );
    expect(results.every((result) => result.status === 'breached')).toBe(true);
    expect(network.urls).toHaveLength(1);
    await cacheSettles();
    expect(await checkBreach('hunter2', { fetchImpl: network.fetchImpl })).toEqual({
      status: 'breached',
      count: 42,
    });
    expect(network.urls).toHaveLength(1);
  });

  it('never reports clean from a damaged body', async () => {
    const fetchImpl = (async () =>
      new Response('not a range', { headers: { 'content-type': 'text/plain' } })) as unknown as typeof fetch;
    expect(await checkBreach('hunter2', { fetchImpl })).toEqual({
      status: 'unchecked',
      failure: 'malformed',
    });
  });
});

describe('range cache', () => {
  const parsed = parseRange(body, cacheKeyFrom(new Uint8Array(16).fill(3)));
  if (!parsed.ok) throw new Error('fixture');

  it('expires after the TTL, and deletes what expired', async () => {
    await storeRange('ABCDE', parsed.range, 500, 1_000);
    expect(await cachedRange('ABCDE', 500, 1_400)).toBeDefined();
    expect(await cachedRange('ABCDE', 500, 1_600)).toBeUndefined();
    expect(await fakeStorage.session.get('range:ABCDE')).toEqual({});
    await storeRange('AAAAA', parsed.range, 500, 2_000);
    await storeRange('BBBBB', parsed.range, 500, 2_600);
    expect(Object.keys(await fakeStorage.session.get(null))).toEqual(['range:BBBBB']);
  });

  it('lives in memory only: nothing of it reaches storage.local or IndexedDB', async () => {
    await storeRange('ABCDE', parsed.range, 1e9, 1);
    expect(await fakeStorage.local.get(null)).toEqual({});
    const databases = await indexedDB.databases();
    for (const { name } of databases) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      expect([...db.objectStoreNames]).not.toContain('breachRanges');
      db.close();
    }
  });

  it('keeps at most the bound, evicting the least recently used', async () => {
    for (let index = 0; index <= RANGE_CACHE_MAX_ENTRIES; index++) {
      await storeRange(index.toString(16).toUpperCase().padStart(5, '0'), parsed.range, 1e9, 10_000 + index);
    }
    expect(await cachedRange('00000', 1e9, 20_000)).toBeUndefined();
    expect(await cachedRange('00001', 1e9, 20_000)).toBeDefined();
  });

  it('stores no part of any suffix, in text or in bytes', async () => {
    await storeRange('ABCDE', parsed.range, 1e9, 1);
    const record = (await fakeStorage.session.get('range:ABCDE'))['range:ABCDE'] as { digests: string };
    const bytes = Uint8Array.from(atob(record.digests), (char) => char.charCodeAt(0));
    const words = Array.from(new Uint32Array(bytes.buffer), (word) => word.toString(16).padStart(8, '0'));
    const bytesAsHex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    for (const dump of [JSON.stringify(record), words.join(''), bytesAsHex]) {
      expect(dump.toUpperCase()).not.toContain(hash.slice(5, 13));
      expect(dump.toUpperCase()).not.toContain(hash.slice(20, 28));
    }
  });
});
