// Control: accepts every sender for every message.
import type { Runtime } from 'webextension-polyfill';
import type { MessageName } from '../../src/platform/contract/messages';

export function senderProblem(
  _name: MessageName,
  _sender: Runtime.MessageSender,
  _runtimeId: string,
  _extensionOrigin: string,
): string | null {
  return null;
}

export function claimedHostMatches(_claimedHostname: string, _sender: Runtime.MessageSender): boolean {
  return true;
}
