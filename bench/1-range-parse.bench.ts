import { test } from '@playwright/test';
import { pwnedPasswordRange } from 'hibp';
import { fetchRange } from '../src/background/range-fetch';
import { lookupRange } from '../src/background/range-parser';

import { HibpMock, sha1Hex } from '../e2e/support/hibp-mock';
import { sample, sampleSync } from './support/measure';
import { recordRows, rowFromSamples } from './support/results';

const RUNS = 3_000;
const WARMUP = 1_000;

test('1. range response parse + lookup: ours vs hibp vs naive vs the indexOf floor', async () => {
  const password = 'benchmark-password';
  const hash = sha1Hex(password);
  const mock = new HibpMock();
  mock.addBreachedPassword(password, 4242);
  const body = mock.rangeBody(hash.slice(0, 5), true);
  const suffix = hash.slice(5);
  const lines = body.split('\r\n').length;
  const stubFetch = (async () =>
    new Response(body, { headers: { 'content-type': 'text/plain' } })) as unknown as typeof fetch;

  // End to end from a fetch response, as each library is used in practice.
  const ours = await sample(
    async () => {
      const outcome = await fetchRange('https://api.pwnedpasswords.com/range', hash.slice(0, 5), {
        fetchImpl: stubFetch,
      });
      const lookup = outcome.ok ? lookupRange(outcome.body, suffix) : undefined;
      if (!lookup?.ok || lookup.count !== 4242) throw new Error('wrong count');
    },
    RUNS,
    WARMUP,
  );
  const realFetch = globalThis.fetch;
  globalThis.fetch = stubFetch;
  const theirs = await sample(
    async () => {
      const range = await pwnedPasswordRange(hash.slice(0, 5), { addPadding: true });
      if (range[suffix] !== 4242) throw new Error('wrong count');
    },
    RUNS,
    WARMUP,
  );
  globalThis.fetch = realFetch;

  // Parse and lookup alone, on the same string.
  const bytes = new TextEncoder().encode(body);
  const strict = sampleSync(
    () => {
      const lookup = lookupRange(bytes, suffix);
      if (!lookup.ok || lookup.count !== 4242) throw new Error('wrong count');
    },
    200,
    20,
  );
  const naive = sampleSync(
    () => {
      const found = body
        .split('\n')
        .map((line) => line.trim().split(':'))
        .find(([candidate]) => candidate === suffix);
      if (Number(found?.[1]) !== 4242) throw new Error('wrong count');
    },
    200,
    20,
  );
  const floor = sampleSync(
    () => {
      if (body.indexOf(suffix) < 0) throw new Error('missing');
    },
    200,
    200,
  );

  const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1] as number;
  recordRows([
    rowFromSamples(
      '1',
      `fetch → parse → lookup, ours (${lines} lines, ${(body.length / 1024).toFixed(0)} KB)`,
      ours,
      'µs',
      {
        comparedTo: 'hibp pwnedPasswordRange',
        ratio: median(theirs) / median(ours),
        target: '≥ 5× faster than hibp',
        met: median(theirs) / median(ours) >= 5,
      },
    ),
    rowFromSamples('1', 'fetch → parse → lookup, hibp pwnedPasswordRange', theirs, 'µs'),
    rowFromSamples('1', 'strict parse + lookup alone, ours', strict, 'µs', {
      comparedTo: 'indexOf floor',
      ratio: median(strict) / median(floor),
      target: 'within 10× of the floor',
      met: median(strict) / median(floor) <= 10,
    }),
    rowFromSamples('1', 'naive split-and-find', naive, 'µs', {
      comparedTo: 'ours (strict)',
      ratio: median(naive) / median(strict),
    }),
    rowFromSamples('1', 'floor: bare indexOf of the suffix', floor, 'µs'),
  ]);
});
