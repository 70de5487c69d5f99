import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#mercari-us
export const mercariUs: MarketplaceSite = {
  id: 'mercari-us',
  name: { en: 'Mercari (US)', ja: 'Mercari（米国）' },
  hosts: ['www.mercari.com'],
  credentialGroup: 'mercari-us',
  primaryDomain: 'mercari.com',
  urlPatterns: {
    login: [/^www\.mercari\.com\/login\b/],
    signup: [/^www\.mercari\.com\/signup\b/],
    'password-change': [/^www\.mercari\.com\/mypage\/email_password\b/],
    address: [/^www\.mercari\.com\/mypage\/deliver_address\b/],
  },
  loginUrl: { url: 'https://www.mercari.com/login/', status: 'observed' },
  changePasswordUrl: { url: 'https://www.mercari.com/mypage/email_password/', status: 'dataset' },
  twoFactor: { methods: [], status: 'unverified' },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://www.mercari.com/help_center/', status: 'unverified' }],
};
