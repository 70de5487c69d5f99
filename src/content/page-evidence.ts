import type { PageKind } from '../model/page-kinds';
import type { FieldCounts, PageEvidence, TextZone } from '../domain/recognition/features';
import { containsAnyWord, countClassWords, normalizeText } from '../domain/recognition/text-match';
import { autocompleteTokens, fieldDescription, isHumanVisible, isNewPasswordField } from './field-scan';
import { isOneTimeCodeField } from './one-time-code';

type Root = Document | ShadowRoot;

const ZONE_SELECTORS: Record<Exclude<TextZone, 'fields'>, string> = {
  headings:
    'h1, h2, h3, h4, legend, [role="heading"], dialog [class*="title"], [class*="title"]:is(header *)',
  paragraphs: 'p, li, dd, small, label:not(:has(input, select, textarea))',
  // Buttons, and links styled or placed as buttons ("Forgot your password?", "Set up two-factor").
  buttons:
    'button, input[type="submit"], input[type="button"], [role="button"], a[class*="btn"], a[class*="button"], form a, main a',
};
const MAX_ELEMENTS_PER_ZONE = 60;
const MAX_TEXT_LENGTH = 300;
const FIELD_SELECTOR = 'input, select, textarea';
const NOT_TYPED = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio']);
/** `autocomplete` tokens of postal address parts (street, lines, levels, postal code, country). */
const ADDRESS_TOKEN = /^(street-address|address-|postal-code|country)/;
const EMAIL_WORDS = 'email|mail|メール|courriel|correo|郵件|郵箱';
const NAME_TOKENS = new Set(['name', 'given-name', 'family-name', 'additional-name']);
const NAME_WORDS =
  'first name|last name|full name|given name|family name|surname|氏名|名前|フリガナ|vorname|nachname|prénom|nom de famille|nombre|apellido|cognome|姓名';

/** Site chrome: the same on every page of a shop, so it says nothing about this one. */
const CHROME = 'nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]';

/** A search box in the layout (a quick search beside the logo), not the page's own search form. */
const SEARCH_INPUT =
  'input[type="search"], input[name="q"], input[name*="search" i], input[name*="keyword" i]';

function isLayoutSearch(element: Element): boolean {
  const form = element.closest('form, [role="search"]');
  if (!form || form.closest('main, [role="main"]')) return false;
  return (
    form.matches('[role="search"]') ||
    (!!form.querySelector(SEARCH_INPUT) && !form.querySelector('input[type="password"]'))
  );
}

function isSiteChrome(element: Element): boolean {
  if (element.closest(CHROME) || isLayoutSearch(element)) return true;
  // A header holding navigation or the shop's search box is the site's, not the page's.
  const header = element.closest('header');
  return !!header?.querySelector(`nav, a[href="/"] ~ *, [role="search"], ${SEARCH_INPUT}`);
}

/**
 * Text people can see: skips closed dialogs, `hidden` subtrees and `display: none` (every engine
 * the extension supports has `checkVisibility`; without it, text counts).
 */
function isTextVisible(element: Element): boolean {
  return (element as HTMLElement).checkVisibility?.() ?? true;
}

