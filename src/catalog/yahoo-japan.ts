import type { MarketplaceSite } from '../model/marketplace';

// Yahoo! JAPAN Flea Market and Auctions share one Yahoo! JAPAN ID.
// Facts and their sources: docs/catalog-sources.md#yahoo-japan
export const yahooJapan: MarketplaceSite = {
  id: 'yahoo-japan',
  name: { en: 'Yahoo! JAPAN Flea Market / Auctions', ja: 'Yahoo!フリマ・ヤフオク!' },
  hosts: [
    'paypayfleamarket.yahoo.co.jp',
    'paypayfleamarket-sec.yahoo.co.jp',
    'auctions.yahoo.co.jp',
    'login.yahoo.co.jp',
    'account.edit.yahoo.co.jp',
    'accounts.yahoo.co.jp',
    'salesmanagement.yahoo.co.jp',
    'edit.wallet.yahoo.co.jp',
    'id.yahoo.co.jp',
  ],
  credentialGroup: 'yahoo-japan-id',
  primaryDomain: 'yahoo.co.jp',
  urlPatterns: {
    login: [/^login\.yahoo\.co\.jp\/config\/login\b/],
    'password-change': [/^account\.edit\.yahoo\.co\.jp\/change_pw\b/],
    'two-factor': [/^account\.edit\.yahoo\.co\.jp\/authdevice\b/],
    payout: [/^edit\.wallet\.yahoo\.co\.jp\/config\/wallet_trans_update\b/],
  },
  loginUrl: { url: 'https://login.yahoo.co.jp/config/login', status: 'observed' },
  changePasswordUrl: { url: 'https://account.edit.yahoo.co.jp/change_pw', status: 'observed' },
  twoFactor: {
    methods: ['email', 'sms'],
    docs: 'https://id.yahoo.co.jp/security/otp.html',
    // The login-security device page (biometrics, passkeys): observed in public code, not official.
    settingsUrl: { url: 'https://account.edit.yahoo.co.jp/authdevice', status: 'observed' },
    status: 'dataset',
  },
  passkeys: {
    supported: true,
    docs: 'https://id.yahoo.co.jp/security/manage_auth_device.html',
    status: 'dataset',
  },
  support: [{ kind: 'help-center', value: 'https://support.yahoo-net.jp/', status: 'unverified' }],
  notes: [
    {
      en: 'Sales proceeds are paid to the account at edit.wallet.yahoo.co.jp: check it is yours.',
      ja: '売上金の振込先（edit.wallet.yahoo.co.jp）が自分の口座か確認しましょう。',
    },
  ],
};
