import browser from 'webextension-polyfill';

const SALT_KEY = 'installSalt';

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/**
 * The random per-install salt for reuse fingerprints, created once. A race between two first
 * calls is settled by re-reading after the write: whichever salt landed is the salt.
 */
export async function installSalt(): Promise<Uint8Array> {
  const stored = await browser.storage.local.get(SALT_KEY);
  const existing = stored[SALT_KEY];
  if (typeof existing === 'string' && existing.length >= 22) return fromBase64(existing);
  const fresh = crypto.getRandomValues(new Uint8Array(16));
  await browser.storage.local.set({ [SALT_KEY]: toBase64(fresh) });
  const settled = (await browser.storage.local.get(SALT_KEY))[SALT_KEY];
  return fromBase64(typeof settled === 'string' ? settled : toBase64(fresh));
}
