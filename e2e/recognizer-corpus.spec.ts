import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { PAGE_KINDS } from '../src/model/page-kinds';
import { expect, test, topBannerKind } from './support/fixtures';
import { catalogUrl, externalPages, neutralUrl, type ExternalPage } from './support/external-corpus';
import { formatScoreTable, scoreByKind, type Outcome } from './support/precision-recall';

interface CorpusPage {
  url: string;
  kind: string | null;
  shape: string;
}
const corpus = JSON.parse(readFileSync(join(import.meta.dirname, 'corpus.json'), 'utf8')) as {
  pages: CorpusPage[];
};
const QUIET_MS = 2_500; // fields inserted up to ~1.2 s after load still count
// This spec measures what is recognized, not how fast (the bench times the banner): a loaded CI
// machine may take seconds to show one, and a page counted as missed for that would move the
// accuracy by 0.008, enough to cross a floor.
const BANNER_MS = 6_000;
const TABS = 4;

/** The page kind the extension shows a banner for in the top document, or null. */
async function bannerKind(page: Page, expectBanner: boolean): Promise<string | null> {
  const deadline = Date.now() + (expectBanner ? BANNER_MS : QUIET_MS);
  while (Date.now() < deadline) {
    const kind = await topBannerKind(page);
    if (kind) return kind;
    await page.waitForTimeout(100);
  }
  return null;
}

/**
 * Reads every entry in a few tabs at once, results in the entries' order. Most of a page's time is
 * the quiet wait that proves no banner comes, so tabs overlap it; each tab reads one page at a time,
 * as a user's tab would.
 */
async function readInTabs<Entry>(
  context: BrowserContext,
  entries: readonly Entry[],
  read: (page: Page, entry: Entry) => Promise<Outcome>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(entries.length);
  const queue = [...entries.entries()];
  const tab = async () => {
    const page = await context.newPage();
    for (let item = queue.shift(); item; item = queue.shift()) outcomes[item[0]] = await read(page, item[1]);
    await page.close();
  };
  await Promise.all(Array.from({ length: TABS }, tab));
  return outcomes;
}

test('banners follow the recognized page kind on every corpus page (precision and recall ≥ 0.95)', async ({
  context,
}) => {
  test.setTimeout(240_000);
  const outcomes = await readInTabs(context, corpus.pages, async (page, entry) => {
    await page.goto(entry.url);
    return { url: entry.url, expected: entry.kind, actual: await bannerKind(page, entry.kind !== null) };
  });
  const scores = scoreByKind(outcomes, PAGE_KINDS);
  console.log(formatScoreTable(`Banners in Chromium, ${outcomes.length} corpus pages`, scores));
  console.log(
    'misclassified:',
    JSON.stringify(outcomes.filter((outcome) => outcome.expected !== outcome.actual)),
  );
  for (const score of scores) {
    expect(score.precision, `${score.kind} precision`).toBeGreaterThanOrEqual(0.95);
    expect(score.recall, `${score.kind} recall`).toBeGreaterThanOrEqual(0.95);
  }
});

/** Exact-kind accuracy over every page, negatives included. */
function accuracy(outcomes: readonly Outcome[]): number {
  return outcomes.filter((outcome) => outcome.expected === outcome.actual).length / outcomes.length;
}

async function readExternal(
  context: BrowserContext,
  pages: readonly ExternalPage[],
  urlOf: (entry: ExternalPage, index: number) => string,
): Promise<Outcome[]> {
  return readInTabs(context, [...pages.entries()], async (page, [index, entry]) => {
    await page.goto(urlOf(entry, index));
    return { url: entry.file, expected: entry.kind, actual: await bannerKind(page, entry.kind !== null) };
  });
}

/**
 * The goal is 0.95 exact accuracy and 0.9 recall for every kind in both modes. At a catalog URL the
 * test half meets it; at the neutral URL it falls short (README "Page recognition"). These floors sit
 * just under today's measurement (2026-11-28, 133 pages), so the gap stays visible and nothing
 * falls back further.
 */
const FLOORS = {
  'neutral URL': { accuracy: 0.85, recall: { payout: 0.28 } },
  'catalog URL': { accuracy: 0.95, recall: {} },
} as const satisfies Record<string, { accuracy: number; recall: Partial<Record<string, number>> }>;
const GOAL = { accuracy: 0.95, recall: 0.9 };

const testHalf = externalPages('test');
for (const mode of ['neutral URL', 'catalog URL'] as const) {
  test(`external corpus, test half, ${mode}: accuracy and recall hold their floors`, async ({ context }) => {
    test.setTimeout(420_000);
    const outcomes = await readExternal(context, testHalf, mode === 'neutral URL' ? neutralUrl : catalogUrl);
    const scores = scoreByKind(outcomes, PAGE_KINDS);
    console.log(
      formatScoreTable(
        `External test half at a ${mode}, ${outcomes.length} pages, exact accuracy ${accuracy(outcomes).toFixed(2)}`,
        scores,
      ),
    );
    // Which pages were missed is not printed: the test half must stay unseen by whoever tunes.
    const floors: { accuracy: number; recall: Partial<Record<string, number>> } = FLOORS[mode];
    expect(accuracy(outcomes), 'exact-kind accuracy').toBeGreaterThanOrEqual(
      Math.min(GOAL.accuracy, floors.accuracy),
    );
    for (const score of scores)
      expect(score.recall, `${score.kind} recall`).toBeGreaterThanOrEqual(
        floors.recall[score.kind] ?? GOAL.recall,
      );
  });
}
