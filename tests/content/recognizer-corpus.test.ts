// @vitest-environment happy-dom
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogPageKind } from '../../src/catalog/catalog';
import { recognizePage } from '../../src/content/recognizer';
import { PAGE_KINDS } from '../../src/model/page-kinds';
import { formatScoreTable, scoreByKind, type Outcome } from '../../e2e/support/precision-recall';

interface CorpusPage {
  url: string;
  kind: string | null;
  shape: string;
}

const corpus = JSON.parse(readFileSync(join(import.meta.dirname, '../../e2e/corpus.json'), 'utf8')) as {
  pages: CorpusPage[];
};
// These shapes need a running page (scripts, shadow roots built at run time, frames): e2e covers them.
const BROWSER_ONLY = new Set(['late-fields', 'shadow-dom', 'iframe-host', 'spa']);
const staticPages = corpus.pages.filter((page) => !BROWSER_ONLY.has(page.shape));

function pageFile(url: string): string {
  const { hostname, pathname } = new URL(url);
  const relative = pathname.endsWith('/') ? `${pathname}index` : pathname;
  const file = relative.endsWith('.html') ? relative : `${relative}.html`;
  return readFileSync(join(import.meta.dirname, `../../e2e/pages/${hostname}${file}`), 'utf8');
}

function classify(page: CorpusPage): string | null {
  const happyWindow = window as unknown as { happyDOM: { setURL(url: string): void } };
  happyWindow.happyDOM.setURL(page.url);
  const html = pageFile(page.url).replace(/<script[\s\S]*?<\/script>/g, '');
  document.documentElement.innerHTML = html
    .replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>[\s\S]*$/, '');
  // As the product decides: a catalogued URL shape (the background's) first, else the content.
  const { hostname, pathname } = new URL(page.url);
  return catalogPageKind(hostname, pathname) ?? recognizePage(document).kind;
}

describe('recognizer on the labelled corpus (DOM level)', () => {
  it('has a corpus of at least 40 pages covering every kind and negatives', () => {
    expect(corpus.pages.length).toBeGreaterThanOrEqual(40);
    for (const kind of PAGE_KINDS)
      expect(
        corpus.pages.some((page) => page.kind === kind),
        kind,
      ).toBe(true);
    expect(corpus.pages.filter((page) => page.kind === null).length).toBeGreaterThanOrEqual(8);
  });

  it('reaches precision and recall of at least 0.95 for every kind', () => {
    const outcomes: Outcome[] = staticPages.map((page) => ({
      url: page.url,
      expected: page.kind,
      actual: classify(page),
    }));
    const scores = scoreByKind(outcomes, PAGE_KINDS);
    console.log(formatScoreTable(`Recognizer, ${outcomes.length} static pages (happy-dom)`, scores));
    const wrong = outcomes.filter((outcome) => outcome.expected !== outcome.actual);
    expect(wrong, 'misclassified pages').toEqual([]);
    for (const score of scores) {
      expect(score.precision, `${score.kind} precision`).toBeGreaterThanOrEqual(0.95);
      expect(score.recall, `${score.kind} recall`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
