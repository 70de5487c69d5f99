import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#mercari-jp
export const mercariJp: MarketplaceSite = {
  id: 'mercari-jp',
  name: { en: 'Mercari (Japan)', ja: 'メルカリ' },
  hosts: ['jp.mercari.com'],
  credentialGroup: 'mercari-jp',
  primaryDomain: 'mercari.com',
  urlPatterns: {
    // Every page on the login host is part of the sign-in flow.
    login: [/^login\.jp\.mercari\.com\//, /^jp\.mercari\.com\/(login|signin)\b/],
    signup: [/^jp\.mercari\.com\/signup\b/],
    'two-factor': [/^jp\.mercari\.com\/mypage\/personal_info\/passkeys\b/],
  },
  accountPages: [
    // "Personal info settings" under My page; path observed in public code, not checked live.
    {
      url: 'https://jp.mercari.com/mypage/personal_info',
      facts: ['email', 'phone', 'address'],
      status: 'unverified',
    },
  ],
  loginUrl: { url: 'https://login.jp.mercari.com/signin', status: 'observed' },
  // "Personal info settings", where "E-mail and password" sits (third-party article); without it
  // the well-known fallback on mercari.com would open Mercari US.
  changePasswordUrl: { url: 'https://jp.mercari.com/mypage/personal_info', status: 'unverified' },
  twoFactor: {
    methods: ['sms', 'call'],
    docs: 'https://www.mercari.com/jp/help_center/article/248/',
    // Passkey settings (the strongest login protection Mercari offers): observed in public code.
    settingsUrl: { url: 'https://jp.mercari.com/mypage/personal_info/passkeys', status: 'observed' },
    status: 'dataset',
    note: {
      en: 'Keep your phone number current: login codes go to it by SMS.',
      ja: 'ログイン時の認証番号はSMSで届きます。電話番号を最新にしておきましょう。',
    },
  },
  passkeys: { supported: true, docs: 'https://help.jp.mercari.com/guide/articles/1874/', status: 'observed' },
  support: [{ kind: 'help-center', value: 'https://help.jp.mercari.com/', status: 'observed' }],
  notes: [
    {
      en: 'Review the login history (My page > Personal info > Login history) and end unknown sessions.',
      ja: 'ログイン履歴（マイページ > 個人情報設定 > ログイン履歴）を確認し、知らない端末をログアウトさせましょう。',
    },
  ],
};
