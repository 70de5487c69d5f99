import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#offerup
export const offerup: MarketplaceSite = {
  id: 'offerup',
  name: { en: 'OfferUp', ja: 'OfferUp' },
  hosts: ['offerup.com'],
  credentialGroup: 'offerup',
  primaryDomain: 'offerup.com',
  urlPatterns: { login: [/^offerup\.com\/login\b/, /^www\.offerup\.com\/login\b/] },
  loginUrl: { url: 'https://offerup.com/login/', status: 'observed' },
  twoFactor: { methods: [], status: 'unverified' },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://help.offerup.com/', status: 'unverified' }],
};
