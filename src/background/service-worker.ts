import browser, { type Runtime } from 'webextension-polyfill';
import { installSalt } from '../shared/install-salt';
import { routeMessage } from './router';

import { syncWatchRegistration } from './watch-registration';

// Listeners are registered synchronously at top level: the worker may be woken by any of them.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(message, sender),
);

const resyncWatch = () => void syncWatchRegistration().catch(() => undefined);

browser.runtime.onInstalled.addListener(() => {
  void installSalt();
  resyncWatch();
});

browser.runtime.onStartup.addListener(() => {
  resyncWatch();
});

browser.permissions.onAdded.addListener(resyncWatch);
browser.permissions.onRemoved.addListener(resyncWatch);
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'settings' in changes) resyncWatch();
});
