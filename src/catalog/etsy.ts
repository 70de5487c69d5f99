import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#etsy
export const etsy: MarketplaceSite = {
  id: 'etsy',
  name: { en: 'Etsy', ja: 'Etsy' },
  hosts: ['etsy.com'],
  credentialGroup: 'etsy',
  primaryDomain: 'etsy.com',
  urlPatterns: {
    login: [/^www\.etsy\.com\/signin\b/],
    'password-change': [/^www\.etsy\.com\/your\/account\/password\b/],
  },
  loginUrl: { url: 'https://www.etsy.com/signin', status: 'observed' },
  changePasswordUrl: { url: 'https://www.etsy.com/your/account', status: 'dataset' },
  twoFactor: {
    methods: ['sms', 'call', 'totp'],
    docs: 'https://help.etsy.com/hc/en-us/articles/115015569567#h_01EZCBHFZHS7NBB4VA7NFE9YMX',
    status: 'dataset',
  },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://help.etsy.com/', status: 'dataset' }],
};
