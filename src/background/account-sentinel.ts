import { siteForHost } from '../catalog/catalog';
import { credentialGroupOf } from '../domain/credential-groups';
import { alertsOf, decideFact, resolvePending } from '../domain/fact-change';
import { observationsOf } from '../domain/fact-normalization';
import type { AccountFact, FactSlot } from '../model/account-facts';
import { factsOfGroup, saveFacts } from '../platform/account-fact-store';
import { ownChangeItems, sentinelAlertItems } from '../platform/contract/storage-items';
import { installSalt } from '../platform/install-salt';
import { keyedDigest } from './keyed-digest';

/**
 * 24 bits: a changed value goes unnoticed once in 16.7 million changes, yet a stolen profile
 * (install key included) cannot single out an e-mail from a list of more than a few million
 * candidates. Arithmetic in SECURITY.md "Registered facts".
 */
export const FACT_DIGEST_BITS = 24;

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * One reading of a settings page: each fact's normalized value is digested with the install key
 * (values live only in this call), compared with what was kept, and stored. Returns the token of
 * an alert when a fact of this login changed while the user was away and is not answered yet.
 */
export async function observeFacts(
  hostname: string,
  read: readonly (readonly [FactSlot, string])[],
  now = Date.now(),
): Promise<string | undefined> {
  const site = siteForHost(hostname);
  if (!site) return undefined;
  const credentialGroup = credentialGroupOf(hostname);
  const [salt, kept, ownChanges] = await Promise.all([
    installSalt(),
    factsOfGroup(credentialGroup),
    ownChangeItems.get(credentialGroup),
  ]);
  const records = new Map(kept.map((record) => [record.fact, record]));
  const usedOwnChanges: string[] = [];
  for (const observation of observationsOf(read)) {
    const digest = await keyedDigest(
      salt,
      'account-fact',
      `${observation.fact}\u0000${observation.view}\u0000${observation.value}`,
      FACT_DIGEST_BITS,
    );
    const { decision, record } = decideFact(
      records.get(observation.fact),
      { credentialGroup, fact: observation.fact, view: observation.view, digest },
      ownChanges?.[observation.fact],
      now,
    );
    records.set(observation.fact, record);
    if (decision === 'own-change') usedOwnChanges.push(observation.fact);
  }
  await saveFacts([...records.values()]);
  // One submitted form explains one change: a second change of the fact is news again.
  if (ownChanges && usedOwnChanges.length > 0)
    await ownChangeItems.set(
      credentialGroup,
      Object.fromEntries(Object.entries(ownChanges).filter(([fact]) => !usedOwnChanges.includes(fact))),
    );
  const facts = alertsOf([...records.values()]);
  if (facts.length === 0) return undefined;
  const token = randomToken();
  await sentinelAlertItems.set(token, { hostname, siteId: site.id, credentialGroup, facts, at: now });
  return token;
}

/** Remembers (in memory) that the user just submitted this site's change form for `facts`. */
export async function rememberOwnChange(hostname: string, facts: readonly AccountFact[], now = Date.now()) {
  const credentialGroup = credentialGroupOf(hostname);
  const earlier = (await ownChangeItems.get(credentialGroup)) ?? {};
  await ownChangeItems.set(credentialGroup, {
    ...earlier,
    ...Object.fromEntries(facts.map((fact) => [fact, now])),
  });
}

/** The user's answer to an alert; returns the alert's site for the response page. */
export async function answerAlert(
  alertToken: string,
  answer: 'it-was-me' | 'hijacked',
  now = Date.now(),
): Promise<{ siteId: string; hostname: string } | undefined> {
  const alert = await sentinelAlertItems.get(alertToken);
  if (!alert) return undefined;
  const records = await factsOfGroup(alert.credentialGroup);
  const resolution = answer === 'it-was-me' ? 'accepted' : 'reported';
  await saveFacts(
    records.filter((record) => record.pending).map((record) => resolvePending(record, resolution, now)),
  );
  await sentinelAlertItems.remove(alertToken);
  return { siteId: alert.siteId, hostname: alert.hostname };
}

/** The alert a frame's token names, for alert frames that cannot read `storage.session` (Firefox). */
export async function alertByToken(alertToken: string) {
  return (await sentinelAlertItems.get(alertToken)) ?? null;
}
