/**
 * A keyed, truncated digest: SHA-256 over the install key, a purpose label and the value, cut to
 * `bits`. Different purposes never collide, installs cannot be compared, and truncation keeps a
 * stolen profile from confirming a guess with certainty (SECURITY.md "At rest").
 */
export async function keyedDigest(
  key: Uint8Array,
  purpose: string,
  value: string,
  bits: number,
): Promise<string> {
  const label = new TextEncoder().encode(`${purpose}\u0000${value}`);
  const input = new Uint8Array(key.length + label.length);
  input.set(key);
  input.set(label, key.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input));
  const hex = Array.from(digest.subarray(0, Math.ceil(bits / 8)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
  return hex.slice(0, Math.ceil(bits / 4));
}
