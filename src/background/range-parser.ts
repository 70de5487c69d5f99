/**
 * Strict reading of Pwned Passwords range responses: lines of a 35-hex suffix, `:`, a decimal
 * count, separated by CRLF or LF. Any malformed line invalidates the whole body, because a
 * half-understood answer must never turn into `clean`. Count-0 lines are padding, not breaches.
 *
 * The hot path works on the response bytes: one validating pass that also finds the suffix asked
 * about. The cache keeps breached suffixes packed as 18 bytes each (a zero nibble, then 35
 * nibbles), so it holds no hex text and a cached lookup compares bytes.
 */
export interface PackedRange {
  suffixes: Uint8Array;
  counts: Uint32Array;
  size: number;
}

export type RangeLookup = { ok: true; count: number; lines: number } | { ok: false; reason: string };
export type RangeParseResult = { ok: true; range: PackedRange } | { ok: false; reason: string };

export const SUFFIX_HEX_LENGTH = 35;
export const PACKED_SUFFIX_BYTES = 18;
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

/** Value of a hex digit byte (valid input only). */
function nibble(byte: number): number {
  return byte <= NINE ? byte - ZERO : (byte | LOWER_BIT) - 87;
}

/** True when the 35 bytes at `start` are all hex digits; unrolled by 7, the loop's hot spot. */
function isHexSuffix(bytes: Uint8Array, start: number): boolean {
  let valid = 1;
  for (let index = start, end = start + SUFFIX_HEX_LENGTH; index < end; index += 7) {
    valid &=
      (IS_HEX[bytes[index] as number] as number) &
      (IS_HEX[bytes[index + 1] as number] as number) &
      (IS_HEX[bytes[index + 2] as number] as number) &
      (IS_HEX[bytes[index + 3] as number] as number) &
      (IS_HEX[bytes[index + 4] as number] as number) &
      (IS_HEX[bytes[index + 5] as number] as number) &
      (IS_HEX[bytes[index + 6] as number] as number);
  }
  return valid === 1;
}

function sameSuffix(bytes: Uint8Array, start: number, target: Uint8Array): boolean {
  for (let index = 0; index < SUFFIX_HEX_LENGTH; index++) {
    if (((bytes[start + index] as number) | LOWER_BIT) !== (target[index] as number)) return false;
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
  const target = new TextEncoder().encode(suffixHex.toLowerCase());
  const firstTarget = target[0] as number;
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
    let byte = bytes[position] as number;
    while (byte >= ZERO && byte <= NINE) {
      value = value * 10 + (byte - ZERO);
      byte = bytes[++position] as number;
    }
    const digits = position - digitsStart;
    if (digits === 0 || digits > MAX_COUNT_DIGITS || value > 0xffffffff) {
      return { ok: false, reason: `line ${line}: count is not a decimal number` };
    }
    if (position < length) {
      if (byte === CR) byte = bytes[++position] as number;
      if (byte !== LF) return { ok: false, reason: `line ${line}: unexpected character` };
      position++;
    }
    if (value > 0) {
      if (
        count === 0 &&
        ((bytes[start] as number) | LOWER_BIT) === firstTarget &&
        sameSuffix(bytes, start, target)
      )
        count = value;
      onLine?.(start, value);
    }
  }
  return { ok: true, count, lines: line };
}

/** Validates a body and keeps its breached suffixes packed (for the cache and for tests). */
export function packRange(bytes: Uint8Array): RangeParseResult {
  const starts: number[] = [];
  const values: number[] = [];
  const checked = lookupRange(bytes, '0'.repeat(SUFFIX_HEX_LENGTH), (start, value) => {
    starts.push(start);
    values.push(value);
  });
  if (!checked.ok) return checked;
  const suffixes = new Uint8Array(starts.length * PACKED_SUFFIX_BYTES);
  starts.forEach((start, entry) => {
    const offset = entry * PACKED_SUFFIX_BYTES;
    suffixes[offset] = nibble(bytes[start] as number);
    for (let byte = 1; byte < PACKED_SUFFIX_BYTES; byte++) {
      suffixes[offset + byte] =
        (nibble(bytes[start + 2 * byte - 1] as number) << 4) | nibble(bytes[start + 2 * byte] as number);
    }
  });
  return { ok: true, range: { suffixes, counts: Uint32Array.from(values), size: starts.length } };
}

/** Convenience for text bodies (tests, fixtures). */
export function parseRange(body: string): RangeParseResult {
  return packRange(new TextEncoder().encode(body));
}

/** Packs a 35-hex suffix for `countOf`. Throws on bad input: callers pass our own SHA-1 output. */
export function packedSuffix(suffixHex: string): Uint8Array {
  const bytes = new TextEncoder().encode(suffixHex);
  if (bytes.length !== SUFFIX_HEX_LENGTH || !isHexSuffix(bytes, 0))
    throw new TypeError('suffix must be 35 hex characters');
  const packed = new Uint8Array(PACKED_SUFFIX_BYTES);
  packed[0] = nibble(bytes[0] as number);
  for (let byte = 1; byte < PACKED_SUFFIX_BYTES; byte++) {
    packed[byte] = (nibble(bytes[2 * byte - 1] as number) << 4) | nibble(bytes[2 * byte] as number);
  }
  return packed;
}

/** Breach count of a packed suffix in a cached range; 0 when it is not there. */
export function countOf(range: PackedRange, suffix: Uint8Array): number {
  const { suffixes, counts, size } = range;
  const first = suffix[0];
  outer: for (let entry = 0; entry < size; entry++) {
    const offset = entry * PACKED_SUFFIX_BYTES;
    if (suffixes[offset] !== first) continue;
    for (let byte = 1; byte < PACKED_SUFFIX_BYTES; byte++) {
      if (suffixes[offset + byte] !== suffix[byte]) continue outer;
    }
    return counts[entry] as number;
  }
  return 0;
}
