import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One page of the external corpus (`e2e/corpus-external/manifest.json`). */
export interface ExternalPage {
  file: string;
  kind: string | null;
  language: string;
  half: 'tuning' | 'test';
  source: { repository: string; path: string; commit: string };
  licence: string;
}

export const EXTERNAL_CORPUS_DIR = join(import.meta.dirname, '..', 'corpus-external');

export function externalPages(half?: 'tuning' | 'test'): ExternalPage[] {
  const manifest = JSON.parse(readFileSync(join(EXTERNAL_CORPUS_DIR, 'manifest.json'), 'utf8')) as {
    pages: ExternalPage[];
  };
  return manifest.pages.filter((page) => !half || page.half === half);
}

/** A catalogued host at a path no catalog pattern knows: only the content can decide. */
export function neutralUrl(page: ExternalPage, index: number): string {
  return `https://fril.jp/x-corpus/page-${index}?corpus=${encodeURIComponent(page.file)}`;
}

/** Where such a page plausibly lives on a catalogued marketplace (some match a catalog pattern). */
const CATALOG_PATHS: Record<string, string> = {
  login: 'https://fril.jp/login',
  signup: 'https://fril.jp/signup',
  'password-change': 'https://www.etsy.com/your/account/password',
  'email-change': 'https://jp.mercari.com/mypage/personal_info/email',
  payout: 'https://edit.wallet.yahoo.co.jp/config/wallet_trans_update',
  address: 'https://www.mercari.com/mypage/deliver_address',
  'identity-verification': 'https://fril.jp/mypage/identification',
  'two-factor': 'https://account.edit.yahoo.co.jp/authdevice',
};

export function catalogUrl(page: ExternalPage): string {
  const base = page.kind ? CATALOG_PATHS[page.kind] : 'https://fril.jp/item/3f2a9c';
  return `${base}?corpus=${encodeURIComponent(page.file)}`;
}
