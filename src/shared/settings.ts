import browser from 'webextension-polyfill';

/** User settings in `storage.local`, declared once with defaults and validated on every read. */
export interface Settings {
  /** Pwned Passwords range endpoint (no trailing slash); `null` = the public API. */
  hibpEndpoint: string | null;
  breachCacheTtlHours: number;
  /** A manual checklist tick older than this needs review. */
  reviewPeriodDays: number;
  /** Opt-in: watch password fields on every site for marketplace-password reuse. */
  watchAllSites: boolean;
  /** Credential groups where the user chose "don't warn on this site". */
  mutedGroups: string[];
  /** `${credentialGroup}|${pageKind}` banners the user dismissed. */
  dismissedBanners: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  hibpEndpoint: null,
  breachCacheTtlHours: 24,
  reviewPeriodDays: 180,
  watchAllSites: false,
  mutedGroups: [],
  dismissedBanners: [],
};

export const PUBLIC_RANGE_ENDPOINT = 'https://api.pwnedpasswords.com/range';

const SETTINGS_KEY = 'settings';

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function boundedNumber(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value
    : fallback;
}

/**
 * An endpoint is acceptable only over HTTPS, or plain HTTP on loopback for a local mirror in
 * development. Returns the normalised URL or `null`.
 */
export function validEndpoint(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return url.href.replace(/\/+$/, '');
}

/** Fills gaps and drops invalid values, so a damaged record never breaks the extension. */
export function normalizeSettings(raw: unknown): Settings {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    hibpEndpoint: validEndpoint(input.hibpEndpoint),
    breachCacheTtlHours: boundedNumber(
      input.breachCacheTtlHours,
      0,
      24 * 30,
      DEFAULT_SETTINGS.breachCacheTtlHours,
    ),
    reviewPeriodDays: boundedNumber(input.reviewPeriodDays, 1, 3650, DEFAULT_SETTINGS.reviewPeriodDays),
    watchAllSites: input.watchAllSites === true,
    mutedGroups: isStringArray(input.mutedGroups) ? input.mutedGroups : [],
    dismissedBanners: isStringArray(input.dismissedBanners) ? input.dismissedBanners : [],
  };
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await readSettings();
  const next = normalizeSettings({ ...current, ...change(current) });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Administrator policy (`storage.managed`, schema in `public/managed_schema.json`). */
export interface ManagedPolicy {
  hibpEndpoint: string | null;
  breachCacheTtlHours: number | null;
}

const POLICY_CACHE_KEY = 'managedPolicyCache';
/** Chrome's policy service can take seconds (or never answer) at worker start-up. */
const MANAGED_READ_TIMEOUT_MS = 500;
const MANAGED_READ_PATIENCE_WITH_CACHE_MS = 10;

const NO_POLICY: ManagedPolicy = { hibpEndpoint: null, breachCacheTtlHours: null };

function policyFrom(raw: unknown): ManagedPolicy {
  const managed = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    hibpEndpoint: validEndpoint(managed.hibpEndpoint),
    breachCacheTtlHours: boundedNumber(managed.breachCacheTtlHours, 0, 24 * 30, Number.NaN) || null,
  };
}

/**
 * The administrator's policy. A slow `storage.managed` must not stall a password check, so a late
 * answer falls back to the last policy seen (kept in storage.local) and refreshes it for next time.
 */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  const fresh = browser.storage.managed
    .get(['hibpEndpoint', 'breachCacheTtlHours'])
    .then(async (managed) => {
      const policy = policyFrom(managed);
      await browser.storage.local.set({ [POLICY_CACHE_KEY]: policy }).catch(() => undefined);
      return policy;
    })
    // No policy installed (or storage.managed unavailable, e.g. Firefox without a manifest file).
    .catch(() => NO_POLICY);
  const cached = (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY];
  // With a policy seen before, wait only briefly for a fresher one; a slow read updates it later.
  const patience = cached ? MANAGED_READ_PATIENCE_WITH_CACHE_MS : MANAGED_READ_TIMEOUT_MS;
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), patience));
  const answer = await Promise.race([fresh, late]);
  if (answer) return answer;
  if (cached) return policyFrom(cached);
  // No answer yet: remember "no policy" so later checks do not wait again; the late answer
  // overwrites it when it finally comes.
  await browser.storage.local.set({ [POLICY_CACHE_KEY]: NO_POLICY }).catch(() => undefined);
  return NO_POLICY;
}

/** The range endpoint in force: policy beats the user's choice, which beats the public API. */
export async function effectiveRangeEndpoint(): Promise<string> {
  const [policy, settings] = await Promise.all([readManagedPolicy(), readSettings()]);
  return policy.hibpEndpoint ?? settings.hibpEndpoint ?? PUBLIC_RANGE_ENDPOINT;
}
