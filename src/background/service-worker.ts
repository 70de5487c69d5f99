import browser, { type Runtime } from 'webextension-polyfill';
import { installSalt } from '../shared/install-salt';
import { routeMessage } from './router';
import { pruneVerdicts } from './verdict-store';

// Listeners are registered synchronously at top level: the worker may be woken by any of them.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(message, sender),
);

browser.runtime.onInstalled.addListener(() => {
  void installSalt();
});

browser.runtime.onStartup.addListener(() => {
  void pruneVerdicts();
});
