import * as v from 'valibot';

/** Verdict tokens (test contract: warning frame root `data-verdict`). */
export const VERDICT_TOKENS = ['breached', 'reused', 'unchecked', 'clean', 'rejected'] as const;
export type VerdictToken = (typeof VERDICT_TOKENS)[number];

export const UNCHECKED_REASONS = [
  'offline',
  'timeout',
  'rate-limited',
  'server-error',
  'malformed',
  'worker-restarted',
  'mirror-not-permitted',
  'storage-failed',
] as const;
export type UncheckedReason = (typeof UNCHECKED_REASONS)[number];

export const PasswordVerdictSchema = v.object({
  /** `checking` until every check (breach and reuse) has an answer: `clean` means all finished. */
  state: v.picklist(['checking', 'done']),
  tokens: v.array(v.picklist(VERDICT_TOKENS)),
  /** Exact count, shown in the frame; lives only in `storage.session` (memory). */
  breachCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Display names of other sites the same password guards (reuse detection). */
  reusedOn: v.optional(v.array(v.pipe(v.string(), v.maxLength(200)))),
  /** Why the check could not run, when `unchecked`. */
  uncheckedReason: v.optional(v.picklist(UNCHECKED_REASONS)),
  /** New-password fields get "choose another" wording. */
  fieldRole: v.picklist(['current', 'new']),
  siteId: v.optional(v.string()),
  credentialGroup: v.string(),
  hostname: v.string(),
  checkedAt: v.number(),
});
export type PasswordVerdict = v.InferOutput<typeof PasswordVerdictSchema>;
