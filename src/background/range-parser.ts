/**
 * Strict reading of Pwned Passwords range responses: lines of a 35-hex suffix, `:`, a decimal
 * count, separated by CRLF or LF. Any malformed line invalidates the whole body, because a
 * half-understood answer must never turn into `clean`. Count-0 lines are padding, not breaches.
 *
 * Element reads are written `bytes[index]!`, not `bytes[index] as number` (the same JavaScript):
 * mutation testing's printer drops the parentheses `(x as number) & y` needs.
 *
 * The hot path works on the response bytes: one validating pass that also finds the suffix asked
 * about. The cache keeps keyed digests of the breached suffixes, never the suffixes themselves.
 */
export interface PackedRange {
  /** Two 32-bit words per breached line: a keyed digest of its suffix. */
  digests: Uint32Array;
  counts: Uint32Array;
}

export type RangeLookup = { ok: true; count: number; lines: number } | { ok: false; reason: string };
export type RangeParseResult = { ok: true; range: PackedRange } | { ok: false; reason: string };

export const SUFFIX_HEX_LENGTH = 35;
const MAX_COUNT_DIGITS = 10;
const COLON = 58;
const CR = 13;
const LF = 10;
const ZERO = 48;
const NINE = 57;
/** ASCII letters differ from their lower case by this bit; digits and ':' already have it. */
const LOWER_BIT = 0x20;

/** 1 for the bytes of a hex digit; a 256-entry table read without bounds branches. */
const IS_HEX = new Uint8Array(256);
for (const char of '0123456789ABCDEFabcdef') IS_HEX[char.charCodeAt(0)] = 1;

/** True when the 35 bytes at `start` are all hex digits; unrolled by 7, the loop's hot spot. */
function isHexSuffix(bytes: Uint8Array, start: number): boolean {
  let valid = 1;
  for (let index = start, end = start + SUFFIX_HEX_LENGTH; index < end; index += 7) {
    valid &=
      IS_HEX[bytes[index]!]! &
      IS_HEX[bytes[index + 1]!]! &
      IS_HEX[bytes[index + 2]!]! &
      IS_HEX[bytes[index + 3]!]! &
      IS_HEX[bytes[index + 4]!]! &
      IS_HEX[bytes[index + 5]!]! &
      IS_HEX[bytes[index + 6]!]!;
  }
  return valid === 1;
}

/** The 35 characters of a suffix as lower-case ASCII bytes, without an encoder per call. */
function lowerCaseBytes(suffixHex: string): Uint8Array {
  const bytes = new Uint8Array(SUFFIX_HEX_LENGTH);
  for (let index = 0; index < SUFFIX_HEX_LENGTH; index++)
    bytes[index] = suffixHex.charCodeAt(index) | LOWER_BIT;
  return bytes;
}

function sameSuffix(bytes: Uint8Array, start: number, target: Uint8Array): boolean {
  for (let index = 0; index < SUFFIX_HEX_LENGTH; index++) {
    if ((bytes[start + index]! | LOWER_BIT) !== target[index]!) return false;
  }
  return true;
}

/**
 * Validates a whole response and returns the count of `suffixHex` (0 when absent or padding).
 * `onLine` sees every valid line, for callers that keep the range.
 */
export function lookupRange(
  bytes: Uint8Array,
  suffixHex: string,
  onLine?: (start: number, count: number) => void,
): RangeLookup {
  const length = bytes.length;
  if (length === 0) return { ok: false, reason: 'empty body' };
  const target = lowerCaseBytes(suffixHex);
  const firstTarget = target[0]!;
  let count = 0;
  let position = 0;
  let line = 0;
  while (position < length) {
    line++;
    const start = position;
    if (start + SUFFIX_HEX_LENGTH >= length || !isHexSuffix(bytes, start)) {
      return { ok: false, reason: `line ${line}: suffix is not 35 hex characters` };
    }
    position += SUFFIX_HEX_LENGTH;
    if (bytes[position++] !== COLON) return { ok: false, reason: `line ${line}: expected ':'` };
    const digitsStart = position;
    let value = 0;
    let byte = bytes[position]!;
    while (byte >= ZERO && byte <= NINE) {
      value = value * 10 + (byte - ZERO);
      byte = bytes[++position]!;
    }
    const digits = position - digitsStart;
    if (digits === 0 || digits > MAX_COUNT_DIGITS || value > 0xffffffff) {
      return { ok: false, reason: `line ${line}: count is not a decimal number` };
    }
    if (position < length) {
      if (byte === CR) byte = bytes[++position]!;
      if (byte !== LF) return { ok: false, reason: `line ${line}: unexpected character` };
      position++;
    }
    if (value > 0) {
      if (count === 0 && (bytes[start]! | LOWER_BIT) === firstTarget && sameSuffix(bytes, start, target))
        count = value;
      onLine?.(start, value);
    }
  }
  return { ok: true, count, lines: line };
}

