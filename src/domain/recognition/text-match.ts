import { FORGOTTEN_PASSWORD, NOT_THIS_CLASS, VOCABULARY, type PageClass } from './vocabulary';

/**
 * Simplified Chinese characters, each followed by the Traditional form the vocabulary is written
 * in: words and text are both folded, so 「修改密码」 reads 「修改密碼」 and one word list serves both
 * scripts. Japanese shares a few of these (国, 号, 当): folded on both sides, its words still match.
 */
const SIMPLIFIED_TRADITIONAL =
  '录錄记記码碼注註册冊账帳帐帳号號设設变變电電邮郵户戶拨撥领領递遞区區国國证證护護验驗双雙两兩骤驟阶階认認订訂阅閱寻尋联聯络絡单單购購车車旧舊创創现現编編当當实實确確换換绑綁货貨银銀复復钥鑰备備';

/** Any of the Simplified characters above (every other one: the first of each pair). */
const SIMPLIFIED = new RegExp(`[${SIMPLIFIED_TRADITIONAL.replace(/(.)./g, '$1')}]`, 'g');

/**
 * Text as compared: NFKC-folded (full-width and half-width kana agree), lower-case, Simplified
 * Chinese folded to Traditional, every run of punctuation or white space one space, so
 * "E-Mail-Adresse" reads "e mail adresse".
 */
export function normalizeText(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(
      SIMPLIFIED,
      (character) => SIMPLIFIED_TRADITIONAL[SIMPLIFIED_TRADITIONAL.indexOf(character) + 1] as string,
    )
    // Also a space where Latin letters meet letters of another script, so a Latin word inside
    // Japanese or Chinese text stands alone: 「PayPalアカウント」 holds the word "paypal".
    .replace(
      /[^\p{L}\p{N}]+|(?<=\p{Script=Latin})(?=(?!\p{Script=Latin})\p{L})|(?<=(?!\p{Script=Latin})\p{L})(?=\p{Script=Latin})/gu,
      ' ',
    )
    .trim()} `;
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{N} ]+$/u;

interface Term {
  text: string;
  /** Latin words must stand alone; CJK words may sit inside a compound. */
  wholeWords: boolean;
}

function compile(list: string | undefined): Term[] {
  // Once each: folded, a Japanese word and its Traditional twin (国籍, 國籍) are one word. Longest
  // first: a word found is blanked, so no word overlapping it counts again.
  return [...new Set((list ?? '').split('|').map((word) => normalizeText(word).trim()))]
    .filter(Boolean)
    .map((text) => ({ text, wholeWords: LATIN_ONLY.test(text) }))
    .sort((a, b) => b.text.length - a.text.length);
}

/**
 * Each class's words and excluded phrases, compiled on first use: a module-level computation would
 * keep the whole vocabulary in bundles that only need `containsAnyWord` (the all-sites watcher).
 */
let compiledClasses:
  { terms: Record<PageClass, Term[]>; excluded: Record<PageClass, Term[]>; forgotten: Term[] } | undefined;

function classTerms() {
  compiledClasses ??= {
    terms: Object.fromEntries(
      Object.entries(VOCABULARY).map(([pageClass, words]) => [pageClass, compile(words)]),
    ) as Record<PageClass, Term[]>,
    excluded: Object.fromEntries(
      Object.keys(VOCABULARY).map((pageClass) => [
        pageClass,
        compile(NOT_THIS_CLASS[pageClass as PageClass]),
      ]),
    ) as Record<PageClass, Term[]>,
    forgotten: compile(FORGOTTEN_PASSWORD),
  };
  return compiledClasses;
}

function contains(text: string, term: Term): boolean {
  return text.includes(term.wholeWords ? ` ${term.text} ` : term.text);
}

/**
 * How many distinct words of `pageClass` occur in `text` (already normalized), each stretch of text
 * counted once: 「新規会員登録」 holds 新規会員 and 会員登録 but is one word. In headings a
 * forgotten-password phrase is the password page's own title: it counts for that page, not login.
 */
export function countClassWords(text: string, pageClass: PageClass, inHeadings = false): number {
  const { terms, excluded, forgotten } = classTerms();
  let hits = 0;
  let scoped = text;
  const blank = (phrase: Term) => {
    if (contains(scoped, phrase))
      scoped = scoped.split(phrase.wholeWords ? ` ${phrase.text} ` : phrase.text).join(' | ');
  };
  excluded[pageClass].forEach(blank);
  if (inHeadings)
    for (const phrase of forgotten) {
      if (pageClass === 'login') blank(phrase);
      // Read as written: the password page's exclusions do not apply to its own title.
      if (pageClass === 'password-change' && contains(text, phrase)) hits++;
    }
  for (const term of terms[pageClass])
    if (contains(scoped, term)) {
      hits++;
      blank(term);
    }
  return hits;
}

const compiledLists = new Map<string, Term[]>();

/** Whether any of the `|`-separated words occurs in normalized `text`. */
export function containsAnyWord(text: string, words: string): boolean {
  let terms = compiledLists.get(words);
  if (!terms) compiledLists.set(words, (terms = compile(words)));
  return terms.some((term) => contains(text, term));
}
