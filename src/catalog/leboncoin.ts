import type { MarketplaceSite } from '../model/marketplace';

// Login host: marketplace-url-facts.json; 2FA: 2fa.directory (MIT, no documentation link there).
export const leboncoin: MarketplaceSite = {
  id: 'leboncoin',
  name: { en: 'Leboncoin', ja: 'Leboncoin' },
  hosts: ['leboncoin.fr'],
  credentialGroup: 'leboncoin',
  primaryDomain: 'leboncoin.fr',
  urlPatterns: { login: [/^auth\.leboncoin\.fr\/login\b/] },
  twoFactor: { methods: ['sms', 'email'], status: 'dataset' },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://leboncoin.zendesk.com/', status: 'unverified' }],
};
