import type { AccountFact, FactSlot } from '../model/account-facts';
import type { PageKind } from '../model/page-kinds';

/**
 * How marketplaces label the registered facts they display, as data: Japanese and English, matched
 * against a label normalized by `labelKey` (NFKC, lower case, no spaces, colons or required marks).
 * Anchored, so "新しいメールアドレス" (a change form's empty field) is not a displayed fact.
 */
export const FACT_LABELS: readonly (readonly [FactSlot, RegExp])[] = [
  [
    'email',
    /^(ご?登録|現在の?|ログイン)?(の)?(e?メール|メールアドレス)$|^(registered|current|your)?e-?mail(address)?$/,
  ],
  ['phone', /^(ご?登録|現在の?)?(の)?(携帯)?電話番号$|^(registered)?(mobile|phone|telephone)(number)?$/],
  [
    'kana-name',
    /^(口座)?名義(\(?カナ\)?|人)?$|^(お?名前|氏名)\((カナ|フリガナ)\)$|^フリガナ$|^accountholder(name)?$|^(name|holder)\(kana\)$/,
  ],
  ['bank-account:bank', /^(金融機関|銀行)(名)?$|^(bank|bankname|financialinstitution)$/],
  ['bank-account:branch', /^支店(名)?$|^branch(name)?$/],
  ['bank-account:number', /^(振込先)?口座(番号)?$|^(bank)?accountnumber$|^(payout|bank)account$/],
  [
    'address',
    /^(お届け先|ご?住所|配送先|発送元)(住所)?$|^(shipping|delivery|home|registered|mailing)?address$/,
  ],
  ['address:postal', /^(郵便番号|〒)$|^(postal|zip)(code)?$|^postcode$/],
];

/** The label as the vocabulary expects it; also used by the content script's reader. */
export function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s:*※・]|\(必須\)|必須|\(required\)/g, '');
}

/** A word every label above contains (full-width letters too): most page text fails this at once. */
const LABEL_HINT =
  /メ|電話|名|カナ|フリガナ|口座|銀行|金融|支店|住所|届|配送|発送|郵便|〒|mail|phone|holder|kana|account|bank|branch|address|postal|zip|post|ｍ|ｐ|ａ/i;

export function slotOfLabel(text: string): FactSlot | undefined {
  if (text.length > 40 || !LABEL_HINT.test(text)) return undefined;
  const key = labelKey(text);
  return FACT_LABELS.find(([, pattern]) => pattern.test(key))?.[0];
}

/** Words in a change form's field labels that say which fact the form changes. */
const FORM_KEYWORDS: readonly (readonly [AccountFact, RegExp])[] = [
  ['email', /メール|e-?mail/],
  ['phone', /電話|phone|mobile/],
  ['kana-name', /名義|カナ|フリガナ|holder|kana/],
  ['bank-account', /口座|銀行|支店|bank|branch|accountnumber/],
  ['address', /住所|お届け|郵便|address|postal|zip/],
];

/** What a change page of each kind changes, whatever its labels say. */
const FACTS_OF_PAGE: Partial<Record<PageKind, readonly AccountFact[]>> = {
  'email-change': ['email'],
  payout: ['bank-account', 'kana-name'],
  address: ['address', 'phone'],
};

/** The facts a submitted form changes, from its fields' labels and the page kind. */
export function factsOfChangeForm(fieldLabels: readonly string[], pageKind: PageKind | null): AccountFact[] {
  const facts = new Set<AccountFact>(pageKind ? (FACTS_OF_PAGE[pageKind] ?? []) : []);
  for (const label of fieldLabels) {
    const key = labelKey(label);
    for (const [fact, pattern] of FORM_KEYWORDS) if (pattern.test(key)) facts.add(fact);
  }
  return [...facts];
}
