/**
 * Strict parser for Pwned Passwords range responses: lines of a 35-hex suffix, `:`, a decimal
 * count, separated by CRLF or LF. Any malformed line invalidates the whole body, because a
 * half-understood answer must never turn into `clean`. Count-0 lines are padding and are dropped.
 *
 * Breached suffixes are packed as 18 bytes each (a leading zero nibble, then 35 nibbles), so the
 * cache holds no hex text and a lookup compares bytes, not strings.
 */
export interface PackedRange {
  suffixes: Uint8Array;
  counts: Uint32Array;
  size: number;
}

export type RangeParseResult = { ok: true; range: PackedRange } | { ok: false; reason: string };

export const SUFFIX_HEX_LENGTH = 35;
export const PACKED_SUFFIX_BYTES = 18;
const MAX_COUNT_DIGITS = 10;
const COLON = 58;
const CR = 13;
const LF = 10;

const NIBBLE = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 10; digit++) NIBBLE[48 + digit] = digit;
for (let letter = 0; letter < 6; letter++) {
  NIBBLE[65 + letter] = 10 + letter;
  NIBBLE[97 + letter] = 10 + letter;
}

function nibbleAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (NIBBLE[code] as number) : -1;
}

/** Packs 35 hex characters at `start` into `target[offset..offset+18)`; false if not hex. */
function packSuffix(text: string, start: number, target: Uint8Array, offset: number): boolean {
  const first = nibbleAt(text, start);
  if (first < 0) return false;
  target[offset] = first;
  for (let byte = 1; byte < PACKED_SUFFIX_BYTES; byte++) {
    const high = nibbleAt(text, start + 2 * byte - 1);
    const low = nibbleAt(text, start + 2 * byte);
    if ((high | low) < 0) return false;
    target[offset + byte] = (high << 4) | low;
  }
  return true;
}

export function parseRange(body: string): RangeParseResult {
  const length = body.length;
  if (length === 0) return { ok: false, reason: 'empty body' };
  const capacity = Math.floor(length / (SUFFIX_HEX_LENGTH + 2)) + 1;
  const suffixes = new Uint8Array(capacity * PACKED_SUFFIX_BYTES);
  const counts = new Uint32Array(capacity);
  let size = 0;
  let position = 0;
  let line = 0;
  while (position < length) {
    line++;
    if (size >= capacity) return { ok: false, reason: `too many lines at line ${line}` };
    if (!packSuffix(body, position, suffixes, size * PACKED_SUFFIX_BYTES)) {
      return { ok: false, reason: `line ${line}: suffix is not 35 hex characters` };
    }
    position += SUFFIX_HEX_LENGTH;
    if (body.charCodeAt(position) !== COLON) return { ok: false, reason: `line ${line}: expected ':'` };
    position++;
    let count = 0;
    const digitsStart = position;
    for (let code = body.charCodeAt(position); code >= 48 && code <= 57; code = body.charCodeAt(position)) {
      count = count * 10 + (code - 48);
      position++;
    }
    const digits = position - digitsStart;
    if (digits === 0 || digits > MAX_COUNT_DIGITS || count > 0xffffffff) {
      return { ok: false, reason: `line ${line}: count is not a decimal number` };
    }
    if (position < length) {
      if (body.charCodeAt(position) === CR) position++;
      if (body.charCodeAt(position) !== LF)
        return { ok: false, reason: `line ${line}: unexpected character` };
      position++;
    }
    counts[size] = count;
    if (count > 0) size++; // a count-0 line is padding: the next line overwrites its slot
  }
  return { ok: true, range: { suffixes, counts, size } };
}

/** Packs a 35-hex suffix for `countOf`. Throws on bad input: callers pass our own SHA-1 output. */
export function packedSuffix(suffixHex: string): Uint8Array {
  const packed = new Uint8Array(PACKED_SUFFIX_BYTES);
  if (suffixHex.length !== SUFFIX_HEX_LENGTH || !packSuffix(suffixHex, 0, packed, 0)) {
    throw new TypeError('suffix must be 35 hex characters');
  }
  return packed;
}

/** Breach count of `suffix` in `range`; 0 when it is not there. */
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
