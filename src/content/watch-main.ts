import { send } from '../shared/messages';
import { mountFrame } from './frame-host';
import { watchPasswords, type PasswordEntry } from './password-watcher';
import { randomToken } from './random-token';

/**
 * The opt-in all-sites reuse watch: on a site outside the catalog, a password that matches one of
 * the user's marketplace accounts is the phishing case ("your Rakuma password, on example.com").
 * Deliberately tiny: no page recognition, no banners, nothing per keystroke.
 */
function onPasswords(entries: PasswordEntry[]): void {
  const entry = entries[entries.length - 1];
  if (!entry) return;
  const token = randomToken();
  const frameId = randomToken();
  const request = {
    token,
    hostname: location.hostname,
    pageKind: 'unknown',
    fieldRole: 'current',
    password: entry.value,
  } as const;
  send('content-to-background:check-password', request)
    .then((reply) => {
      if (reply.show)
        mountFrame('warning', 'src/pages/warning/warning.html', { t: token, f: frameId }, [entry.field]);
    })
    .catch(() => undefined);
}

watchPasswords(document, onPasswords, new AbortController().signal);
