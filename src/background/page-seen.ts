import browser from 'webextension-polyfill';
import { upsertAccount } from '../shared/account-store';
import { credentialGroupOf } from '../shared/domain';
import { openIncidentFor } from '../shared/incident-store';
import type { ReplyOf, RequestOf } from '../shared/messages';
import { SENSITIVE_PAGE_KINDS, type PageKind } from '../shared/page-kinds';
import { readSettings } from '../shared/settings';
import { siteForHost } from '../sites/catalog';
import { PENDING_PREFIX } from './check-password';

const PENDING_LIFETIME_MS = 15 * 60_000;
const BANNER_KINDS: readonly PageKind[] = ['login', 'signup', ...SENSITIVE_PAGE_KINDS];

/**
 * Leaving a password-change or signup page after entering a new password means the submit went
 * through: only now does the new fingerprint replace the old one.
 */
async function commitPendingPassword(group: string, pageKind: PageKind | 'unknown'): Promise<void> {
  if (pageKind === 'password-change' || pageKind === 'signup') return;
  const key = `${PENDING_PREFIX}${group}`;
  const pending = (await browser.storage.session.get(key))[key] as
    { record: Parameters<typeof upsertAccount>[0]; at: number } | undefined;
  if (!pending) return;
  await browser.storage.session.remove(key);
  if (Date.now() - pending.at <= PENDING_LIFETIME_MS) await upsertAccount(pending.record);
}

export async function pageSeen(
  request: RequestOf<'content-to-background:page-seen'>,
): Promise<ReplyOf<'content-to-background:page-seen'>> {
  const site = siteForHost(request.hostname);
  const group = credentialGroupOf(request.hostname);
  await commitPendingPassword(group, request.pageKind).catch(() => undefined);
  const settings = await readSettings();
  const muted = settings.mutedGroups.includes(group);
  const incidentOpen = site ? Boolean(await openIncidentFor(site.id).catch(() => undefined)) : false;
  const kind = request.pageKind;
  const dismissed = settings.dismissedBanners.includes(`${group}|${kind}`);
  // The identity-verification caution during an incident cannot be dismissed away.
  const showBanner =
    Boolean(site) &&
    kind !== 'unknown' &&
    BANNER_KINDS.includes(kind) &&
    (!dismissed || (incidentOpen && kind === 'identity-verification'));
  return { showBanner, incidentOpen, muted };
}
