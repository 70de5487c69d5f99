import { HEADING_WORDS, NOT_IN_HEADINGS, NOT_THIS_CLASS, VOCABULARY, type PageClass } from './vocabulary';

/**
 * Text as compared: NFKC-folded (full-width and half-width kana agree), lower-case, every run of
 * punctuation or white space one space, so "E-Mail-Adresse" reads "e mail adresse".
 */
export function normalizeText(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{N} ]+$/u;

interface Term {
  text: string;
  /** Latin words must stand alone; CJK words may sit inside a compound. */
  wholeWords: boolean;
}

function compile(list: string | undefined): Term[] {
  return (list ?? '')
    .split('|')
    .map((word) => normalizeText(word).trim())
    .filter(Boolean)
    .map((text) => ({ text, wholeWords: LATIN_ONLY.test(text) }));
}

/**
 * Each class's words and excluded phrases, compiled on first use: a module-level computation would
 * keep the whole vocabulary in bundles that only need `containsAnyWord` (the all-sites watcher).
 */
type ClassTerms = Record<PageClass, Term[]>;
let compiledClasses:
  | { terms: ClassTerms; excluded: ClassTerms; headingTerms: ClassTerms; headingExcluded: ClassTerms }
  | undefined;

const perClass = (lists: Partial<Record<PageClass, string>>): ClassTerms =>
  Object.fromEntries(
    Object.keys(VOCABULARY).map((pageClass) => [pageClass, compile(lists[pageClass as PageClass])]),
  ) as ClassTerms;

function classTerms() {
  compiledClasses ??= {
    terms: perClass(VOCABULARY),
    excluded: perClass(NOT_THIS_CLASS),
    headingTerms: perClass(HEADING_WORDS),
    headingExcluded: perClass(NOT_IN_HEADINGS),
  };
  return compiledClasses;
}

function contains(text: string, term: Term): boolean {
  return text.includes(term.wholeWords ? ` ${term.text} ` : term.text);
}

/**
 * How many distinct words of `pageClass` occur in `text` (already normalized); `inHeadings` adds
 * the words that name a page only in its headings and leaves out those that mislead there.
 */
export function countClassWords(text: string, pageClass: PageClass, inHeadings = false): number {
  const { terms, excluded, headingTerms, headingExcluded } = classTerms();
  let scoped = text;
  const left = inHeadings ? [...excluded[pageClass], ...headingExcluded[pageClass]] : excluded[pageClass];
  for (const phrase of left) {
    if (contains(scoped, phrase))
      scoped = scoped.split(phrase.wholeWords ? ` ${phrase.text} ` : phrase.text).join(' | ');
  }
  let hits = 0;
  for (const term of terms[pageClass]) if (contains(scoped, term)) hits++;
  // Read in the heading as written: a phrase the class leaves out elsewhere may be its title here.
  if (inHeadings) for (const term of headingTerms[pageClass]) if (contains(text, term)) hits++;
  return hits;
}

const compiledLists = new Map<string, Term[]>();

/** Whether any of the `|`-separated words occurs in normalized `text`. */
export function containsAnyWord(text: string, words: string): boolean {
  let terms = compiledLists.get(words);
  if (!terms) compiledLists.set(words, (terms = compile(words)));
  return terms.some((term) => contains(text, term));
}
