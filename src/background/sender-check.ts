import type { Runtime } from 'webextension-polyfill';
import { expectedSender, type MessageName } from '../platform/contract/messages';

/**
 * Why a message must be refused, or null when its sender is who the message name says. Only this
 * extension's own contexts may talk to us; content-script messages must come from a web page's
 * tab and extension-page messages from our own origin. Nothing may send us what only we send.
 */
export function senderProblem(
  name: MessageName,
  sender: Runtime.MessageSender,
  runtimeId: string,
  extensionOrigin: string,
): string | null {
  if (sender.id !== runtimeId) return 'sender is not this extension';
  const url = sender.url ?? '';
  const fromExtensionPage = url.startsWith(extensionOrigin);
  const expected = expectedSender(name);
  if (expected === 'content') {
    if (fromExtensionPage || !sender.tab || !/^https?:\/\//.test(url))
      return 'sender is not a content script';
  } else if (expected === 'extension-page') {
    if (!fromExtensionPage) return 'sender is not an extension page';
  } else {
    return 'only the background sends this';
  }
  return null;
}

/** A content script may only speak for the frame it runs in. */
export function claimedHostMatches(claimedHostname: string, sender: Runtime.MessageSender): boolean {
  try {
    return new URL(sender.url ?? '').hostname === claimedHostname.toLowerCase();
  } catch {
    return false;
  }
}
