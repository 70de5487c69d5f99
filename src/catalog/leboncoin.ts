import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#leboncoin
export const leboncoin: MarketplaceSite = {
  id: 'leboncoin',
  name: { en: 'Leboncoin', ja: 'Leboncoin' },
  hosts: ['leboncoin.fr'],
  credentialGroup: 'leboncoin',
  primaryDomain: 'leboncoin.fr',
  urlPatterns: { login: [/^auth\.leboncoin\.fr\/login\b/] },
  loginUrl: { url: 'https://auth.leboncoin.fr/login/', status: 'observed' },
  twoFactor: { methods: ['sms', 'email'], status: 'dataset' },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://leboncoin.zendesk.com/', status: 'unverified' }],
};
