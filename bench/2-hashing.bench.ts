import { webcrypto } from 'node:crypto';
import { test } from '@playwright/test';
import { sha1 } from 'hash-wasm';
import { fingerprintPassword } from '../src/background/fingerprint';
import { sample } from './support/measure';
import { recordRows, rowFromSamples } from './support/results';

test('2–3. SHA-1 (hash-wasm vs WebCrypto) and the Argon2id fingerprint', async () => {
  const password = 'correct horse battery staple';
  const bytes = new TextEncoder().encode(password);
  const wasm = await sample(() => sha1(password), 3_000);
  const subtle = await sample(async () => {
    const digest = new Uint8Array(await webcrypto.subtle.digest('SHA-1', bytes));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  }, 3_000);
  const salt = webcrypto.getRandomValues(new Uint8Array(16));
  const argon = await sample(() => fingerprintPassword(password, salt), 20, 2);
  const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1] as number;
  recordRows([
    rowFromSamples('2', 'SHA-1 hex, hash-wasm (used in product)', wasm, 'µs', {
      comparedTo: 'WebCrypto',
      ratio: median(subtle) / median(wasm),
    }),
    rowFromSamples('2', 'SHA-1 hex, WebCrypto subtle.digest', subtle, 'µs'),
    rowFromSamples(
      '3',
      'reuse fingerprint: Argon2id m=19 MiB t=2 p=1 (Node, same wasm as the worker)',
      argon,
      'ms',
    ),
  ]);
});
