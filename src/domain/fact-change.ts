import type { AccountFact } from '../model/account-facts';
import type { AccountFactRecord, FactChange } from '../model/records';

/** A change form submitted this long before the new value shows counts as the user's own change. */
export const OWN_CHANGE_WINDOW_MS = 2 * 3_600_000;
const MAX_CHANGES = 20;

export type FactDecision =
  /** Never seen this fact (or this way of showing it): learnt silently. */
  | 'first-sight'
  | 'unchanged'
  /** Changed right after the user submitted the site's own change form: accepted silently. */
  | 'own-change'
  /** Changed while the user was away: alert. */
  | 'changed'
  /** The change already alerted and not yet answered: alert again. */
  | 'still-pending';

function keptChanges(changes: readonly FactChange[], added: FactChange): FactChange[] {
  return [...changes, added].slice(-MAX_CHANGES);
}

/**
 * What one new showing of a fact means, given what the sentinel kept and when the user last
 * submitted a change form for it. Pure: the caller stores the returned record.
 */
export function decideFact(
  record: AccountFactRecord | undefined,
  observation: { credentialGroup: string; fact: AccountFact; view: string; digest: string },
  ownChangeAt: number | undefined,
  now: number,
): { decision: FactDecision; record: AccountFactRecord } {
  const { credentialGroup, fact, view, digest } = observation;
  const fresh = { digest, firstSeenAt: now, lastConfirmedAt: now };
  const known = record?.views[view];
  if (!record || !known) {
    const base: AccountFactRecord = record ?? {
      id: `${credentialGroup}|${fact}`,
      credentialGroup,
      fact,
      views: {},
      pending: null,
      changes: [],
    };
    return { decision: 'first-sight', record: { ...base, views: { ...base.views, [view]: fresh } } };
  }
  if (known.digest === digest) {
    const views = { ...record.views, [view]: { ...known, lastConfirmedAt: now } };
    return { decision: 'unchanged', record: { ...record, views } };
  }
  const ownChange =
    ownChangeAt !== undefined && now - ownChangeAt <= OWN_CHANGE_WINDOW_MS && ownChangeAt <= now;
  const change: FactChange = {
    noticedAt: now,
    stableSince: known.firstSeenAt,
    lastConfirmedAt: known.lastConfirmedAt,
    resolution: ownChange ? 'own-change' : 'pending',
  };
  if (ownChange) {
    // Other showings of the fact still hold the old value: forget them, relearn them silently.
    const changes = keptChanges(record.changes, change);
    return {
      decision: 'own-change',
      record: { ...record, views: { [view]: fresh }, pending: null, changes },
    };
  }
  // One alert per change, whichever page shows it next: the first unanswered change stands.
  if (record.pending) return { decision: 'still-pending', record };
  return {
    decision: 'changed',
    record: {
      ...record,
      pending: { view, digest, noticedAt: now },
      changes: keptChanges(record.changes, change),
    },
  };
}

/** The user's answer to an alert: the new value becomes the known one either way. */
export function resolvePending(
  record: AccountFactRecord,
  resolution: 'accepted' | 'reported',
  now: number,
): AccountFactRecord {
  const { pending } = record;
  if (!pending) return record;
  const changes = record.changes.map((change, index) =>
    index === record.changes.length - 1 && change.resolution === 'pending'
      ? { ...change, resolution }
      : change,
  );
  return {
    ...record,
    views: {
      [pending.view]: { digest: pending.digest, firstSeenAt: pending.noticedAt, lastConfirmedAt: now },
    },
    pending: null,
    changes,
  };
}

/** What an alert says about one fact: when it changed and how long it had been stable. */
export interface FactAlert {
  fact: AccountFact;
  noticedAt: number;
  stableSince: number;
  lastConfirmedAt: number;
}

export function alertsOf(records: readonly AccountFactRecord[]): FactAlert[] {
  return records.flatMap((record) => {
    const change = record.changes.at(-1);
    return record.pending && change
      ? [
          {
            fact: record.fact,
            noticedAt: record.pending.noticedAt,
            stableSince: change.stableSince,
            lastConfirmedAt: change.lastConfirmedAt,
          },
        ]
      : [];
  });
}

/**
 * The checklist's view of the sentinel: `attention` while a change waits for an answer, `done`
 * with the date since which every fact seen has been unchanged, `todo` before any was seen.
 */
export function sentinelStatus(
  records: readonly AccountFactRecord[],
): { state: 'todo' } | { state: 'attention'; since: number } | { state: 'done'; since: number } {
  if (records.length === 0) return { state: 'todo' };
  const pending = records.filter((record) => record.pending);
  if (pending.length > 0)
    return {
      state: 'attention',
      since: Math.min(...pending.map((record) => record.pending?.noticedAt ?? 0)),
    };
  const firstSeen = records.flatMap((record) => Object.values(record.views).map((view) => view.firstSeenAt));
  return { state: 'done', since: Math.max(...firstSeen) };
}
