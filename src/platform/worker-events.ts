import browser, { type Runtime } from 'webextension-polyfill';
import { VERSIONED_ITEMS } from './contract/storage-items';
import { openGuardDb } from './database';

/**
 * The background's event sources. Each must be registered synchronously at the worker's top level:
 * the worker may be stopped between any two events and woken by any of them.
 */
export function onRuntimeMessage(
  route: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    route(message, sender),
  );
}

export function onInstalled(listener: (reason: 'install' | 'update' | 'other') => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) =>
    listener(reason === 'install' || reason === 'update' ? reason : 'other'),
  );
}

export function onBrowserStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

export function onPermissionsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}

export function onSettingsChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) listener();
  });
}

/** A tab became active, or a tab's address changed or finished loading (toolbar badge). */
export function onTabShown(listener: (tabId: number, url: string | undefined) => void): void {
  browser.tabs.onActivated.addListener(({ tabId }) => listener(tabId, undefined));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'complete') listener(tabId, tab.url);
  });
}

/** Session keys that change with every password check and say nothing about the user's accounts. */
const TRANSIENT_SESSION_PREFIXES = ['verdict:', 'range:', 'checkBudget:', 'recentCheck:', 'pendingPassword:'];

/** Anything the user's state is made of changed: settings, verdict history, alerts, ticks, incidents. */
export function onGuardDataChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const keys = Object.keys(changes);
    const meaningful =
      area === 'local' ||
      (area === 'session' &&
        keys.some((key) => !TRANSIENT_SESSION_PREFIXES.some((prefix) => key.startsWith(prefix))));
    if (meaningful) listener();
  });
}

/** Brings every stored item and the database to the current version (install, update, start-up). */
export async function migrateStoredData(): Promise<void> {
  await Promise.all(VERSIONED_ITEMS.map((item) => item.migrate().catch(() => undefined)));
  await openGuardDb().catch(() => undefined);
}
