import { sha1 } from 'hash-wasm';
import { effectiveRangeEndpoint, readManagedPolicy, readSettings } from '../platform/settings';
import { cachedRange, storeRange, type CachedRange } from '../platform/range-cache';
import { hasHostPermission } from '../platform/permissions';
import { PUBLIC_RANGE_ENDPOINT } from '../platform/settings';
import { fetchRange, type RangeFailure, type RangeFetchOptions, type RangeFetchOutcome } from './range-fetch';
import { installSalt } from '../platform/install-salt';
import { cacheKeyFrom, countOf, lookupRange, packRange, packedSuffix } from './range-parser';

export type BreachResult =
  | { status: 'breached'; count: number }
  | { status: 'clean' }
  | { status: 'unchecked'; failure: RangeFailure | 'mirror-not-permitted' };

type RangeSource = { ok: true; cached: CachedRange } | RangeFetchOutcome;

/** Longer than the fetch's own timeout and retries would normally take. */
const CHECK_DEADLINE_MS = 12_000;

/** Concurrent checks of one prefix share one request (ten tabs, one lookup). */
const inFlight = new Map<string, Promise<RangeFetchOutcome>>();

function fetchShared(
  endpoint: string,
  prefix: string,
  ttlMs: number,
  options: RangeFetchOptions,
): Promise<RangeFetchOutcome> {
  let pending = inFlight.get(prefix);
  if (!pending) {
    pending = fetchRange(endpoint, prefix, options).then(
      (outcome) => {
        if (!outcome.ok) {
          inFlight.delete(prefix);
          return outcome;
        }
        // Caching is not on the user's critical path: pack and store after answering. Until it
        // is stored, later checks of this prefix keep sharing this answer instead of fetching.
        setTimeout(() => {
          void installSalt()
            .then((salt) => {
              const packed = packRange(outcome.body, cacheKeyFrom(salt));
              return packed.ok ? storeRange(prefix, packed.range, ttlMs) : undefined;
            })
            .catch(() => undefined)
            .finally(() => inFlight.delete(prefix));
        }, 0);
        return outcome;
      },
      (error: unknown) => {
        inFlight.delete(prefix);
        throw error;
      },
    );

    inFlight.set(prefix, pending);
  }
  return pending;
}

async function rangeFor(
  endpoint: string,
  prefix: string,
  ttlMs: number,
  options: RangeFetchOptions,
): Promise<RangeSource> {
  try {
    const cached = await cachedRange(prefix, ttlMs);
    if (cached) return { ok: true, cached };
  } catch {
    // A broken cache must not stop the check; fall through to the network.
  }
  return fetchShared(endpoint, prefix, ttlMs, options);
}

async function countIn(source: RangeSource & { ok: true }, suffix: string): Promise<number | null> {
  if ('cached' in source)
    return countOf(source.cached, packedSuffix(suffix, cacheKeyFrom(await installSalt())));
  const lookup = lookupRange(source.body, suffix);
  return lookup.ok ? lookup.count : null;
}

/**
 * Checks a password against Pwned Passwords by k-anonymity: only the first five hex characters of
 * its SHA-1 leave the device. The password and its full hash live only in this call.
 */
export async function checkBreach(password: string, options: RangeFetchOptions = {}): Promise<BreachResult> {
  const hash = (await sha1(password)).toUpperCase();
  const prefix = hash.slice(0, 5);
  const [settings, policy] = await Promise.all([readSettings(), readManagedPolicy()]);
  const ttlHours = policy.breachCacheTtlHours ?? settings.breachCacheTtlHours;
  const endpoint = await effectiveRangeEndpoint();
  // A mirror is asked only with its host permission: then the request is a plain GET, not a CORS
  // preflight that would show our extension id in `Origin` to a host the user never granted.
  if (endpoint !== PUBLIC_RANGE_ENDPOINT && !(await hasHostPermission(endpoint)))
    return { status: 'unchecked', failure: 'mirror-not-permitted' };
  // A last line of defence: whatever stalls (storage, the network stack), the user gets `unchecked`.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<RangeSource>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, failure: 'timeout' }), CHECK_DEADLINE_MS);
  });
  const source = await Promise.race([rangeFor(endpoint, prefix, ttlHours * 3_600_000, options), deadline]);
  clearTimeout(timer);
  if (!source.ok) return { status: 'unchecked', failure: source.failure };
  const count = await countIn(source, hash.slice(5));
  if (count === null) return { status: 'unchecked', failure: 'malformed' };
  return count > 0 ? { status: 'breached', count } : { status: 'clean' };
}
