import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#rakuma
// Settings pages have no public URL, so the recognizer relies on content signals there.
export const rakuma: MarketplaceSite = {
  id: 'rakuma',
  name: { en: 'Rakuma', ja: 'ラクマ' },
  hosts: ['fril.jp', 'rakuma.rakuten.co.jp'],
  credentialGroup: 'rakuma',
  primaryDomain: 'fril.jp',
  urlPatterns: {
    login: [/^(www\.|web\.)?fril\.jp\/(login|users\/sign_in)\b/],
    signup: [/^(www\.|web\.)?fril\.jp\/(signup|users\/sign_up)\b/],
  },
  accountPages: [
    // Web "my page" settings as linked from the app's web view; not checked against the live site.
    { url: 'https://fril.jp/mypage/settings', facts: ['email', 'phone', 'address'], status: 'unverified' },
    { url: 'https://fril.jp/mypage/bank', facts: ['bank-account', 'kana-name'], status: 'unverified' },
  ],
  loginUrl: { url: 'https://fril.jp/login', status: 'observed' },
  twoFactor: {
    methods: [],
    status: 'unverified',
    note: {
      en: 'No login two-factor option is documented; SMS verification only guards commenting. Protect the linked Rakuten ID instead.',
      ja: 'ログインの二段階認証は案内されていません（SMS認証はコメント用）。連携している楽天IDを守りましょう。',
    },
  },
  passkeys: { supported: false, status: 'dataset' },
  support: [
    {
      kind: 'email',
      value: 'support@fril.jp',
      status: 'unverified',
      note: {
        en: 'E-mail only, no phone line. During a takeover do not use the in-app form: the attacker can read it.',
        ja: 'メールのみ（電話窓口なし）。乗っ取り中はアプリ内の問い合わせフォームを使わないでください。犯人に読まれます。',
      },
    },
  ],
  linkedLogins: [
    {
      siteId: 'rakuten-id',
      note: {
        en: 'A Rakuten ID link cannot be undone: it still opens the account after a takeover, and an attacker can use it too.',
        ja: '楽天IDとの連携は解除できません。乗っ取られても楽天IDからログインでき、犯人も同じ道を使えます。',
      },
    },
  ],
  notes: [
    {
      en: 'Attackers change the kana name to match their own bank account, then request a payout.',
      ja: '犯人は口座名義（カナ）を自分の口座に合わせて書き換え、売上金の振込申請をします。',
    },
  ],
  playbook: {
    recoverVia: {
      en: 'Log in through the linked Rakuten ID ("Log in with Rakuten ID").',
      ja: '連携済みの楽天ID（「楽天IDでログイン」）からログインしてください。',
    },
    beforeIdentityVerification: {
      en: 'A restricted Rakuma account asks for identity documents; submitting them can release a blocked payout to the attacker.',
      ja: '制限中のラクマは本人確認書類を求めますが、提出すると止まっていた振込が犯人に渡ることがあります。',
    },
  },
};
