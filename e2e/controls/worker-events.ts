// Control: also answers messages from web pages (with `externally_connectable` in the manifest).
import browser, { type Runtime } from 'webextension-polyfill';
import * as real from '../../src/platform/worker-events';

// Everything else as shipped; the local export below takes precedence over the star export.
export * from '../../src/platform/worker-events';

export function onRuntimeMessage(
  route: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>,
): void {
  real.onRuntimeMessage(route);
  browser.runtime.onMessageExternal.addListener((message: unknown, sender: Runtime.MessageSender) =>
    route(message, sender),
  );
}
