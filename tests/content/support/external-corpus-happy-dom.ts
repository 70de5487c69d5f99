import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizePage } from '../../../src/content/recognizer';
import { EXTERNAL_CORPUS_DIR, externalPages, type ExternalPage } from '../../../e2e/support/external-corpus';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../../src/model/page-kinds';
import { formatScoreTable, scoreByKind, type Outcome } from '../../../e2e/support/precision-recall';

/** The kind the content script's recognizer gives a corpus page read by happy-dom at a neutral URL. */
function classify(page: ExternalPage): string | null {
  const happyWindow = window as unknown as { happyDOM: { setURL(url: string): void } };
  happyWindow.happyDOM.setURL('https://fril.jp/x-corpus/page');
  const html = readFileSync(join(EXTERNAL_CORPUS_DIR, page.file), 'utf8').replace(
    /<script[\s\S]*?<\/script>/g,
    '',
  );
  document.title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  document.documentElement.innerHTML = html
    .replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>[\s\S]*$/, '');
  return recognizePage(document).kind;
}

export function outcomesOf(pages: readonly ExternalPage[]): Outcome[] {
  return pages.map((page) => ({ url: page.file, expected: page.kind, actual: classify(page) }));
}

export const accuracy = (list: readonly Outcome[]) =>
  list.filter((o) => o.expected === o.actual).length / list.length;

/**
 * The tuning half split by source into two shards of about the same number of pages, read by two
 * test files on two cores: read by one, it was the unit suite's longest file by far. The split is
 * fixed by the manifest alone (largest sources first, each to the smaller shard).
 */
export function tuningShard(shard: 0 | 1): ExternalPage[] {
  const pages = externalPages('tuning');
  const bySource = new Map<string, ExternalPage[]>();
  for (const page of pages)
    bySource.set(page.source.repository, [...(bySource.get(page.source.repository) ?? []), page]);
  const sizes: [number, number] = [0, 0];
  const chosen = new Set<string>();
  const sources = [...bySource].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  for (const [source, list] of sources) {
    const smaller = sizes[0] <= sizes[1] ? 0 : 1;
    sizes[smaller] += list.length;
    if (smaller === shard) chosen.add(source);
  }
  return pages.filter((page) => chosen.has(page.source.repository));
}

/**
 * One shard's test: its per-kind table and misses printed, its accuracy held above `floor` (a
 * regression floor just under what the shipped weights read today).
 */
export function testTuningShard(shard: 0 | 1, floor: number): void {
  describe('recognizer on the external corpus at a neutral URL (DOM level, happy-dom)', () => {
    it(`tuning half, shard ${shard + 1} of 2: exact accuracy ≥ ${floor} (per-kind table and misses printed)`, () => {
      const results = outcomesOf(tuningShard(shard));
      const right = results.filter((o) => o.expected === o.actual).length;
      console.log(
        formatScoreTable(
          `External tuning half, shard ${shard + 1} (happy-dom), ${right} of ${results.length} right, accuracy ${accuracy(results).toFixed(2)}`,
          scoreByKind(results, PAGE_KINDS),
        ),
      );
      console.log(
        'misclassified:',
        results.filter((o) => o.expected !== o.actual),
      );
      expect(accuracy(results)).toBeGreaterThanOrEqual(floor);
      // Hundreds of pages parsed one by one: longer than a unit test's usual 30 s on a slow machine.
    }, 120_000);
  });
}