function zoneText(roots: readonly Root[], selector: string): string {
  const parts: string[] = [];
  for (const root of roots) {
    const found = root.querySelectorAll(selector);
    for (let index = 0; index < found.length && parts.length < MAX_ELEMENTS_PER_ZONE; index++) {
      const element = found[index] as Element;
      // White space collapsed first: a template's indentation is no text, and counts against no
      // length limit.
      const text = (
        element.tagName === 'INPUT' ? (element as HTMLInputElement).value : element.textContent
      )?.replace(/\s+/g, ' ');
      if (!text || text.length > MAX_TEXT_LENGTH || !isTextVisible(element)) continue;
      // Headings count wherever they are; other text only outside the site's chrome.
      if (selector === ZONE_SELECTORS.headings || !isSiteChrome(element)) parts.push(text);
    }
  }
  return normalizeText(parts.join(' | '));
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function countFields(fields: readonly Field[], passwords: readonly HTMLInputElement[]): FieldCounts {
  const counts: FieldCounts = {
    inputs: 0,
    passwords: passwords.length,
    newPasswords: passwords.filter(isNewPasswordField).length,
    currentPasswords: 0,
    oneTimeCodes: 0,
    files: 0,
    addressFields: 0,
    emailFields: 0,
    nameFields: 0,
    dateFields: 0,
    textareas: 0,
  };
  counts.currentPasswords = counts.passwords - counts.newPasswords;
  for (const field of fields) {
    // An input's type, "textarea", or "select-one" / "select-multiple".
    const type = field.type;
    if (type === 'file') counts.files++;
    if (NOT_TYPED.has(type) || type === 'file' || !isHumanVisible(field)) continue;
    counts.inputs++;
    const tokens = autocompleteTokens(field);
    const description = fieldDescription(field);
    if (field.tagName === 'INPUT' && type !== 'password' && isOneTimeCodeField(field as HTMLInputElement))
      counts.oneTimeCodes++;
    if (tokens.some((token) => ADDRESS_TOKEN.test(token)) || countClassWords(description, 'address') > 0)
      counts.addressFields++;
    // A PayPal or payout e-mail says where money goes, not which address the account has.
    if (
      (type === 'email' || tokens.includes('email') || containsAnyWord(description, EMAIL_WORDS)) &&
      !countClassWords(description, 'payout')
    )
      counts.emailFields++;
    if (tokens.some((token) => NAME_TOKENS.has(token)) || containsAnyWord(description, NAME_WORDS))
      counts.nameFields++;
    if (type === 'date' || tokens.some((token) => token.startsWith('bday'))) counts.dateFields++;
    if (type === 'textarea') counts.textareas++;
  }
  return counts;
}

/**
 * URL words per kind, read from the page's path (the host is the marketplace's, whatever the page)
 * and, apart, from where the forms people type in post: a settings page at an opaque URL still
 * posts its e-mail form to ".../email". A form with no visible field (a log-out button) says nothing.
 */
const URL_HINTS: Record<PageKind, RegExp> = {
  login: /\/(log-?in|sign-?in|sign_in|signon|session)\b/,
  signup: /\/(sign-?up|sign_up|register|registration|join)\b/,
  'password-change': /(change[_-]?(pw|password)|password[_-]?(change|edit|update|reset)|\/password\b)/,
  'email-change': /(change[_-]?e?-?mail|e?-?mail[_-]?(change|edit|update)|\/emails?\b)/,
  payout: /(bank|payout|withdraw|wallet_trans|transfer[_-]?request|sales[_-]?proceeds)/,
  address: /(deliver[_-]?address|shipping[_-]?address|\/address(es)?\b)/,
  // "identity" alone names profile pages too (PrestaShop's /identity, ASP.NET's /Identity/Account).
  'identity-verification':
    /(identity\W?verif|verif\w*\W?identity|identification|verification\/id|kyc|honnin|id[_-]?verify)/,
  'two-factor': /(two[_-]?factor|2fa|mfa|passkeys?|authdevice|otp[_-]?settings|totp)/,
};

/** Reads what the recognizer weighs from the document and its open shadow roots. */
export function readPageEvidence(
  roots: readonly Root[],
  passwords: readonly HTMLInputElement[],
  path: string,
): PageEvidence {
  const fields = roots
    .flatMap((root) => Array.from(root.querySelectorAll<Field>(FIELD_SELECTOR)))
    .filter((field) => !isSiteChrome(field));
  const visibleFields = fields.filter(
    (field) =>
      !NOT_TYPED.has((field as HTMLInputElement).type) && field.type !== 'password' && isHumanVisible(field),
  );
  const typed = [...visibleFields, ...passwords];
  const document = roots[0] as Document;
  const kindsIn = (url: string) =>
    (Object.keys(URL_HINTS) as PageKind[]).filter((kind) => URL_HINTS[kind].test(url));
  return {
    text: {
      headings: normalizeText(`${document.title ?? ''} | ${zoneText(roots, ZONE_SELECTORS.headings)}`),
      paragraphs: zoneText(roots, ZONE_SELECTORS.paragraphs),
      fields: normalizeText(typed.map(fieldDescription).join(' | ')),
      buttons: zoneText(roots, ZONE_SELECTORS.buttons),
    },
    fields: countFields(fields, passwords),
    urlKinds: kindsIn(path),
    postKinds: kindsIn(
      typed
        .map((field) => field.form?.getAttribute('action'))
        .join(' ')
        .toLowerCase(),
    ),
  };
}
