import { argon2id } from 'hash-wasm';

/**
 * Reuse fingerprint parameters: OWASP's Argon2id minimum (19 MiB, 2 passes, 1 lane). Slow on
 * purpose, so a stolen profile cannot be brute-forced cheaply.
 */
export const FINGERPRINT_PARAMETERS = {
  memorySize: 19_456,
  iterations: 2,
  parallelism: 1,
  hashLength: 32,
} as const;

/**
 * Bits kept. 37 bits (as Chrome's and Password Alert's reuse detectors) make a false match between
 * two different passwords about 1 in 137 billion, yet leave ~2^(entropy-37) candidate passwords per
 * fingerprint, so the stored value cannot confirm a guess. Arithmetic in SECURITY.md.
 */
export const FINGERPRINT_BITS = 37;

/** Keeps the first `bits` bits of `digest` as lower-case hex (unused trailing bits zeroed). */
export function truncateDigest(digest: Uint8Array, bits: number): string {
  const bytes = Math.ceil(bits / 8);
  const kept = digest.slice(0, bytes);
  const spare = bytes * 8 - bits;
  if (spare > 0) kept[bytes - 1] = (kept[bytes - 1] as number) & (0xff << spare) & 0xff;
  return Array.from(kept, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `"<37-bit hex>:<length>"`: what an account record keeps of its password. */
export async function fingerprintPassword(password: string, salt: Uint8Array): Promise<string> {
  const digest = await argon2id({ password, salt, ...FINGERPRINT_PARAMETERS, outputType: 'binary' });
  return `${truncateDigest(digest, FINGERPRINT_BITS)}:${[...password].length}`;
}
