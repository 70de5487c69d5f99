/** Verdict tokens (test contract: warning frame root `data-verdict`). */
export type VerdictToken = 'breached' | 'reused' | 'unchecked' | 'clean';

export interface PasswordVerdict {
  /** `checking` until the breach check has an answer. */
  state: 'checking' | 'done';
  tokens: VerdictToken[];
  breachCount?: number;
  /** Display names of other sites the same password guards (reuse detection). */
  reusedOn?: string[];
  /** Why the check could not run, when `unchecked`. */
  uncheckedReason?:
    'offline' | 'timeout' | 'rate-limited' | 'server-error' | 'malformed' | 'worker-restarted';
  /** New-password fields get "choose another" wording. */
  fieldRole: 'current' | 'new';
  siteId?: string;
  hostname: string;
  checkedAt: number;
}
