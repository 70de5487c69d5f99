import browser from 'webextension-polyfill';
import {
  parseReply,
  type BackgroundBoundName,
  type ContentBoundName,
  type Envelope,
  type ReplyOf,
  type RequestOf,
} from './contract/messages';

export type { MessageName, ReplyOf, RequestOf } from './contract/messages';

/** Sends a typed message to the background and returns its parsed reply. */
export async function sendToBackground<N extends BackgroundBoundName>(
  name: N,
  payload: RequestOf<N>,
): Promise<ReplyOf<N>> {
  const reply: unknown = await browser.runtime.sendMessage({ name, payload } satisfies Envelope<N>);
  return parseReply(name, reply);
}

/** Sends a typed message to the content scripts of a tab (one frame, or all of them). */
export async function sendToTab<N extends ContentBoundName>(
  tabId: number,
  name: N,
  payload: RequestOf<N>,
  frameId?: number,
): Promise<ReplyOf<N>> {
  const reply: unknown = await browser.tabs.sendMessage(
    tabId,
    { name, payload } satisfies Envelope<N>,
    frameId === undefined ? {} : { frameId },
  );
  return parseReply(name, reply);
}
