/** Kinds of marketplace page the recognizer tells apart (test contract: banner `data-page-kind`). */
export const PAGE_KINDS = [
  'login',
  'signup',
  'password-change',
  'email-change',
  'payout',
  'address',
  'identity-verification',
  'two-factor',
] as const;

export type PageKind = (typeof PAGE_KINDS)[number];

/** Pages an attacker visits after a takeover: these get a caution banner. */
export const SENSITIVE_PAGE_KINDS: readonly PageKind[] = [
  'password-change',
  'email-change',
  'payout',
  'address',
  'identity-verification',
  'two-factor',
];

/** Pages where a typed password is checked against breaches and reuse. */
export const PASSWORD_PAGE_KINDS: readonly PageKind[] = ['login', 'signup', 'password-change'];

export function isPageKind(value: unknown): value is PageKind {
  return typeof value === 'string' && (PAGE_KINDS as readonly string[]).includes(value);
}
