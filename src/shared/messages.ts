import browser from 'webextension-polyfill';
import type { PageKind } from './page-kinds';

/**
 * Every runtime message and its reply, in one map. The prefix names the direction
 * (`content-to-background`, `page-to-background` for our own extension pages); the router checks
 * that the actual sender matches it.
 */
export interface MessageMap {
  'content-to-background:check-password': {
    request: {
      /** Random id chosen by the content script; the warning frame reads the verdict by it. */
      token: string;
      hostname: string;
      pageKind: PageKind | 'unknown';
      fieldRole: 'current' | 'new';
      password: string;
      username?: string;
    };
    /** `show`: mount the warning frame (always on marketplaces; on other sites only for a match). */
    reply: { outcome: 'final' | 'retry-later'; show: boolean };
  };
  'content-to-background:page-seen': {
    request: { hostname: string; pageKind: PageKind | 'unknown' };
    /** `carryOverToken`: a warning from the previous page of this tab, which navigated away first. */
    reply: { showBanner: boolean; incidentOpen: boolean; muted: boolean; carryOverToken?: string };
  };
  'content-to-background:show-warning-in-top-frame': {
    request: { hostname: string; token: string; frameId: string };
    reply: { shown: boolean };
  };
  'page-to-background:dismiss-banner': {
    request: { hostname: string; pageKind: PageKind };
    reply: { ok: true };
  };
  'page-to-background:close-frame': {
    request: { frameId: string };
    reply: { ok: true };
  };
  'page-to-background:mute-site': {
    request: { hostname: string; muted: boolean };
    reply: { ok: true };
  };
}

export type MessageName = keyof MessageMap;
export type RequestOf<N extends MessageName> = MessageMap[N]['request'];
export type ReplyOf<N extends MessageName> = MessageMap[N]['reply'];

export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  payload: RequestOf<N>;
}

/** Where a message may come from, read off its name. */
export function expectedSender(name: MessageName): 'content' | 'extension-page' {
  return name.startsWith('content-to-background:') ? 'content' : 'extension-page';
}

/** Sends a typed message to the background and returns its typed reply. */
export async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ReplyOf<N>> {
  const reply: unknown = await browser.runtime.sendMessage({ name, payload } satisfies Envelope<N>);
  if (reply && typeof reply === 'object' && 'error' in reply) {
    throw new Error(`${name} refused: ${String((reply as { error: unknown }).error)}`);
  }
  return reply as ReplyOf<N>;
}
