import type { Envelope, ReplyOf } from '../platform/contract/messages';
import { watchCommits, type PasswordEntry } from './commit-watcher';
import { trackUserInput } from './field-provenance';
import { mountFrame, unmountFrame } from './frame-host';
import { mayCheck } from './check-throttle';
import { randomToken } from './random-token';

type CheckReply = ReplyOf<'content-to-background:check-password'> | { error: string };

let shownFrameId = '';

/**
 * The opt-in all-sites reuse watch: on a site outside the catalog, a password the user typed that
 * matches one of their marketplace accounts is the phishing case ("your Rakuma password, on
 * example.com"). Deliberately tiny: no page recognition, no banners, nothing per keystroke, and
 * chrome.* rather than the polyfill, because it is injected on every site.
 */
function onPasswords(entries: PasswordEntry[]): void {
  const entry = entries[entries.length - 1];
  if (!entry || !mayCheck(entry.field)) return;
  const token = randomToken();
  const envelope: Envelope<'content-to-background:check-password'> = {
    name: 'content-to-background:check-password',
    payload: {
      token,
      hostname: location.hostname,
      pageKind: 'unknown',
      fieldRole: 'current',
      password: entry.value,
    },
  };
  chrome.runtime
    .sendMessage(envelope)
    .then((reply: CheckReply) => {
      const show = 'show' in reply && reply.show;
      shownFrameId = randomToken();
      // The same host element appears after every check, match or not: the page cannot tell
      // which from its DOM. Only a match loads the warning inside our closed shadow root.
      mountFrame('warning', show ? { token, frame: shownFrameId } : undefined, { avoid: [entry.field] });
    })
    .catch(() => undefined);
}

const lifetime = new AbortController();
trackUserInput(document, lifetime.signal);
watchCommits(document, onPasswords, lifetime.signal);

// "Not now" in our frame reaches us through the background; nothing else may close it.
chrome.runtime.onMessage.addListener((message: Envelope | undefined, sender) => {
  if (sender.id !== chrome.runtime.id || sender.tab) return;
  if (
    message?.name === 'background-to-content:close-frame' &&
    'frameId' in message.payload &&
    message.payload.frameId === shownFrameId
  )
    unmountFrame('warning');
});
