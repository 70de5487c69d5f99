import type { AccountFact } from './account-facts';
import type { PageKind } from './page-kinds';

/** How sure we are of a fact; anything but `verified` should be re-checked before relying on it. */
export type FactStatus = 'verified' | 'dataset' | 'observed' | 'unverified';

export interface LocalizedText {
  en: string;
  ja: string;
}

export type TwoFactorMethod = 'sms' | 'call' | 'email' | 'totp' | 'u2f' | 'app';

export interface SupportChannel {
  kind: 'email' | 'form' | 'phone' | 'help-center';
  /** An e-mail address, or an https URL for forms and help centres. */
  value: string;
  status: FactStatus;
  note?: LocalizedText;
}

export interface MarketplaceSite {
  /** Stable id used in storage keys and message payloads. */
  id: string;
  name: LocalizedText;
  /**
   * Hostnames this site owns. Each entry also covers its subdomains (`fril.jp` covers
   * `web.fril.jp`); the most specific entry across the catalog wins.
   */
  hosts: readonly string[];
  /** Sites with the same group share one login: the same password inside a group is not reuse. */
  credentialGroup: string;
  /** The registrable domain shown to users and used in `?site=` links. */
  primaryDomain: string;
  /** Known URL shapes per page kind, matched against `hostname + pathname` (lower case). */
  urlPatterns: Partial<Record<PageKind, readonly RegExp[]>>;
  /** Where the user signs in, shown on the welcome page. */
  loginUrl?: { url: string; status: FactStatus };
  changePasswordUrl?: { url: string; status: FactStatus };
  /**
   * Pages that display registered facts, for the weekly check-in's one-click link. The guard never
   * requests them itself; the user opens them.
   */
  accountPages?: readonly { url: string; facts: readonly AccountFact[]; status: FactStatus }[];
  twoFactor: {
    methods: readonly TwoFactorMethod[];
    /** The operator's help page about two-factor login (documentation, not the setting itself). */
    docs?: string;
    /** The page where the user turns two-factor login (or passkeys) on, when one is known. */
    settingsUrl?: { url: string; status: FactStatus };
    status: FactStatus;
    note?: LocalizedText;
  };
  passkeys: { supported: boolean; docs?: string; status: FactStatus };
  support: readonly SupportChannel[];
  /** Another login that can open this account (Rakuma: Rakuten ID). */
  linkedLogins?: readonly { siteId: string; note: LocalizedText }[];
  /** Site-specific hardening and response notes, shown in the checklist and the playbook. */
  notes?: readonly LocalizedText[];
  /** Response playbook specifics; absent means the generic playbook applies. */
  playbook?: {
    recoverVia?: LocalizedText;
    beforeIdentityVerification?: LocalizedText;
  };
}
