import browser from 'webextension-polyfill';

/** This extension's id and origin (`chrome-extension://<id>/`), for sender checks. */
export function extensionIdentity(): { id: string; origin: string } {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('') };
}
