import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#kleinanzeigen
export const kleinanzeigen: MarketplaceSite = {
  id: 'kleinanzeigen',
  name: { en: 'Kleinanzeigen', ja: 'Kleinanzeigen' },
  hosts: ['kleinanzeigen.de', 'ebay-kleinanzeigen.de'],
  credentialGroup: 'kleinanzeigen',
  primaryDomain: 'kleinanzeigen.de',
  urlPatterns: { login: [/^www\.(ebay-)?kleinanzeigen\.de\/m-einloggen\b/] },
  loginUrl: { url: 'https://www.kleinanzeigen.de/m-einloggen.html', status: 'observed' },
  twoFactor: {
    methods: ['email'],
    docs: 'https://themen.kleinanzeigen.de/hilfe/nutzerkonto/2FA/',
    status: 'dataset',
  },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://themen.kleinanzeigen.de/hilfe/', status: 'dataset' }],
};
