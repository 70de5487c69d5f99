/**
 * The registered account facts the sentinel follows (test contract: banner `data-changed-facts`).
 * These are what the 2019 attacker changed before the payout: e-mail, kana name, bank account.
 */
export const ACCOUNT_FACTS = ['email', 'phone', 'kana-name', 'bank-account', 'address'] as const;
export type AccountFact = (typeof ACCOUNT_FACTS)[number];

/**
 * Where a displayed value goes: a whole fact, or one part of a fact shown in pieces (bank name,
 * branch and account number make one payout account).
 */
export const FACT_SLOTS = [
  'email',
  'phone',
  'kana-name',
  'bank-account:bank',
  'bank-account:branch',
  'bank-account:number',
  'address',
  'address:postal',
] as const;
export type FactSlot = (typeof FACT_SLOTS)[number];

export function factOfSlot(slot: FactSlot): AccountFact {
  return slot.split(':')[0] as AccountFact;
}
