import * as v from 'valibot';
import { PAGE_KINDS } from './page-kinds';
import { VERDICT_TOKENS } from './verdict';
import { ACCOUNT_FACTS } from './account-facts';

/**
 * Every record the extension keeps, as a schema: storage, imports and messages are parsed with
 * these once, at the boundary, and typed everywhere after. Records come back from storage that
 * another version, a crash or a hand-edited file may have written, so nothing is trusted by type.
 */

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const timestamp = v.pipe(v.number(), v.finite(), v.minValue(0));

export const LocalizedTextSchema = v.object({ en: text(200), ja: text(200) });

export const AccountRecordSchema = v.object({
  /** `${credentialGroup}|${usernameKey}`: one record per login. */
  id: text(400),
  credentialGroup: text(200),
  siteName: LocalizedTextSchema,
  hostname: text(253),
  /** e.g. `ta***@gmail.com`; never the full username. */
  maskedUsername: text(320),
  /** Truncated Argon2id fingerprint and password length, `"<37-bit hex>:<length>"`. */
  fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{10}:\d{1,4}$/)),
  /** Breached or not, never how often: an exact count singles out the hash in the public range. */
  lastBreachVerdict: v.picklist(['breached', 'clean', 'unchecked']),
  lastCheckedAt: timestamp,
  firstSeenAt: timestamp,
  lastSeenAt: timestamp,
});
export type AccountRecord = v.InferOutput<typeof AccountRecordSchema>;

export const ChecklistTickSchema = v.object({
  id: text(400),
  siteId: text(100),
  itemId: text(100),
  done: v.boolean(),
  changedAt: timestamp,
});
export type ChecklistTick = v.InferOutput<typeof ChecklistTickSchema>;

export const TimelineEntrySchema = v.object({
  at: timestamp,
  text: text(10_000),
  source: v.picklist(['user', 'step', 'sentinel']),
});
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;

export const IncidentRecordSchema = v.object({
  id: text(100),
  siteId: text(100),
  openedAt: timestamp,
  closedAt: v.nullable(timestamp),
  stepsDone: v.record(text(100), timestamp),
  timeline: v.pipe(v.array(TimelineEntrySchema), v.maxLength(10_000)),
  details: v.record(text(100), text(10_000)),
});
export type IncidentRecord = v.InferOutput<typeof IncidentRecordSchema>;

/** A keyed digest of one way a fact is shown (`full`, or a mask shape such as `masked:2:0@`). */
export const FactViewSchema = v.object({
  /** Keyed, truncated SHA-256 of the normalized value (24 bits): never the value. */
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{6}$/)),
  firstSeenAt: timestamp,
  lastConfirmedAt: timestamp,
});
export type FactView = v.InferOutput<typeof FactViewSchema>;

/** A change the sentinel noticed, for the alert, the timeline and the checklist. */
export const FactChangeSchema = v.object({
  noticedAt: timestamp,
  /** When the value it replaced was first seen: "unchanged since". */
  stableSince: timestamp,
  lastConfirmedAt: timestamp,
  /** `own-change`: the user had just submitted the site's change form for this fact. */
  resolution: v.picklist(['pending', 'accepted', 'reported', 'own-change']),
});
export type FactChange = v.InferOutput<typeof FactChangeSchema>;

/** What the sentinel keeps of one registered fact of one login: digests and dates only. */
export const AccountFactRecordSchema = v.object({
  /** `${credentialGroup}|${fact}` */
  id: text(300),
  credentialGroup: text(200),
  fact: v.picklist(ACCOUNT_FACTS),
  views: v.pipe(
    v.record(text(60), FactViewSchema),
    v.check((views) => Object.keys(views).length <= 8),
  ),
  /** An unanswered change: the new digest waits here until the user says it was them. */
  pending: v.nullable(
    v.object({ view: text(60), digest: FactViewSchema.entries.digest, noticedAt: timestamp }),
  ),
  changes: v.pipe(v.array(FactChangeSchema), v.maxLength(20)),
});
export type AccountFactRecord = v.InferOutput<typeof AccountFactRecordSchema>;

/** The latest verdict per credential group, for the popup. Holds no password-derived data. */
export const LastVerdictSchema = v.object({
  tokens: v.array(v.picklist(VERDICT_TOKENS)),
  reusedOn: v.optional(v.array(text(200))),
  checkedAt: timestamp,
});
export type LastVerdict = v.InferOutput<typeof LastVerdictSchema>;

export const PageKindSchema = v.picklist(PAGE_KINDS);

/** Keeps the items of `values` that match `schema`, and how many did not. */
export function readableOf<T extends v.GenericSchema>(
  schema: T,
  values: readonly unknown[],
): { records: v.InferOutput<T>[]; damaged: number } {
  const records: v.InferOutput<T>[] = [];
  for (const value of values) {
    const parsed = v.safeParse(schema, value);
    if (parsed.success) records.push(parsed.output);
  }
  return { records, damaged: values.length - records.length };
}
