import * as v from 'valibot';
import { ACCOUNT_FACTS } from '../../model/account-facts';
import { AccountRecordSchema, LastVerdictSchema } from '../../model/records';
import { PasswordVerdictSchema } from '../../model/verdict';
import { defineItem, defineItemFamily } from '../storage-item';

/**
 * Every item the extension keeps in `storage.local` (disk) and `storage.session` (memory only,
 * gone when the browser closes): key, schema, default, version and migrations, declared once.
 * Nothing here may narrow a password: see SECURITY.md "At rest".
 */

export const PUBLIC_RANGE_ENDPOINT = 'https://api.pwnedpasswords.com/range';
const PREFIX_PLACEHOLDER = '{prefix}';

/**
 * An endpoint is acceptable only over HTTPS, or plain HTTP on loopback for a local mirror in
 * development. A `{prefix}` placeholder (static mirrors) is kept as written, not URL-encoded.
 * Returns the normalised URL or `null`.
 */
export function validEndpoint(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const trimmed = value.trim().replace(/\/+$/, '');
  const placeholders = trimmed.split(PREFIX_PLACEHOLDER).length - 1;
  if (placeholders > 1 || /[{}]/.test(trimmed.replace(PREFIX_PLACEHOLDER, ''))) return null;
  let url: URL;
  try {
    url = new URL(trimmed.replace(PREFIX_PLACEHOLDER, 'PREFIX'));
  } catch {
    return null;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  if (placeholders === 1 && url.pathname.split('PREFIX').length !== 2) return null;
  return url.href.replace(/\/+$/, '').replace('PREFIX', PREFIX_PLACEHOLDER);
}

const EndpointSchema = v.pipe(
  v.unknown(),
  v.transform((value) => validEndpoint(value)),
);
const boundedNumber = (min: number, max: number) =>
  v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const stringList = v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(1000));

/** Each user setting's strict schema (imports check against these) and its default. */
export const SETTING_FIELDS = {
  /** Pwned Passwords range endpoint (no trailing slash); `null` = the public API. */
  hibpEndpoint: { schema: v.pipe(EndpointSchema, v.string()), fallback: null as string | null },
  breachCacheTtlHours: { schema: boundedNumber(0, 24 * 30), fallback: 24 },
  /** A manual checklist tick older than this needs review. */
  reviewPeriodDays: { schema: boundedNumber(1, 3650), fallback: 180 },
  /** Opt-in: watch password fields on every site for marketplace-password reuse. */
  watchAllSites: { schema: v.boolean(), fallback: false },
  /** Opt-in: a weekly reminder to open an account page so the sentinel can confirm its facts. */
  weeklyCheckIn: { schema: v.boolean(), fallback: false },
  /** Credential groups where the user chose "don't warn on this site". */
  mutedGroups: { schema: stringList, fallback: [] as string[] },
  /** `${credentialGroup}|${pageKind}` banners the user dismissed. */
  dismissedBanners: { schema: stringList, fallback: [] as string[] },
};

/** User settings; each field falls back to its default alone, so one bad field loses nothing else. */
export const SettingsSchema = v.object({
  hibpEndpoint: v.fallback(v.nullable(SETTING_FIELDS.hibpEndpoint.schema), null),
  breachCacheTtlHours: v.fallback(SETTING_FIELDS.breachCacheTtlHours.schema, 24),
  reviewPeriodDays: v.fallback(SETTING_FIELDS.reviewPeriodDays.schema, 180),
  watchAllSites: v.fallback(SETTING_FIELDS.watchAllSites.schema, false),
  weeklyCheckIn: v.fallback(SETTING_FIELDS.weeklyCheckIn.schema, false),
  mutedGroups: v.fallback(SETTING_FIELDS.mutedGroups.schema, []),
  dismissedBanners: v.fallback(SETTING_FIELDS.dismissedBanners.schema, []),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Any value as settings: bad fields take their defaults, the rest is kept. */
export function normalizeSettings(raw: unknown): Settings {
  const parsed = v.safeParse(SettingsSchema, raw);
  return parsed.success ? parsed.output : DEFAULT_SETTINGS;
}

export const settingsItem = defineItem({
  area: 'local',
  key: 'settings',
  schema: SettingsSchema,
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The random per-install key for fingerprints and digests (base64, 16 bytes). */
export const installSaltItem = defineItem<string | null>({
  area: 'local',
  key: 'installSalt',
  schema: v.nullable(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{22}==$/))),
  fallback: null,
  version: 1,
});

/**
 * Latest verdict per credential group. Version 2 dropped the exact breach count: with the public
 * range, a count singles out the hash.
 */
export const lastVerdictsItem = defineItem({
  area: 'local',
  key: 'lastVerdicts',
  schema: v.pipe(
    v.record(v.string(), v.unknown()),
    v.transform((entries) => {
      const readable: Record<string, v.InferOutput<typeof LastVerdictSchema>> = {};
      for (const [group, value] of Object.entries(entries)) {
        const parsed = v.safeParse(LastVerdictSchema, value);
        if (parsed.success) readable[group] = parsed.output;
      }
      return readable;
    }),
  ),
  fallback: {},
  version: 2,
  migrations: {
    1: (older) =>
      Object.fromEntries(
        Object.entries(older && typeof older === 'object' ? older : {}).map(([group, verdict]) => {
          const { breachCount: _dropped, ...kept } = (verdict ?? {}) as Record<string, unknown>;
          return [group, kept];
        }),
      ),
  },
});

export const ManagedPolicySchema = v.object({
  hibpEndpoint: v.fallback(EndpointSchema, null),
  breachCacheTtlHours: v.fallback(
    v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0.01), v.maxValue(24 * 30))),
    null,
  ),
});
export type ManagedPolicy = v.InferOutput<typeof ManagedPolicySchema>;
export const NO_POLICY: ManagedPolicy = { hibpEndpoint: null, breachCacheTtlHours: null };

