import type { Runtime } from 'webextension-polyfill';
import { catalogPageKind } from '../catalog/catalog';
import { extensionIdentity } from '../platform/extension-identity';
import { credentialGroupOf } from '../domain/credential-groups';
import { parseEnvelope, type BackgroundBoundName, type Envelope } from '../platform/contract/messages';
import { sendToTab, type ReplyOf, type RequestOf } from '../platform/messaging';
import { updateSettings } from '../platform/settings';
import { openExtensionPage } from '../platform/tabs';
import { registrableDomain } from '../domain/credential-groups';
import { factsOfChangeForm } from '../domain/account-fact-labels';
import { writeVerdict } from '../platform/verdict-store';
import { alertByToken, answerAlert, observeFacts, rememberOwnChange } from './account-sentinel';
import { decideBanner, isMutedHost } from './banner-decision';
import { rememberCheck, takeCarryOver } from './carry-over';
import { spendCheck } from './check-budget';
import { commitPendingPassword } from './pending-new-password';
import { settleLoginAttempt } from './login-outcome';
import { tabFrameKey, settledPageKind } from './settled-page-kind';
import { checkPassword } from './password-check';
import { claimedHostMatches, senderProblem } from './sender-check';

type Handler<N extends BackgroundBoundName> = (
  payload: RequestOf<N>,
  sender: Runtime.MessageSender,
) => Promise<ReplyOf<N>>;

function toggle(list: readonly string[], item: string, present: boolean): string[] {
  const without = list.filter((entry) => entry !== item);
  return present ? [...without, item] : without;
}

/** Checks beyond the tab's budget get an `unchecked` verdict without running (see check-budget). */
async function refuseOverBudget(payload: RequestOf<'content-to-background:check-password'>) {
  await writeVerdict(payload.token, {
    state: 'done',
    tokens: ['unchecked'],
    uncheckedReason: 'rate-limited',
    fieldRole: payload.fieldRole,
    hostname: payload.hostname,
    credentialGroup: credentialGroupOf(payload.hostname),
    checkedAt: Date.now(),
  });
  return { outcome: 'rate-limited' as const, show: true };
}

/** One handler per message; payloads arrive parsed and the sender already checked. */
const HANDLERS: { [N in BackgroundBoundName]: Handler<N> } = {
  'content-to-background:check-password': async (payload, sender) => {
    // Muted here, not only in the page: a password entered before the page learnt it is muted.
    if (await isMutedHost(payload.hostname)) return { outcome: 'final', show: false };
    const tabId = sender.tab?.id;
    if (tabId !== undefined && !(await spendCheck(tabId))) return refuseOverBudget(payload);
    if (tabId !== undefined && sender.frameId === 0)
      await rememberCheck(tabId, payload.token, sender.url ?? '', payload.hostname).catch(() => undefined);
    return checkPassword(payload);
  },
  'content-to-background:page-seen': async ({ hostname, pathname, pageKind: contentKind }, sender) => {
    const pageKind = catalogPageKind(hostname, pathname) ?? contentKind;
    const tabId = sender.tab?.id;
    const topFrame = sender.frameId === 0 && tabId !== undefined;
    const group = credentialGroupOf(hostname);
    // The banner answers at once; what follows a submit waits for a late form to name the page.
    const settled = settledPageKind(
      tabId === undefined ? undefined : tabFrameKey(tabId, sender.frameId, hostname),
      pageKind,
    );
    const committed = settled.then((kind) => commitPendingPassword(group, kind)).catch(() => undefined);
    // A named kind commits before the answer, as it always did; only a page that reads as no kind waits.
    if (pageKind !== 'unknown') await committed;
    const [decision, carryOverToken] = await Promise.all([
      decideBanner(hostname, pageKind),
      topFrame ? takeCarryOver(tabId, sender.url ?? '', hostname).catch(() => undefined) : undefined,
    ]);
    if (carryOverToken)
      void settled
        .then((kind) => settleLoginAttempt(carryOverToken, group, kind === 'login'))
        .catch(() => undefined);
    return carryOverToken ? { ...decision, pageKind, carryOverToken } : { ...decision, pageKind };
  },
  'content-to-background:account-facts-seen': async ({ hostname, facts }) => {
    const alertToken = await observeFacts(hostname, facts);
    return alertToken ? { alertToken } : {};
  },
  'content-to-background:account-change-submitted': async ({ hostname, pageKind, fieldLabels }) => {
    const facts = factsOfChangeForm(fieldLabels, pageKind === 'unknown' ? null : pageKind);
    if (facts.length > 0) await rememberOwnChange(hostname, facts);
    return { ok: true };
  },
  'page-to-background:answer-account-change': async ({ alertToken, answer }) => {
    const alert = await answerAlert(alertToken, answer);
    if (alert && answer === 'hijacked') {
      const query = new URLSearchParams({ site: registrableDomain(alert.hostname), id: alert.siteId });
      await openExtensionPage('hijacked', query.toString());
    }
    return { ok: true };
  },
  'content-to-background:show-warning-in-top-frame': async ({ token, frameId }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { shown: false };
    // Only our own content script in the top frame answers; if there is none, the sender shows it.
    return sendToTab(tabId, 'background-to-content:mount-warning', { token, frameId }, 0).catch(() => ({
      shown: false,
    }));
  },
  'page-to-background:read-sentinel-alert': async ({ alertToken }) => ({
    alert: await alertByToken(alertToken),
  }),
  'page-to-background:dismiss-banner': async ({ hostname, pageKind }) => {
    const key = `${credentialGroupOf(hostname)}|${pageKind}`;
    await updateSettings((current) => ({ dismissedBanners: toggle(current.dismissedBanners, key, true) }));
    return { ok: true };
  },
  'page-to-background:close-frame': async ({ frameId }, sender) => {
    const tabId = sender.tab?.id;
    // Relay to the content scripts of the frame's tab; only the one that owns the frame acts.
    if (tabId !== undefined)
      await sendToTab(tabId, 'background-to-content:close-frame', { frameId }).catch(() => undefined);
    return { ok: true };
  },
  'page-to-background:mute-site': async ({ hostname, muted }) => {
    const group = credentialGroupOf(hostname);
    await updateSettings((current) => ({ mutedGroups: toggle(current.mutedGroups, group, muted) }));
    return { ok: true };
  },
};

/** The host a content message speaks for, which must be the host it was sent from. */
function claimedHost(envelope: Envelope): string | undefined {
  return envelope.name.startsWith('content-to-background:') && 'hostname' in envelope.payload
    ? envelope.payload.hostname
    : undefined;
}

/**
 * Entry point for every runtime message. Refusals are replies (`{ error }`), not exceptions, so a
 * hostile or buggy sender learns nothing beyond "refused" and nothing is logged with payloads.
 */
export async function routeMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const envelope = parseEnvelope(message);
  if (!envelope) return { error: 'invalid message' };
  const { id, origin } = extensionIdentity();
  const problem = senderProblem(envelope.name, sender, id, origin);
  if (problem) return { error: problem };
  const host = claimedHost(envelope);
  if (host !== undefined && !claimedHostMatches(host, sender)) return { error: 'sender is not on that host' };
  const handler = HANDLERS[envelope.name as BackgroundBoundName] as Handler<BackgroundBoundName>;
  try {
    return await handler(envelope.payload as RequestOf<BackgroundBoundName>, sender);
  } catch (error) {
    // Never echo the error: it could carry payload data. Name the failure kind only.
    return { error: `handler failed (${error instanceof Error ? error.name : 'unknown'})` };
  }
}
