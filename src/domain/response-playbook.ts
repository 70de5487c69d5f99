import { siteById } from '../catalog/catalog';
import type { LocalizedText, MarketplaceSite, SupportChannel } from '../model/marketplace';

/** The response, in the order that limits damage fastest (from the 2019 Rakuma takeover). */
export const RESPONSE_STEP_IDS = [
  'recover-access',
  'screenshot-then-overwrite',
  'contact-support',
  'secure-mailbox',
  'no-identity-documents',
  'change-reused-passwords',
  'turn-on-two-factor',
  'report-to-police',
] as const;

export type ResponseStepId = (typeof RESPONSE_STEP_IDS)[number];

export interface Playbook {
  site: MarketplaceSite;
  /** Site-specific way back in, or null for the generic advice. */
  recoverVia: LocalizedText | null;
  linkedSite: MarketplaceSite | undefined;
  support: SupportChannel;
  identityWarning: LocalizedText | null;
}

const FALLBACK_SUPPORT: SupportChannel = { kind: 'help-center', value: '', status: 'unverified' };

/** Everything the response page needs for one marketplace; generic where nothing specific is known. */
export function playbookFor(site: MarketplaceSite): Playbook {
  const linked = site.linkedLogins?.[0];
  return {
    site,
    recoverVia: site.playbook?.recoverVia ?? null,
    linkedSite: linked ? siteById(linked.siteId) : undefined,
    // E-mail first: the in-app form may be read by the attacker.
    support: site.support.find((channel) => channel.kind === 'email') ?? site.support[0] ?? FALLBACK_SUPPORT,
    identityWarning: site.playbook?.beforeIdentityVerification ?? null,
  };
}
