import type { PageKind } from '../model/page-kinds';
import type { MarketplaceSite } from '../model/marketplace';
import {
  openShadowRoots,
  autocompleteTokens,
  deepInputs,
  fieldDescription,
  isCheckablePasswordField,
  isHumanVisible,
  isNewPasswordField,
} from './field-scan';
import {
  ADDRESS_AUTOCOMPLETE,
  DECOY_WORDS,
  KIND_URL_HINTS,
  KIND_WORDS,
  containsAny,
  countHits,
  normalizeText,
} from './page-signals';

export interface Recognition {
  kind: PageKind | null;
  /** The document and its open shadow roots, found once per scan for every caller. */
  roots: (Document | ShadowRoot)[];
  /** Checkable password fields, current and new, in document order. */
  passwordFields: HTMLInputElement[];
}

const HEADING_SELECTOR = 'h1, h2, h3, legend, [role="heading"], dialog [class*="title"]';
const BUTTON_SELECTOR = 'button, input[type="submit"], input[type="button"], [role="button"]';
const MAX_TEXT_NODES = 60;

/** Text of the first few matches of `selector`, in the document and open shadow roots. */
function textOf(root: Document | ShadowRoot, selector: string, into: string[]): void {
  const found = root.querySelectorAll(selector);
  for (let index = 0; index < found.length && into.length < MAX_TEXT_NODES; index++) {
    const element = found[index] as HTMLElement;
    const text = element instanceof HTMLInputElement ? element.value : element.textContent;
    if (text && text.length < 200) into.push(text);
  }
}

function urlKind(site: MarketplaceSite | undefined, location: string): PageKind | null {
  if (!site) return null;
  for (const [kind, patterns] of Object.entries(site.urlPatterns)) {
    if (patterns?.some((pattern) => pattern.test(location))) return kind as PageKind;
  }
  return null;
}

interface PageText {
  headings: string;
  buttons: string;
  fields: string;
}

/** Weighted evidence for each kind: headings count most, field labels next, buttons least. */
function textScores(text: PageText, url: string): Record<PageKind, number> {
  const scores = {} as Record<PageKind, number>;
  for (const [kind, words] of Object.entries(KIND_WORDS) as [PageKind, readonly string[]][]) {
    scores[kind] =
      3 * countHits(text.headings, words) +
      2 * countHits(text.fields, words) +
      countHits(text.buttons, words) +
      (KIND_URL_HINTS[kind].test(url) ? 2 : 0);
  }
  return scores;
}

function best(scores: Partial<Record<PageKind, number>>, threshold: number): PageKind | null {
  let winner: PageKind | null = null;
  let top = threshold - 1;
  for (const [kind, score] of Object.entries(scores) as [PageKind, number][]) {
    if (score > top) {
      winner = kind;
      top = score;
    }
  }
  return winner;
}

/**
 * Which kind of page this is. URL patterns from the catalog win; otherwise the shape of the
 * visible fields and the words around them decide. Pure reading of the DOM: never throws into the
 * page (callers wrap it) and costs one pass over inputs and a bounded amount of text.
 */
export function recognizePage(document: Document, site: MarketplaceSite | undefined): Recognition {
  const location = document.location;
  const url = normalizeText(location.hostname + location.pathname);
  const roots: (Document | ShadowRoot)[] = [document, ...openShadowRoots(document)];
  const inputs = deepInputs(document, roots);
  const passwordFields = inputs.filter(isCheckablePasswordField);
  const known = urlKind(site, url);
  if (known) return { kind: known, roots, passwordFields };

  const visible = inputs.filter(
    (input) => input.type !== 'hidden' && input.type !== 'password' && isHumanVisible(input),
  );
  const headingParts: string[] = [document.title];
  const buttonParts: string[] = [];
  for (const root of roots) {
    textOf(root, HEADING_SELECTOR, headingParts);
    textOf(root, BUTTON_SELECTOR, buttonParts);
  }
  const text: PageText = {
    headings: normalizeText(headingParts.join(' | ')),
    buttons: normalizeText(buttonParts.join(' | ')),
    fields: [...visible, ...passwordFields].map(fieldDescription).join(' | '),
  };
  const scores = textScores(text, url);

  if (passwordFields.length > 0)
    return { kind: kindFromPasswords(passwordFields, visible, scores), roots, passwordFields };
  return { kind: kindWithoutPasswords(visible, text, scores), roots, passwordFields };
}

function kindFromPasswords(
  passwords: HTMLInputElement[],
  visible: HTMLInputElement[],
  scores: Record<PageKind, number>,
): PageKind {
  const fresh = passwords.filter(isNewPasswordField).length;
  const current = passwords.length - fresh;
  if (current >= 1 && fresh >= 1) return 'password-change';
  if (passwords.length >= 3) return 'password-change';
  const emailField = visible.some(
    (input) => input.type === 'email' || autocompleteTokens(input).includes('email'),
  );
  if (fresh >= 1 || passwords.length === 2) {
    return scores['password-change'] > scores.signup ? 'password-change' : 'signup';
  }
  // One current password: a login, unless it confirms an e-mail change or ends a signup.
  if (emailField && scores['email-change'] >= 3 && scores['email-change'] > scores.login)
    return 'email-change';
  if (scores.signup > scores.login + 2) return 'signup';
  return 'login';
}

/** A username or e-mail field, by type, autocomplete token or its words. */
function isIdentifierField(input: HTMLInputElement): boolean {
  if (input.type === 'email') return true;
  if (!['text', 'tel', ''].includes(input.type)) return false;
  const tokens = autocompleteTokens(input);
  if (tokens.includes('username') || tokens.includes('email')) return true;
  return /e ?mail|user ?(id|name)|login|メール|ユーザ|ログインid/.test(fieldDescription(input));
}

function kindWithoutPasswords(
  visible: HTMLInputElement[],
  text: PageText,
  scores: Record<PageKind, number>,
): PageKind | null {
  const descriptions = visible.map(fieldDescription).join(' | ');
  const decoy = containsAny(descriptions + ' ' + text.headings, DECOY_WORDS);
  const hasFile = visible.some((input) => input.type === 'file');
  const addressFields = visible.filter(
    (input) =>
      autocompleteTokens(input).some((token) => ADDRESS_AUTOCOMPLETE.includes(token)) ||
      containsAny(fieldDescription(input), KIND_WORDS.address),
  ).length;
  const identifier = visible.some(isIdentifierField);

  const candidates: Partial<Record<PageKind, number>> = {
    'identity-verification': scores['identity-verification'] + (hasFile ? 2 : 0),
    payout: decoy && scores.payout < 6 ? 0 : scores.payout,
    'two-factor': scores['two-factor'],
    'email-change': identifier ? scores['email-change'] : 0,
    address: addressFields >= 2 ? scores.address + addressFields : 0,
  };
  const settingsKind = best(candidates, 3);
  if (settingsKind) return settingsKind;
  // A multi-step login: the identifier first, the password later on the same page.
  if (identifier && !decoy && visible.length <= 4) {
    if (scores.signup >= 3 && scores.signup > scores.login) return 'signup';
    if (scores.login >= 3) return 'login';
  }
  return null;
}
