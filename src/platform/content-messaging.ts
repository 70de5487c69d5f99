import type {
  BackgroundBoundName,
  ContentBoundName,
  Envelope,
  ReplyOf,
  RequestOf,
} from './contract/messages';

/**
 * Messaging for content scripts, typed by the same contract. The content script is injected into
 * every marketplace page and keeps a size budget, so it carries no schema code: what it receives
 * comes only from this extension's background (the browser vouches for `sender.id`, and only
 * extension contexts can message a content script), and it checks the few fields it acts on. It uses
 * `chrome.*` rather than the polyfill (about 3 KB): both Chromium and Firefox give `chrome.*`
 * promises in Manifest V3, and replies go through `sendResponse`, which every engine supports.
 */

export async function sendToBackground<N extends BackgroundBoundName>(
  name: N,
  payload: RequestOf<N>,
): Promise<ReplyOf<N>> {
  const reply: unknown = await chrome.runtime.sendMessage({ name, payload } satisfies Envelope<N>);
  if (typeof reply !== 'object' || reply === null || 'error' in reply) throw new Error(`${name} refused`);
  // The reply comes from our own background, which builds it from the same contract types.
  return reply as ReplyOf<N>;
}

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

type ContentHandlers = {
  [N in ContentBoundName]?: (payload: RequestOf<N>) => ReplyOf<N> | undefined;
};

/**
 * Listens for messages from this extension's background only (never from pages, other content
 * scripts or frames), until `signal` aborts. A handler returning undefined lets another content
 * script of the tab answer.
 */
export function onBackgroundMessage(handlers: ContentHandlers, signal: AbortSignal): void {
  const listener = (
    message: unknown,
    sender: chrome.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ) => {
    if (sender.id !== chrome.runtime.id || sender.tab || typeof message !== 'object' || message === null)
      return undefined;
    const { name, payload } = message as { name?: unknown; payload?: { token?: unknown; frameId?: unknown } };
    if (typeof payload?.frameId !== 'string' || !TOKEN.test(payload.frameId)) return undefined;
    let reply;
    if (name === 'background-to-content:close-frame') reply = handlers[name]?.({ frameId: payload.frameId });
    else if (
      name === 'background-to-content:mount-warning' &&
      typeof payload.token === 'string' &&
      TOKEN.test(payload.token)
    )
      reply = handlers[name]?.({ token: payload.token, frameId: payload.frameId });
    // Answer only what this frame handled, so another frame's content script can answer instead.
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  };
  chrome.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => chrome.runtime.onMessage.removeListener(listener), { once: true });
}
