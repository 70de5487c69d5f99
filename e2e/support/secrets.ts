import { createHash } from 'node:crypto';

/** Every password a test typed or planted, so the audit can look for any trace of it. */
export const testSecrets = new Set<string>();

export function remember(password: string): string {
  testSecrets.add(password);
  return password;
}

/** The forms a password must never take outside the page it was typed in. */
export function tracesOf(password: string): { plain: string; hashes: string[] } {
  const sha1 = createHash('sha1').update(password).digest('hex');
  return { plain: password, hashes: [sha1, sha1.toUpperCase(), sha1.slice(5), sha1.slice(5).toUpperCase()] };
}
