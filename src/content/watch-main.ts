import type { Envelope, ReplyOf } from '../shared/messages';
import { mountFrame, unmountFrame } from './frame-host';
import { watchPasswords, type PasswordEntry } from './password-watcher';
import { randomToken } from './random-token';

type CheckReply = ReplyOf<'content-to-background:check-password'> | { error: string };

let shownFrameId = '';

/**
 * The opt-in all-sites reuse watch: on a site outside the catalog, a password that matches one of
 * the user's marketplace accounts is the phishing case ("your Rakuma password, on example.com").
 * Deliberately tiny: no page recognition, no banners, nothing per keystroke, and chrome.* rather
 * than the polyfill, because it is injected on every site.
 */
function onPasswords(entries: PasswordEntry[]): void {
  const entry = entries[entries.length - 1];
  if (!entry) return;
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
      if ('show' in reply && reply.show) {
        shownFrameId = randomToken();
        mountFrame('warning', 'src/pages/warning/warning.html', { t: token, f: shownFrameId }, [entry.field]);
      }
    })
    .catch(() => undefined);
}

watchPasswords(document, onPasswords, new AbortController().signal);

// "Not now" in our frame reaches us through the background; nothing else may close it.
chrome.runtime.onMessage.addListener((message: { name?: string; frameId?: string } | undefined, sender) => {
  if (sender.id !== chrome.runtime.id || sender.tab) return;
  if (message?.name === 'background-to-content:close-frame' && message.frameId === shownFrameId)
    unmountFrame('warning');
});
