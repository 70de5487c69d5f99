import type { LastVerdict } from '../model/records';
import type { ChecklistItem } from './checklist';

/** Why a marketplace needs the user's attention (badge, popup), most urgent first. */
export const ATTENTION_REASONS = ['alert', 'incident', 'breached', 'reused', 'critical-steps'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** The checklist steps without which a takeover stays easy: a unique password and two-factor login. */
export const CRITICAL_CHECK_IDS: readonly string[] = ['unique-password', 'two-factor'];

export interface SiteFacts {
  items: readonly ChecklistItem[];
  last: LastVerdict | undefined;
  /** The user has logged in there (an account or a verdict is on record). */
  hasAccount: boolean;
  incidentOpen: boolean;
  alertOpen: boolean;
}

/**
 * What needs attention on one site. Unfinished critical steps count only where the user has an
 * account: a marketplace they never use is not theirs to harden.
 */
export function attentionReasons(facts: SiteFacts): AttentionReason[] {
  const tokens = new Set(facts.last?.tokens ?? []);
  const present: Record<AttentionReason, boolean> = {
    alert: facts.alertOpen,
    incident: facts.incidentOpen,
    breached: tokens.has('breached'),
    reused: tokens.has('reused'),
    'critical-steps':
      facts.hasAccount &&
      facts.items.some((item) => CRITICAL_CHECK_IDS.includes(item.id) && item.state !== 'done'),
  };
  return ATTENTION_REASONS.filter((reason) => present[reason]);
}
