import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#rakuten-id
export const rakutenId: MarketplaceSite = {
  id: 'rakuten-id',
  name: { en: 'Rakuten ID', ja: '楽天ID' },
  hosts: [
    'login.account.rakuten.com',
    'id.rakuten.co.jp',
    'grp01.id.rakuten.co.jp',
    'profile.id.rakuten.co.jp',
  ],
  credentialGroup: 'rakuten-id',
  primaryDomain: 'rakuten.co.jp',
  urlPatterns: {
    login: [/^login\.account\.rakuten\.com\/sso\//, /^grp\d+\.id\.rakuten\.co\.jp\/rms\/nid\/login/],
    'password-change': [/^profile\.id\.rakuten\.co\.jp\/account-security\/password/],
  },
  loginUrl: { url: 'https://login.account.rakuten.com/sso/authorize', status: 'observed' },
  changePasswordUrl: { url: 'https://profile.id.rakuten.co.jp/account-security', status: 'dataset' },
  twoFactor: {
    methods: ['email'],
    status: 'unverified',
    note: {
      en: 'Rakuten ID offers e-mail authentication at login; turn it on.',
      ja: '楽天IDにはログイン時のメール認証があります。有効にしてください。',
    },
  },
  passkeys: { supported: false, status: 'dataset' },
  support: [
    { kind: 'help-center', value: 'https://ichiba.faq.rakuten.net/detail/000007260', status: 'verified' },
  ],
};
