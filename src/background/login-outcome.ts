import { lastLoginItem, loginAttemptItems } from '../platform/contract/storage-items';
import { readVerdict, writeVerdict } from '../platform/verdict-store';

/** The check of a submitted login may still be hashing when the next page arrives. */
const WAIT_STEP_MS = 250;
const WAIT_STEPS = 60;
const ATTEMPT_LIFETIME_MS = 120_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps a login's fingerprint until its tab's next page says whether it went through. */
export async function rememberLoginAttempt(token: string, credentialGroup: string, fingerprint: string) {
  const now = Date.now();
  await loginAttemptItems.set(token, { credentialGroup, fingerprint, at: now });
  // Attempts nobody navigated after (a field left without submitting) expire with the carry-over.
  const stale = [...(await loginAttemptItems.all())].filter(
    ([, attempt]) => now - attempt.at > ATTEMPT_LIFETIME_MS,
  );
  if (stale.length > 0) await loginAttemptItems.remove(stale.map(([key]) => key));
}

/** A new password committed through the site's change form is the one that logs in from now on. */
export async function rememberLoginPassword(credentialGroup: string, fingerprint: string, at = Date.now()) {
  await lastLoginItem.update((logins) => ({ ...logins, [credentialGroup]: { fingerprint, at } }));
}

/**
 * The next page of a tab after a login submit. Leaving the login page means the password worked:
 * it becomes this login's usual password. Landing on the login page again with the usual password
 * means the site rejected it, the usual sign that someone changed it: the verdict gains `rejected`.
 * Another password (a typo) proves nothing and changes nothing.
 */
export async function settleLoginAttempt(token: string, credentialGroup: string, landedOnLogin: boolean) {
  let attempt;
  for (let step = 0; step < WAIT_STEPS && !attempt; step++) {
    attempt = await loginAttemptItems.get(token);
    if (!attempt) await pause(WAIT_STEP_MS);
  }
  if (!attempt || attempt.credentialGroup !== credentialGroup) return;
  await loginAttemptItems.remove(token);
  if (!landedOnLogin) return rememberLoginPassword(credentialGroup, attempt.fingerprint);
  const usual = (await lastLoginItem.get())[credentialGroup];
  if (usual?.fingerprint !== attempt.fingerprint) return;
  const verdict = await readVerdict(token);
  if (!verdict || verdict.tokens.includes('rejected')) return;
  const tokens = verdict.tokens.filter((item) => item !== 'clean');
  await writeVerdict(token, { ...verdict, tokens: [...tokens, 'rejected'] });
}
