// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../src/model/page-kinds';
import { formatScoreTable, scoreByKind } from '../../e2e/support/precision-recall';
import { accuracy, outcomesOf, tuningShard } from './support/external-corpus-happy-dom';

// Half 2 of the tuning half (split by source; the test half is read in recognizer-external-corpus).
// A regression floor just under what the shipped weights read today; see that file for the rest.
const FLOOR = 0.81;

describe('recognizer on the external corpus at a neutral URL (DOM level, happy-dom)', () => {
  it(`tuning half, shard 2 of 2: exact accuracy ≥ ${FLOOR} (per-kind table and misses printed)`, () => {
    const results = outcomesOf(tuningShard(1));
    const right = results.filter((o) => o.expected === o.actual).length;
    console.log(
      formatScoreTable(
        `External tuning half, shard 2 (happy-dom), ${right} of ${results.length} right, accuracy ${accuracy(results).toFixed(2)}`,
        scoreByKind(results, PAGE_KINDS),
      ),
    );
    console.log(
      'misclassified:',
      results.filter((o) => o.expected !== o.actual),
    );
    expect(accuracy(results)).toBeGreaterThanOrEqual(FLOOR);
    // Hundreds of pages parsed one by one: longer than a unit test's usual 30 s on a slow machine.
  }, 120_000);
});
