import type { PageKind } from '../model/page-kinds';

/**
 * Words that mark each page kind, in English and Japanese. Matched against NFKC-normalised,
 * lower-cased text (so full-width `ＰＡＳＳＷＯＲＤ` and half-width kana match too).
 */
export const KIND_WORDS: Record<PageKind, readonly string[]> = {
  login: ['log in', 'login', 'sign in', 'signin', 'ログイン', 'サインイン'],
  signup: [
    'sign up',
    'signup',
    'create account',
    'create an account',
    'register',
    'join',
    '会員登録',
    '新規登録',
    'アカウント作成',
    '新規会員',
    '無料登録',
  ],
  'password-change': [
    'change password',
    'change your password',
    'new password',
    'update password',
    'reset password',
    'パスワード変更',
    'パスワードの変更',
    '新しいパスワード',
    'パスワード再設定',
    'パスワードを変更',
  ],
  'email-change': [
    'change email',
    'change e-mail',
    'email address change',
    'new email',
    'new e-mail',
    'update email',
    'メールアドレス変更',
    'メールアドレスの変更',
    '新しいメールアドレス',
    'メールアドレスを変更',
  ],
  payout: [
    'bank account',
    'payout',
    'pay out',
    'withdraw',
    'account number',
    'routing number',
    'iban',
    'sort code',
    'account holder',
    'transfer request',
    '振込申請',
    '振込先',
    '口座番号',
    '口座名義',
    '口座情報',
    '銀行口座',
    '支店',
    '売上金',
    '出金',
    '払い出し',
    '受取口座',
  ],
  address: [
    'shipping address',
    'delivery address',
    'address',
    'postal code',
    'zip code',
    'phone number',
    '住所',
    '郵便番号',
    '都道府県',
    '市区町村',
    '電話番号',
    'お届け先',
    '配送先',
    '番地',
  ],
  'identity-verification': [
    'identity verification',
    'verify your identity',
    'id verification',
    'identity document',
    'id document',
    "driver's license",
    'driving licence',
    'passport',
    'proof of identity',
    'kyc',
    '本人確認',
    '身分証',
    '運転免許証',
    'マイナンバーカード',
    '本人確認書類',
    'eKYC'.toLowerCase(),
  ],
  'two-factor': [
    'two-factor',
    'two factor',
    'multi-factor',
    'mfa',
    'two-step verification',

    '2-step',
    'two-step',
    '2-factor',
    '2fa',
    'authenticator app',
    'passkey',
    'security key',
    '二段階認証',
    '2段階認証',
    '二要素認証',
    'パスキー',
    '認証アプリ',
    '生体認証',
    'sms認証',
  ],
};

/** Words that mark a field as the new password (or its confirmation), not the current one. */
export const NEW_PASSWORD_WORDS = [
  'new password',
  'confirm',
  're-enter',
  'repeat',
  'retype',
  'again',
  '新しいパスワード',
  '確認',
  '再入力',
  'もう一度',
  '新パスワード',
];

/** Words of forms that only look like ours: newsletters, search, payment cards. */
export const DECOY_WORDS = [
  'newsletter',
  'subscribe',
  'メルマガ',
  'メールマガジン',
  'card number',
  'カード番号',
  'クレジットカード',
  'credit card',
  'search',
  '検索',
];

/** Autocomplete tokens and what they tell. */
export const ADDRESS_AUTOCOMPLETE = [
  'street-address',
  'address-line1',
  'address-line2',
  'address-level1',
  'address-level2',
  'postal-code',
  'tel',
  'tel-national',
];

/** URL words per kind, tried when the catalog has no pattern for the page. */
export const KIND_URL_HINTS: Record<PageKind, RegExp> = {
  login: /\/(log-?in|sign-?in|sign_in|signon|auth\/login|m-einloggen)\b/,
  signup: /\/(sign-?up|sign_up|register|registration|join)\b/,
  'password-change': /(change[_-]?(pw|password)|password[_-]?(change|edit|update|reset))/,
  'email-change': /(change[_-]?e?-?mail|e?-?mail[_-]?(change|edit|update))/,
  payout: /(bank[_-]?account|payout|withdraw|wallet_trans|transfer[_-]?request|sales[_-]?proceeds)/,
  address: /(deliver[_-]?address|shipping[_-]?address|\/address(es)?\b|\/addresses\b)/,
  'identity-verification': /(identity|verification\/id|kyc|honnin|id[_-]?verify)/,
  'two-factor': /(two[_-]?factor|2fa|mfa|passkeys?|authdevice|otp[_-]?settings)/,
};

/** Text as compared: NFKC-folded, lower-case, collapsed white space. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function containsAny(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(word));
}

export function countHits(text: string, words: readonly string[]): number {
  let hits = 0;
  for (const word of words) if (text.includes(word)) hits++;
  return hits;
}
