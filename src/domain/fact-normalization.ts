import { factOfSlot, type AccountFact, type FactSlot } from '../model/account-facts';

/** Characters sites put where they hide part of a value (after NFKC: `＊` is `*`). */
const MASK_CHARACTERS = /[*●•○◯x×]/g;
const MASK_RUN = /\*+/g;

/** Katakana for hiragana, so `やまだ` and `ヤマダ` (and, after NFKC, `ﾔﾏﾀﾞ`) are one name. */
function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));
}

/**
 * One displayed value as the sentinel compares it: NFKC (full-width letters and digits,
 * half-width kana), case, spacing and punctuation that sites vary, and masks reduced to one `*`
 * per hidden run (sites differ in how many stars they draw).
 */
export function normalizeFactValue(slot: FactSlot, raw: string): string {
  let text = raw.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const fact = factOfSlot(slot);
  const numeric = fact === 'phone' || slot === 'bank-account:number' || slot === 'address:postal';
  if (fact === 'email') text = text.replace(/\s/g, '').replace(/[●•○◯]/g, '*');
  else if (numeric) text = text.replace(/[\s\-‐‑–—ー()〒+]/g, '').replace(MASK_CHARACTERS, '*');
  else if (fact === 'kana-name')
    text = toKatakana(text)
      .replace(/[\s・]/g, '')
      .replace(/[●•○◯]/g, '*');
  else
    text = toKatakana(text)
      .replace(/[\s,、。\-‐‑–—ー]/g, '')
      .replace(/[●•○◯]/g, '*');
  return text.replace(MASK_RUN, '*');
}

/**
 * How a value is shown, with its content left out: `full`, or where the mask sits (visible
 * characters before it, after it, and whether an e-mail domain follows). A masked and a full
 * showing of one value are compared only with showings of the same shape.
 */
export function viewOf(fact: AccountFact, normalized: string): string {
  if (!normalized.includes('*')) return 'full';
  const at = fact === 'email' ? normalized.lastIndexOf('@') : -1;
  const local = at >= 0 ? normalized.slice(0, at) : normalized;
  const first = local.indexOf('*');
  const after = first < 0 ? 0 : local.length - local.lastIndexOf('*') - 1;
  return `masked:${first < 0 ? local.length : first}:${after}${at >= 0 ? '@' : ''}`;
}

export interface FactObservation {
  fact: AccountFact;
  view: string;
  /** The normalized value, parts joined; lives only in the background's memory until digested. */
  value: string;
}

/**
 * Groups the slots read on one page into one observation per fact: a payout account shown as
 * bank, branch and number is one fact, its view naming which parts were shown and how.
 */
export function observationsOf(read: readonly (readonly [FactSlot, string])[]): FactObservation[] {
  const byFact = new Map<AccountFact, Map<string, string>>();
  for (const [slot, raw] of read) {
    const value = normalizeFactValue(slot, raw);
    if (!value || value === '*') continue;
    const fact = factOfSlot(slot);
    const parts = byFact.get(fact) ?? new Map<string, string>();
    if (!parts.has(slot)) parts.set(slot, value);
    byFact.set(fact, parts);
  }
  return [...byFact].map(([fact, parts]) => {
    const ordered = [...parts].sort(([a], [b]) => a.localeCompare(b));
    const view = ordered
      .map(([slot, value]) => `${slot.split(':')[1] ?? 'value'}=${viewOf(fact, value)}`)
      .join(',');
    return { fact, view, value: ordered.map(([, value]) => value).join('|') };
  });
}