/** The last administrator policy seen: Chrome's policy service can be slow at worker start-up. */
export const managedPolicyCacheItem = defineItem<ManagedPolicy | null>({
  area: 'local',
  key: 'managedPolicyCache',
  schema: v.nullable(ManagedPolicySchema),
  fallback: null,
  version: 1,
});

/** Verdicts by the random token only the warning frame's URL carries (memory only). */
export const verdictItems = defineItemFamily({
  area: 'session',
  prefix: 'verdict:',
  schema: PasswordVerdictSchema,
});

/** The last check of each tab's top frame, for the page a submitted login leads to. */
export const recentCheckItems = defineItemFamily({
  area: 'session',
  prefix: 'recentCheck:',
  schema: v.object({ token: v.string(), url: v.string(), credentialGroup: v.string(), at: v.number() }),
});

/** A new password waits here until the user leaves the password-change page (a successful submit). */
export const pendingPasswordItems = defineItemFamily({
  area: 'session',
  prefix: 'pendingPassword:',
  schema: v.object({
    record: v.omit(AccountRecordSchema, ['id', 'firstSeenAt', 'lastSeenAt']),
    usernameKey: v.string(),
    at: v.number(),
  }),
});

/**
 * Range responses by 5-hex prefix, in memory only (`storage.session`): a prefix on disk would link
 * a checked password to its range and cut the cost of guessing a million-fold.
 */
export const rangeCacheItems = defineItemFamily({
  area: 'session',
  prefix: 'range:',
  schema: v.object({
    digests: v.string(),
    counts: v.string(),
    fetchedAt: v.number(),
    lastUsedAt: v.number(),
  }),
});

/** Recent checks per tab, for the rate limit that keeps a page from using us as an oracle. */
export const checkBudgetItems = defineItemFamily({
  area: 'session',
  prefix: 'checkBudget:',
  schema: v.object({ times: v.array(v.number()) }),
});

/** An account-sentinel alert: which facts changed and the dates, never a value or a digest. */
export const SentinelAlertSchema = v.object({
  hostname: v.string(),
  siteId: v.string(),
  credentialGroup: v.string(),
  facts: v.array(
    v.object({
      fact: v.picklist(ACCOUNT_FACTS),
      noticedAt: v.number(),
      stableSince: v.number(),
      lastConfirmedAt: v.number(),
    }),
  ),
  at: v.number(),
});

/**
 * Account-sentinel alerts by the random token only the alert frame's URL carries (memory only).
 */
export const sentinelAlertItems = defineItemFamily({
  area: 'session',
  prefix: 'sentinelAlert:',
  schema: SentinelAlertSchema,
});

/** When the user last really submitted a site's change form, per credential group and fact. */
export const ownChangeItems = defineItemFamily({
  area: 'session',
  prefix: 'ownChange:',
  schema: v.record(v.picklist(ACCOUNT_FACTS), v.number()),
});

/** The fingerprint of a login submitted from a tab, by verdict token, until its next page says how it went. */
export const loginAttemptItems = defineItemFamily({
  area: 'session',
  prefix: 'loginAttempt:',
  schema: v.object({ credentialGroup: v.string(), fingerprint: v.string(), at: v.number() }),
});

/**
 * Per credential group, the fingerprint of the password that last logged in (the tab left the
 * login page after the submit). The same truncated fingerprint the account records keep.
 */
export const lastLoginItem = defineItem({
  area: 'local',
  key: 'lastSuccessfulLogins',
  schema: v.record(
    v.string(),
    v.object({ fingerprint: AccountRecordSchema.entries.fingerprint, at: v.number() }),
  ),
  fallback: {},
  version: 1,
});

/**
 * When the welcome page was first shown. Chromium reports a command-line-loaded extension as
 * newly installed at every launch, so the install event alone would greet the user again.
 */
export const welcomeShownItem = defineItem<number | null>({
  area: 'local',
  key: 'welcomeShownAt',
  schema: v.nullable(v.number()),
  fallback: null,
  version: 1,
});

/**
 * Bumped (in memory) whenever checklist ticks or incidents change in IndexedDB, which raises no
 * storage event of its own: the toolbar badge listens for it.
 */
export const guardDataRevisionItem = defineItem<number>({
  area: 'session',
  key: 'guardDataRevision',
  schema: v.number(),
  fallback: 0,
  version: 1,
});

/** Every versioned item, migrated once at start-up. */
export const VERSIONED_ITEMS = [
  settingsItem,
  installSaltItem,
  lastVerdictsItem,
  managedPolicyCacheItem,
  lastLoginItem,
];
