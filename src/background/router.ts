import browser, { type Runtime } from 'webextension-polyfill';
import { credentialGroupOf } from '../shared/domain';
import type { Envelope, MessageName, ReplyOf } from '../shared/messages';
import { PAGE_KINDS } from '../shared/page-kinds';
import { updateSettings } from '../shared/settings';
import { rememberCheck, takeCarryOver } from './carry-over';
import { checkPassword } from './check-password';

import { pageSeen } from './page-seen';
import { isHostname, isPageKindOrUnknown, isRecord, isToken } from './payload-checks';
import { claimedHostMatches, senderProblem } from './sender-check';

type Handler<N extends MessageName> = (
  payload: Record<string, unknown>,
  sender: Runtime.MessageSender,
) => Promise<ReplyOf<N>> | null;

function toggle(list: string[], item: string, present: boolean): string[] {
  const without = list.filter((entry) => entry !== item);
  return present ? [...without, item] : without;
}

/**
 * One handler per message. Each validates its payload and returns null to refuse; content
 * messages must name the very host they were sent from.
 */
const HANDLERS: { [N in MessageName]: Handler<N> } = {
  'content-to-background:check-password': (payload, sender) => {
    const { token, hostname, pageKind, fieldRole, password, username } = payload;
    if (!isToken(token) || !isHostname(hostname) || !claimedHostMatches(hostname, sender)) return null;
    if (!isPageKindOrUnknown(pageKind) || (fieldRole !== 'current' && fieldRole !== 'new')) return null;
    if (typeof password !== 'string' || password.length === 0 || password.length > 1024) return null;
    if (username !== undefined && (typeof username !== 'string' || username.length > 320)) return null;
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.frameId === 0)
      void rememberCheck(tabId, token, sender.url ?? '').catch(() => undefined);
    return checkPassword({
      token,
      hostname,

      pageKind: pageKind as never,
      fieldRole,
      password,
      ...(username ? { username } : {}),
    });
  },
  'content-to-background:page-seen': (payload, sender) => {
    const { hostname, pageKind } = payload;
    if (!isHostname(hostname) || !claimedHostMatches(hostname, sender) || !isPageKindOrUnknown(pageKind))
      return null;
    const tabId = sender.tab?.id;
    const topFrame = sender.frameId === 0 && tabId !== undefined;
    return Promise.all([
      pageSeen({ hostname, pageKind: pageKind as never }),
      topFrame ? takeCarryOver(tabId, sender.url ?? '').catch(() => undefined) : undefined,
    ]).then(([reply, carryOverToken]) => (carryOverToken ? { ...reply, carryOverToken } : reply));
  },
  'content-to-background:show-warning-in-top-frame': (payload, sender) => {
    const { hostname, token, frameId } = payload;
    const tabId = sender.tab?.id;
    if (
      !isHostname(hostname) ||
      !claimedHostMatches(hostname, sender) ||
      !isToken(token) ||
      !isToken(frameId) ||
      tabId === undefined
    )
      return null;
    // Only our own content script in the top frame answers; if there is none, the sender shows it.
    return browser.tabs
      .sendMessage(tabId, { name: 'background-to-content:mount-warning', token, frameId }, { frameId: 0 })
      .then(
        (reply: unknown) => ({ shown: reply === true }),
        () => ({ shown: false }),
      );
  },
  'page-to-background:dismiss-banner': (payload) => {
    const { hostname, pageKind } = payload;
    if (!isHostname(hostname) || !PAGE_KINDS.includes(pageKind as never)) return null;
    const key = `${credentialGroupOf(hostname)}|${String(pageKind)}`;
    return updateSettings((current) => ({
      dismissedBanners: toggle(current.dismissedBanners, key, true),
    })).then(() => ({ ok: true as const }));
  },
  'page-to-background:close-frame': (payload, sender) => {
    const { frameId } = payload;
    const tabId = sender.tab?.id;
    if (!isToken(frameId) || tabId === undefined) return null;
    // Relay to the content scripts of the frame's tab; only the one that owns the frame acts.
    return browser.tabs.sendMessage(tabId, { name: 'background-to-content:close-frame', frameId }).then(
      () => ({ ok: true as const }),
      () => ({ ok: true as const }),
    );
  },
  'page-to-background:mute-site': (payload) => {
    const { hostname, muted } = payload;
    if (!isHostname(hostname) || typeof muted !== 'boolean') return null;
    const group = credentialGroupOf(hostname);
    return updateSettings((current) => ({ mutedGroups: toggle(current.mutedGroups, group, muted) })).then(
      () => ({ ok: true as const }),
    );
  },
};

/**
 * Entry point for every runtime message. Refusals are replies (`{ error }`), not exceptions, so a
 * hostile or buggy sender learns nothing beyond "refused" and nothing is logged with payloads.
 */
export async function routeMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  if (
    !isRecord(message) ||
    typeof message.name !== 'string' ||
    !(message.name in HANDLERS) ||
    !isRecord(message.payload)
  ) {
    return { error: 'unknown message' };
  }
  const { name, payload } = message as unknown as Envelope & { payload: Record<string, unknown> };
  const problem = senderProblem(name, sender, browser.runtime.id, browser.runtime.getURL(''));
  if (problem) return { error: problem };
  const handler = HANDLERS[name] as Handler<MessageName>;
  const reply = handler(payload, sender);
  if (!reply) return { error: 'invalid payload' };
  try {
    return await reply;
  } catch (error) {
    // Never echo the error: it could carry payload data. Name the failure kind only.
    return { error: `handler failed (${error instanceof Error ? error.name : 'unknown'})` };
  }
}
