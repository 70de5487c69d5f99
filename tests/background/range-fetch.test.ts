import { describe, expect, it } from 'vitest';
import { backoffMs, fetchRange, rangeUrl, retryAfterMs } from '../../src/background/range-fetch';
import { lookupRange } from '../../src/background/range-parser';

const GOOD = '0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n00D4F6E8FA6EECAD2A3AA415EEC418D38EC:0';

function scripted(responses: (() => Response | Promise<Response>)[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  }) as unknown as typeof fetch;
  const sleeps: number[] = [];
  return {
    calls,
    sleeps,
    options: { fetchImpl, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 },
  };
}

const text =
  (body: string, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { status, headers: { 'content-type': 'text/plain', ...headers } });

describe('fetchRange', () => {
  it('sends only GET /range/PREFIX with Add-Padding, no credentials', async () => {
    const world = scripted([text(GOOD)]);
    const outcome = await fetchRange('https://api.pwnedpasswords.com/range', 'ABCDE', world.options);
    expect(outcome.ok).toBe(true);
    expect(world.calls).toHaveLength(1);
    expect(world.calls[0]?.url).toBe('https://api.pwnedpasswords.com/range/ABCDE');
    expect(world.calls[0]?.init?.method).toBe('GET');
    expect(world.calls[0]?.init?.headers).toEqual({ 'Add-Padding': 'true' });
    expect(world.calls[0]?.init?.credentials).toBe('omit');
    expect(world.calls[0]?.init?.body).toBeUndefined();
  });

  it('retries 5xx with growing, jittered backoff, then gives server-error (never clean)', async () => {
    const world = scripted([text('', 503), text('', 502), text('', 500)]);
    expect(await fetchRange('https://x.test/range', 'ABCDE', world.options)).toEqual({
      ok: false,
      failure: 'server-error',
    });
    expect(world.calls).toHaveLength(3);
    expect(world.sleeps).toEqual([300, 600]);
  });

  it('honours Retry-After on 429 and succeeds on the retry', async () => {
    const world = scripted([text('', 429, { 'retry-after': '2' }), text(GOOD)]);
    expect((await fetchRange('https://x.test/range', 'ABCDE', world.options)).ok).toBe(true);
    expect(world.sleeps).toEqual([2000]);
  });

  it('gives rate-limited at once when Retry-After is longer than a check may wait', async () => {
    const world = scripted([text('', 429, { 'retry-after': '3600' })]);
    expect(await fetchRange('https://x.test/range', 'ABCDE', world.options)).toEqual({
      ok: false,
      failure: 'rate-limited',
    });
    expect(world.calls).toHaveLength(1);
  });

  it.each([
    ['garbage', text('not a range')],
    ['empty 200', text('')],
    ['wrong content type', text(GOOD, 200, { 'content-type': 'text/html' })],
    ['truncated', text(GOOD.slice(0, 20))],
    ['huge', text('A'.repeat(2 << 20))],
  ])('%s is not a usable range, without retry', async (_, response) => {
    const world = scripted([response]);
    const outcome = await fetchRange('https://x.test/range', 'ABCDE', world.options);
    expect(world.calls).toHaveLength(1);
    // Refused while reading, or handed over as bytes that fail the strict lookup.
    if (outcome.ok) expect(lookupRange(outcome.body, '0'.repeat(35)).ok).toBe(false);
    else expect(outcome).toEqual({ ok: false, failure: 'malformed' });
  });

  it('network errors become offline after the retries', async () => {
    const world = scripted([]);
    expect(await fetchRange('https://x.test/range', 'ABCDE', world.options)).toEqual({
      ok: false,
      failure: 'offline',
    });
    expect(world.calls).toHaveLength(3);
  });

  it('times out a request that never answers', async () => {
    const fetchImpl = ((_: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as unknown as typeof fetch;
    expect(await fetchRange('https://x.test/range', 'ABCDE', { fetchImpl, timeoutMs: 20 })).toEqual({
      ok: false,
      failure: 'timeout',
    });
  });
});

describe('retry helpers', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('5')).toBe(5000);
    expect(retryAfterMs(new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(
      10_000,
    );
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it('backs off exponentially within jitter bounds', () => {
    for (const attempt of [0, 1, 2, 3]) {
      expect(backoffMs(attempt, 400, () => 0)).toBe(200 * 2 ** attempt);
      expect(backoffMs(attempt, 400, () => 0.999)).toBeLessThan(400 * 2 ** attempt);
    }
  });

  it('builds mirror URLs with or without a {prefix} template', () => {
    expect(rangeUrl('https://mirror.test/pwned/{prefix}.txt', 'ABCDE')).toBe(
      'https://mirror.test/pwned/ABCDE.txt',
    );
    expect(rangeUrl('https://mirror.test/range', 'ABCDE')).toBe('https://mirror.test/range/ABCDE');
  });
});
