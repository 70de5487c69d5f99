import { siteForHost } from '../catalog/catalog';
import { credentialGroupOf, registrableDomain } from '../domain/credential-groups';
import { maskUsername } from '../domain/username-mask';
import type { PasswordVerdict, VerdictToken } from '../model/verdict';
import { upsertAccount, type AccountUpdate } from '../platform/account-store';
import { pendingPasswordItems } from '../platform/contract/storage-items';
import { installSalt } from '../platform/install-salt';
import { recordLastVerdict } from '../platform/last-verdicts';
import type { ReplyOf, RequestOf } from '../platform/messaging';
import { pruneVerdicts, writeVerdict } from '../platform/verdict-store';
import { checkBreach, type BreachResult } from './breach-check';
import { publishBreachStage } from './breach-stage';
import { keyedDigest } from './keyed-digest';
import { detectReuse } from './reuse-detection';
import { rememberLoginAttempt } from './login-outcome';

type CheckRequest = RequestOf<'content-to-background:check-password'>;
type CheckReply = ReplyOf<'content-to-background:check-password'>;

/** Enough to tell a user's few logins apart on one site, too few to confirm a username guess. */
const USERNAME_KEY_BITS = 16;

function breachTokens(breach: BreachResult | undefined): VerdictToken[] {
  return breach ? [breach.status] : [];
}

/** The verdict with reuse added: `clean` only survives when reuse found nothing either. */
function withReuse(verdict: PasswordVerdict, reusedOn: string[]): PasswordVerdict {
  if (reusedOn.length === 0) return verdict;
  return { ...verdict, tokens: [...verdict.tokens.filter((token) => token !== 'clean'), 'reused'], reusedOn };
}

/**
 * The whole check for one password: breach, then reuse. The verdict stays `checking` (and the
 * frame's `data-verdict` empty) until both have an answer, so `clean` never shows early. The
 * password lives only in this call's memory.
 */
export async function checkPassword(request: CheckRequest): Promise<CheckReply> {
  const { token, hostname, fieldRole, password } = request;
  const site = siteForHost(hostname);
  const credentialGroup = credentialGroupOf(hostname);
  const base = { fieldRole, hostname, credentialGroup, ...(site ? { siteId: site.id } : {}) };
  await writeVerdict(token, { ...base, state: 'checking', tokens: [], checkedAt: Date.now() });
  // storage.session lives as long as the browser: keep it bounded as verdicts accumulate.
  void pruneVerdicts().catch(() => undefined);

  const breach = site ? await checkBreach(password) : undefined;
  let verdict: PasswordVerdict = {
    ...base,
    state: 'checking',
    tokens: breachTokens(breach),
    checkedAt: Date.now(),
    ...(breach?.status === 'breached' ? { breachCount: breach.count } : {}),
    ...(breach?.status === 'unchecked' ? { uncheckedReason: breach.failure } : {}),
  };
  if (breach) await publishBreachStage(token, verdict);

  // Let checks already queued (other tabs) show their breach results before this slow, blocking
  // hash runs: the fingerprint never delays a breach warning, here or elsewhere.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const salt = await installSalt();
  let reuse: { fingerprint: string; reusedOn: string[] };
  try {
    reuse = await detectReuse(password, credentialGroup, salt);
  } catch (error) {
    // Reuse could not be decided (storage failed): say so rather than `clean`.
    const tokens = verdict.tokens.filter((item) => item !== 'clean');
    await writeVerdict(token, {
      ...verdict,
      state: 'done',
      tokens: tokens.includes('unchecked') ? tokens : [...tokens, 'unchecked'],
      uncheckedReason: verdict.uncheckedReason ?? 'storage-failed',
    });
    throw error;
  }
  verdict = { ...withReuse(verdict, reuse.reusedOn), state: 'done', checkedAt: Date.now() };
  await writeVerdict(token, verdict);
  // The tab's next page tells whether this login went through (account sentinel, login-outcome.ts).
  // The current password on a password-change form is no login: after the change it is the new
  // password that logs in (pending-new-password.ts), and it must not be taken back for the old.
  if (site && fieldRole === 'current' && request.pageKind !== 'password-change')
    await rememberLoginAttempt(token, credentialGroup, reuse.fingerprint).catch(() => undefined);

  if (site) {
    await recordLastVerdict(credentialGroup, {
      tokens: verdict.tokens,
      checkedAt: verdict.checkedAt,
      ...(verdict.reusedOn ? { reusedOn: verdict.reusedOn } : {}),
    });
    const usernameKey = await keyedDigest(
      salt,
      'username',
      (request.username ?? '').trim().toLowerCase(),
      USERNAME_KEY_BITS,
    );
    const record: AccountUpdate = {
      credentialGroup,
      siteName: site.name,
      hostname: registrableDomain(hostname),
      maskedUsername: maskUsername(request.username),
      fingerprint: reuse.fingerprint,
      lastBreachVerdict: breach?.status ?? 'unchecked',
      lastCheckedAt: Date.now(),
    };
    if (fieldRole === 'current') await upsertAccount(record, usernameKey);
    else await pendingPasswordItems.set(credentialGroup, { record, usernameKey, at: Date.now() });
  }
  return {
    outcome: breach?.status === 'unchecked' ? 'retry-later' : 'final',
    show: Boolean(site) || reuse.reusedOn.length > 0,
  };
}
