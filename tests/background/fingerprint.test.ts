import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_BITS,
  FINGERPRINT_PARAMETERS,
  fingerprintPassword,
  truncateDigest,
} from '../../src/background/fingerprint';
import { maskUsername } from '../../src/domain/username-mask';

const saltA = new Uint8Array(16).fill(1);
const saltB = new Uint8Array(16).fill(2);

describe('fingerprintPassword', () => {
  it('uses at least the OWASP Argon2id minimum', () => {
    expect(FINGERPRINT_PARAMETERS.memorySize).toBeGreaterThanOrEqual(19 * 1024);
    expect(FINGERPRINT_PARAMETERS.iterations).toBeGreaterThanOrEqual(2);
    expect(FINGERPRINT_PARAMETERS.parallelism).toBe(1);
  });

  it('is deterministic per install, differs across installs and passwords, keeps the length', async () => {
    const first = await fingerprintPassword('correct horse', saltA);
    expect(await fingerprintPassword('correct horse', saltA)).toBe(first);
    expect(await fingerprintPassword('correct horse', saltB)).not.toBe(first);
    expect(await fingerprintPassword('correct horsf', saltA)).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{10}:13$/);
  });

  it('keeps exactly 37 bits', () => {
    expect(FINGERPRINT_BITS).toBe(37);
    const digest = new Uint8Array(32).fill(0xff);
    expect(truncateDigest(digest, 37)).toBe('fffffffff8');
    expect(truncateDigest(digest, 40)).toBe('ffffffffff');
    expect(truncateDigest(new Uint8Array([0x12, 0x34, 0x56, 0x78, 0x9f, 0xaa]), 37)).toBe('12345678' + '98');
  });
});

describe('maskUsername', () => {
  it.each([
    ['taro.yamada@gmail.com', 'ta***@gmail.com'],
    ['ab@example.jp', 'a***@example.jp'],
    ['a@example.jp', '***@example.jp'],
    ['seller_2019', 'se***'],
    ['x', '***'],
    ['山田太郎', '山田***'],
    ['', ''],
  ])('%s → %s', (username, masked) => {
    expect(maskUsername(username)).toBe(masked);
  });
});
