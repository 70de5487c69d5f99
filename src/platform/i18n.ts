import browser from 'webextension-polyfill';

export type Language = 'en' | 'ja';

/** The UI language the browser chose for us (follows `_locales`, so it is always en or ja). */
export function uiLanguage(): Language {
  return browser.i18n.getMessage('languageCode') === 'ja' ? 'ja' : 'en';
}

/**
 * Localised text by key. Missing keys show the key itself, loudly, rather than an empty string,
 * so a gap is visible in screenshots and caught by tests.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || `⟦${key}⟧`;
}

/** Translates wording decided in the domain layer, nested substitutions first. */
export function say(wording: { key: string; substitutions?: readonly (string | { key: string })[] }): string {
  const substitutions = wording.substitutions?.map((item) => (typeof item === 'string' ? item : say(item)));
  return t(wording.key, substitutions);
}
