import browser from 'webextension-polyfill';
import { accountsSharingFingerprint, upsertAccount } from '../shared/account-store';
import { credentialGroupOf, registrableDomain } from '../shared/domain';
import { installSalt } from '../shared/install-salt';
import { recordLastVerdict } from '../shared/last-verdicts';
import type { ReplyOf, RequestOf } from '../shared/messages';
import type { PasswordVerdict, VerdictToken } from '../shared/verdict';
import { siteForHost } from '../sites/catalog';
import { checkBreach, type BreachResult } from './breach-check';
import { fingerprintPassword } from './fingerprint';
import { maskUsername } from './mask-username';
import { pruneVerdicts, writeVerdict } from './verdict-store';

type CheckRequest = RequestOf<'content-to-background:check-password'>;

/** A new password waits here until the user leaves the password-change page (a successful submit). */
export const PENDING_PREFIX = 'pendingPassword:';

function breachTokens(breach: BreachResult): VerdictToken[] {
  return [breach.status];
}

/**
 * The whole check for one password: breach verdict first (the user sees it without waiting for the
 * slow fingerprint), then reuse. The password lives only in this call's memory.
 */
export async function checkPassword(
  request: CheckRequest,
): Promise<ReplyOf<'content-to-background:check-password'>> {
  const { token, hostname, fieldRole, password } = request;
  const site = siteForHost(hostname);
  const group = credentialGroupOf(hostname);
  const base = { fieldRole, hostname, ...(site ? { siteId: site.id } : {}) };
  await writeVerdict(token, { ...base, state: 'checking', tokens: [], checkedAt: Date.now() });
  // storage.session lives as long as the browser: keep it bounded as verdicts accumulate.
  void pruneVerdicts().catch(() => undefined);

  const breach = site ? await checkBreach(password) : undefined;
  const verdict: PasswordVerdict = {
    ...base,
    state: 'done',
    tokens: breach ? breachTokens(breach) : [],
    checkedAt: Date.now(),
    ...(breach?.status === 'breached' ? { breachCount: breach.count } : {}),
    ...(breach?.status === 'unchecked' ? { uncheckedReason: breach.failure } : {}),
  };
  const recordVerdict = () =>
    site
      ? recordLastVerdict(group, {
          tokens: verdict.tokens,
          checkedAt: verdict.checkedAt,
          ...(verdict.breachCount ? { breachCount: verdict.breachCount } : {}),
          ...(verdict.reusedOn ? { reusedOn: verdict.reusedOn } : {}),
        })
      : Promise.resolve();
  if (breach) {
    await writeVerdict(token, verdict);
    await recordVerdict();
  }

  // Let checks already queued (other tabs) show their breach verdicts before this slow, blocking
  // hash runs: the fingerprint never delays a breach warning, here or elsewhere.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const fingerprint = await fingerprintPassword(password, await installSalt());

  const others = await accountsSharingFingerprint(fingerprint, group);
  const language = browser.i18n.getUILanguage().startsWith('ja') ? 'ja' : 'en';
  const reusedOn = [...new Set(others.map((account) => account.siteName[language]))];
  if (reusedOn.length > 0) {
    verdict.tokens = [...verdict.tokens.filter((item) => item !== 'clean'), 'reused'];
    verdict.reusedOn = reusedOn;
    await writeVerdict(token, verdict);
    await recordVerdict();
  }

  if (site) {
    const record = {
      credentialGroup: group,
      siteName: site.name,
      hostname: registrableDomain(hostname),
      maskedUsername: maskUsername(request.username),
      fingerprint,
      lastBreachVerdict: breach?.status ?? 'unchecked',
      ...(breach?.status === 'breached' ? { breachCount: breach.count } : {}),
      lastCheckedAt: Date.now(),
    } as const;
    if (fieldRole === 'current') await upsertAccount(record);
    else await browser.storage.session.set({ [`${PENDING_PREFIX}${group}`]: { record, at: Date.now() } });
  }
  return {
    outcome: breach?.status === 'unchecked' ? 'retry-later' : 'final',
    show: Boolean(site) || reusedOn.length > 0,
  };
}