/**
 * A 64-bit keyed digest of a 35-hex suffix (case-insensitive), as two 32-bit halves. The cache
 * keeps these instead of suffixes, so no part of any SHA-1 is stored; with ~1,000 lines per range,
 * a false match has odds of about 1 in 10^16.
 */
function digestInto(
  bytes: Uint8Array,
  start: number,
  key: Uint32Array,
  target: Uint32Array,
  offset: number,
): void {
  let high = key[0]! ^ 0x9e3779b9;
  let low = key[1]! ^ 0x85ebca6b;
  for (let index = start, end = start + SUFFIX_HEX_LENGTH; index < end; index++) {
    const byte = bytes[index]! | LOWER_BIT;
    high = Math.imul(high ^ byte, 0x01000193);
    low = Math.imul(low ^ byte, 0x5bd1e995);
    low ^= low >>> 15;
  }
  high = Math.imul(high ^ (high >>> 16) ^ key[2]!, 0x85ebca6b);
  low = Math.imul(low ^ (low >>> 13) ^ key[3]!, 0xc2b2ae35);
  target[offset] = (high ^ (high >>> 13) ^ low) >>> 0;
  target[offset + 1] = (low ^ (low >>> 16) ^ Math.imul(high, 0x27d4eb2d)) >>> 0;
}

/** The cache key as four 32-bit words, from the per-install random salt. */
export function cacheKeyFrom(salt: Uint8Array): Uint32Array {
  const key = new Uint32Array(4);
  for (let word = 0; word < 4; word++) {
    key[word] =
      ((salt[word * 4] ?? 0) |
        ((salt[word * 4 + 1] ?? 0) << 8) |
        ((salt[word * 4 + 2] ?? 0) << 16) |
        ((salt[word * 4 + 3] ?? 0) << 24)) >>>
      0;
  }
  return key;
}

/** Validates a body and keeps its breached lines as keyed digests (for the cache and for tests). */
export function packRange(bytes: Uint8Array, key: Uint32Array): RangeParseResult {
  const starts: number[] = [];
  const values: number[] = [];
  const checked = lookupRange(bytes, '0'.repeat(SUFFIX_HEX_LENGTH), (start, value) => {
    starts.push(start);
    values.push(value);
  });
  if (!checked.ok) return checked;
  const digests = new Uint32Array(starts.length * 2);
  starts.forEach((start, entry) => digestInto(bytes, start, key, digests, entry * 2));
  return { ok: true, range: { digests, counts: Uint32Array.from(values) } };
}

/** Convenience for text bodies (tests, fixtures). */
export function parseRange(body: string, key: Uint32Array): RangeParseResult {
  return packRange(new TextEncoder().encode(body), key);
}

/** The digest of a 35-hex suffix, for `countOf`. Throws on bad input: callers pass our own SHA-1. */
export function packedSuffix(suffixHex: string, key: Uint32Array): Uint32Array {
  const bytes = new TextEncoder().encode(suffixHex);
  if (bytes.length !== SUFFIX_HEX_LENGTH || !isHexSuffix(bytes, 0))
    throw new TypeError('suffix must be 35 hex characters');
  const digest = new Uint32Array(2);
  digestInto(bytes, 0, key, digest, 0);
  return digest;
}

/** Breach count of a suffix digest in a cached range; 0 when it is not there. */
export function countOf(range: PackedRange, digest: Uint32Array): number {
  const { digests, counts } = range;
  const size = counts.length;
  const high = digest[0];
  const low = digest[1];
  for (let entry = 0; entry < size; entry++) {
    if (digests[entry * 2] === high && digests[entry * 2 + 1] === low) return counts[entry]!;
  }
  return 0;
}
