import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cacheKeyFrom,
  countOf,
  lookupRange,
  packedSuffix,
  parseRange,
} from '../../src/background/range-parser';

const KEY = cacheKeyFrom(new Uint8Array(16).fill(7));

const hexChar = fc.constantFrom(...'0123456789ABCDEF');
const suffixArbitrary = fc.array(hexChar, { minLength: 35, maxLength: 35 }).map((chars) => chars.join(''));

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex').toUpperCase();
}

describe('parseRange', () => {
  const password = sha1('password');
  const body = [
    `${password.slice(5)}:10434004`,
    '0018A45C4D1DEF81644B54AB7F969B88D65:1',
    '00D4F6E8FA6EECAD2A3AA415EEC418D38EC:0',
  ].join('\r\n');

  it('reads a real-format CRLF body and finds the count', () => {
    const parsed = parseRange(body, KEY);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.range.counts.length).toBe(2); // the count-0 line is padding
    expect(countOf(parsed.range, packedSuffix(password.slice(5), KEY))).toBe(10434004);
    expect(countOf(parsed.range, packedSuffix('00D4F6E8FA6EECAD2A3AA415EEC418D38EC', KEY))).toBe(0);
  });

  it('accepts LF and a trailing newline, and lower-case hex', () => {
    const parsed = parseRange(body.replace(/\r\n/g, '\n').toLowerCase() + '\n', KEY);
    expect(parsed.ok && countOf(parsed.range, packedSuffix(password.slice(5), KEY))).toBe(10434004);
  });

  it.each([
    ['empty body', ''],
    ['short suffix', '0018A45C4D1DEF81644B54AB7F969B88D6:1'],
    ['full hash instead of suffix', `${password}:3`],
    ['missing count', '0018A45C4D1DEF81644B54AB7F969B88D65:'],
    ['negative count', '0018A45C4D1DEF81644B54AB7F969B88D65:-1'],
    ['non-hex', '0018A45C4D1DEF81644B54AB7F969B88D6Z:1'],
    ['HTML', '<html><body>oops</body></html>'],
    ['lone CR', '0018A45C4D1DEF81644B54AB7F969B88D65:1\r0018A45C4D1DEF81644B54AB7F969B88D66:1'],
    ['blank line inside', '0018A45C4D1DEF81644B54AB7F969B88D65:1\n\n0018A45C4D1DEF81644B54AB7F969B88D66:1'],
    ['count too large', '0018A45C4D1DEF81644B54AB7F969B88D65:99999999999'],
    ['trailing space', '0018A45C4D1DEF81644B54AB7F969B88D65:1 '],
  ])('rejects %s', (_, text) => {
    expect(parseRange(text, KEY).ok).toBe(false);
  });

  it('never throws, never reports a count-0 line as a breach, never accepts a damaged body (fuzz)', () => {
    const line = fc.tuple(suffixArbitrary, fc.nat({ max: 100_000 }));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('\r\n', '\n'),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 3 }),
        (lines, eol, cut, noise) => {
          const text = lines.map(([suffix, count]) => `${suffix}:${count}`).join(eol);
          const parsed = parseRange(text, KEY);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) {
            for (const [suffix, count] of lines) {
              const found = countOf(parsed.range, packedSuffix(suffix, KEY));
              const firstCount =
                lines.find(([other, otherCount]) => other === suffix && otherCount > 0)?.[1] ?? 0;
              expect(found).toBe(firstCount);
              // The hot path (bytes, one pass) agrees with the cached path.
              const direct = lookupRange(new TextEncoder().encode(text), suffix.toLowerCase());
              expect(direct.ok && direct.count).toBe(firstCount);
              if (count === 0 && firstCount === 0) expect(found).toBe(0);
            }
          }
          // Damage the body at a random place with characters that cannot belong there.
          const position = cut % (text.length + 1);
          const damaged =
            text.slice(0, position) + noise.replace(/[0-9A-Fa-f\r\n:]/g, 'x') + text.slice(position);
          if (/x/.test(noise.replace(/[0-9A-Fa-f\r\n:]/g, 'x')))
            expect(parseRange(damaged, KEY).ok).toBe(false);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('handles arbitrary strings without throwing (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const parsed = parseRange(text, KEY);
        if (parsed.ok) expect(parsed.range.counts.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('range details', () => {
  const enc = (text: string) => new TextEncoder().encode(text);
  const A = 'A'.repeat(35);
  const B = 'B'.repeat(35);

  it('names the empty body and the line that is wrong', () => {
    expect(lookupRange(new Uint8Array(0), A)).toEqual({ ok: false, reason: 'empty body' });
    expect(lookupRange(enc(`${A}:1\n${B}:x`), A)).toEqual({
      ok: false,
      reason: 'line 2: count is not a decimal number',
    });
    expect(lookupRange(enc(`${A}:1\n${B}:2`), A)).toEqual({ ok: true, count: 1, lines: 2 });
    expect(lookupRange(enc(`${A}:1\n${B};2`), A)).toEqual({ ok: false, reason: "line 2: expected ':'" });
    expect(lookupRange(enc(`${A}:1\r\r\n${B}:2`), A)).toEqual({
      ok: false,
      reason: 'line 1: unexpected character',
    });
  });

  it('refuses a suffix with nothing after it, even a complete one', () => {
    expect(lookupRange(enc(A), A)).toEqual({ ok: false, reason: 'line 1: suffix is not 35 hex characters' });
    expect(lookupRange(enc(`${A}:`), A)).toEqual({
      ok: false,
      reason: 'line 1: count is not a decimal number',
    });
  });

  it('accepts counts up to ten digits and 2^32 - 1, nothing beyond', () => {
    expect(lookupRange(enc(`${A}:4294967295`), A)).toMatchObject({ ok: true, count: 4294967295 });
    expect(lookupRange(enc(`${A}:0000000001`), A)).toMatchObject({ ok: true, count: 1 });
    expect(lookupRange(enc(`${A}:00000000001`), A)).toMatchObject({ ok: false });
    expect(lookupRange(enc(`${A}:4294967296`), A)).toMatchObject({ ok: false });
  });

  it('takes the first breached line of the suffix asked about', () => {
    expect(lookupRange(enc(`${B}:9\n${A}:0\n${A}:3\n${A}:5`), A)).toEqual({ ok: true, count: 3, lines: 4 });
  });

  it('builds the cache key from the salt as little-endian words, missing bytes as zero', () => {
    const salt = Uint8Array.from({ length: 16 }, (_, index) => index + 1);
    expect(Array.from(cacheKeyFrom(salt), (word) => word.toString(16))).toEqual([
      '4030201',
      '8070605',
      'c0b0a09',
      '100f0e0d',
    ]);
    expect(Array.from(cacheKeyFrom(Uint8Array.of(0xff, 0xee, 0xdd, 0xcc, 0x11)))).toEqual([
      0xccddeeff, 0x11, 0, 0,
    ]);
  });

  it('tells why a suffix cannot be digested', () => {
    expect(() => packedSuffix('XYZ', KEY)).toThrow('suffix must be 35 hex characters');
    expect(() => packedSuffix('A'.repeat(36), KEY)).toThrow('suffix must be 35 hex characters');
    expect(() => packedSuffix(`${'A'.repeat(34)}G`, KEY)).toThrow('suffix must be 35 hex characters');
  });

  it('matches a cached line only on both digest halves', () => {
    const range = { digests: Uint32Array.of(1, 2, 3, 4), counts: Uint32Array.of(7, 8) };
    expect(countOf(range, Uint32Array.of(3, 4))).toBe(8);
    expect(countOf(range, Uint32Array.of(1, 2))).toBe(7);
    expect(countOf(range, Uint32Array.of(9, 2))).toBe(0);
    expect(countOf(range, Uint32Array.of(1, 9))).toBe(0);
  });
});
