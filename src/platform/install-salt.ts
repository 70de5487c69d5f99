import { installSaltItem } from './contract/storage-items';

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/**
 * The random per-install salt for reuse fingerprints and keyed digests, created once. A race
 * between two first calls is settled by re-reading after the write: whichever salt landed is the salt.
 */
export async function installSalt(): Promise<Uint8Array> {
  const existing = await installSaltItem.get();
  if (existing) return fromBase64(existing);
  const fresh = toBase64(crypto.getRandomValues(new Uint8Array(16)));
  await installSaltItem.set(fresh);
  return fromBase64((await installSaltItem.get()) ?? fresh);
}
