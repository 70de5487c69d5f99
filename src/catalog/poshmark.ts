import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#poshmark
export const poshmark: MarketplaceSite = {
  id: 'poshmark',
  name: { en: 'Poshmark', ja: 'Poshmark' },
  hosts: ['poshmark.com', 'poshmark.ca'],
  credentialGroup: 'poshmark',
  primaryDomain: 'poshmark.com',
  urlPatterns: { login: [/^poshmark\.(com|ca)\/login\b/], signup: [/^poshmark\.(com|ca)\/signup\b/] },
  loginUrl: { url: 'https://poshmark.com/login', status: 'observed' },
  changePasswordUrl: { url: 'https://poshmark.com/user/account-info', status: 'dataset' },
  twoFactor: { methods: [], status: 'unverified' },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://support.poshmark.com/', status: 'unverified' }],
};
