import * as v from 'valibot';
import browser from 'webextension-polyfill';
import {
  ManagedPolicySchema,
  NO_POLICY,
  PUBLIC_RANGE_ENDPOINT,
  managedPolicyCacheItem,
  normalizeSettings,
  settingsItem,
  type ManagedPolicy,
  type Settings,
} from './contract/storage-items';

export {
  DEFAULT_SETTINGS,
  PUBLIC_RANGE_ENDPOINT,
  normalizeSettings,
  validEndpoint,
} from './contract/storage-items';
export type { ManagedPolicy, Settings } from './contract/storage-items';

export function readSettings(): Promise<Settings> {
  return settingsItem.get();
}

export function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  return settingsItem.update((current) => normalizeSettings({ ...current, ...change(current) }));
}

/** Chrome's policy service can take seconds (or never answer) at worker start-up. */
const MANAGED_READ_TIMEOUT_MS = 500;
const MANAGED_READ_PATIENCE_WITH_CACHE_MS = 10;

/**
 * The administrator's policy (`storage.managed`, schema in `public/managed_schema.json`). A slow
 * `storage.managed` must not stall a password check, so a late answer falls back to the last
 * policy seen and refreshes it for next time.
 */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  const fresh = browser.storage.managed
    .get(['hibpEndpoint', 'breachCacheTtlHours'])
    .then(async (managed) => {
      const policy = v.parse(ManagedPolicySchema, managed);
      await managedPolicyCacheItem.set(policy).catch(() => undefined);
      return policy;
    })
    // No policy installed (or storage.managed unavailable, e.g. Firefox without a policy file).
    .catch(() => NO_POLICY);
  const cached = await managedPolicyCacheItem.get();
  // With a policy seen before, wait only briefly for a fresher one; a slow read updates it later.
  const patience = cached ? MANAGED_READ_PATIENCE_WITH_CACHE_MS : MANAGED_READ_TIMEOUT_MS;
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), patience));
  const answer = await Promise.race([fresh, late]);
  if (answer) return answer;
  if (cached) return cached;
  // No answer yet: remember "no policy" so later checks do not wait again; the late answer
  // overwrites it when it finally comes.
  await managedPolicyCacheItem.set(NO_POLICY).catch(() => undefined);
  return NO_POLICY;
}

/** The range endpoint in force: policy beats the user's choice, which beats the public API. */
export async function effectiveRangeEndpoint(): Promise<string> {
  const [policy, settings] = await Promise.all([readManagedPolicy(), readSettings()]);
  return policy.hibpEndpoint ?? settings.hibpEndpoint ?? PUBLIC_RANGE_ENDPOINT;
}
