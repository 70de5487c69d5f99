import { sha1 } from 'hash-wasm';
import { effectiveRangeEndpoint, readSettings } from '../shared/settings';
import { cachedRange, storeRange } from './range-cache';
import { fetchRange, type RangeFailure, type RangeFetchOptions, type RangeFetchOutcome } from './range-fetch';
import { countOf, packedSuffix } from './range-parser';

export type BreachResult =
  | { status: 'breached'; count: number }
  | { status: 'clean' }
  | { status: 'unchecked'; failure: RangeFailure };

/** Concurrent checks of one prefix share one request (ten tabs, one lookup). */
const inFlight = new Map<string, Promise<RangeFetchOutcome>>();

async function rangeFor(
  prefix: string,
  ttlMs: number,
  options: RangeFetchOptions,
): Promise<RangeFetchOutcome> {
  try {
    const cached = await cachedRange(prefix, ttlMs);
    if (cached) return { ok: true, range: cached };
  } catch {
    // A broken cache must not stop the check; fall through to the network.
  }
  let pending = inFlight.get(prefix);
  if (!pending) {
    pending = effectiveRangeEndpoint()
      .then((endpoint) => fetchRange(endpoint, prefix, options))
      .then(async (outcome) => {
        if (outcome.ok) await storeRange(prefix, outcome.range).catch(() => undefined);
        return outcome;
      })
      .finally(() => inFlight.delete(prefix));
    inFlight.set(prefix, pending);
  }
  return pending;
}

/**
 * Checks a password against Pwned Passwords by k-anonymity: only the first five hex characters of
 * its SHA-1 leave the device. The password and its full hash live only in this call.
 */
export async function checkBreach(password: string, options: RangeFetchOptions = {}): Promise<BreachResult> {
  const hash = (await sha1(password)).toUpperCase();
  const prefix = hash.slice(0, 5);
  const suffix = packedSuffix(hash.slice(5));
  const settings = await readSettings();
  const outcome = await rangeFor(prefix, settings.breachCacheTtlHours * 3_600_000, options);
  if (!outcome.ok) return { status: 'unchecked', failure: outcome.failure };
  const count = countOf(outcome.range, suffix);
  return count > 0 ? { status: 'breached', count } : { status: 'clean' };
}
