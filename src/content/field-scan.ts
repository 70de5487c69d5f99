import { isHumanVisible } from './human-visible';
import { containsAnyWord, normalizeText } from '../domain/recognition/text-match';
import { isOneTimeCodeField, ownFieldWords } from './one-time-code';

/** A password that is being set: new, or its confirmation. */
const NEW_PASSWORD_WORDS =
  'new|neu|neues|nouveau|nouvelle|nueva|nuevo|nuova|nuovo|新しい|新パスワード|新密碼|新的密碼';
/** A password the user already has: asked for again before a change. */
const CURRENT_PASSWORD_WORDS =
  'current|old|existing|present|aktuelles|bisheriges|altes|actuel|ancien|actual|anterior|attuale|vecchia|現在|今の|旧|目前|舊|當前';
/** "Confirm" or "repeat": a confirmation when it follows another password, else a re-authentication. */
const CONFIRM_WORDS =
  'confirm|confirmation|repeat|retype|re enter|again|verify|verification|bestätigen|bestätigung|passwortbestätigung|wiederholen|confirmer|confirmar|confirma|repetir|conferma|ripeti|確認|再入力|もう一度|再次';

export { isHumanVisible } from './human-visible';

/** Every open shadow root under `root`, nested ones included. */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const all = root.querySelectorAll('*');
  for (let index = 0; index < all.length; index++) {
    const shadow = (all[index] as Element).shadowRoot;
    if (shadow) found.push(shadow, ...openShadowRoots(shadow));
  }
  return found;
}

/** Inputs of the document and of its open shadow roots (one walk for the roots, then one query each). */
export function deepInputs(
  root: Document | ShadowRoot,
  roots = [root, ...openShadowRoots(root)],
): HTMLInputElement[] {
  return roots.flatMap((scope) => Array.from(scope.querySelectorAll('input')));
}

export function autocompleteTokens(input: Element): string[] {
  return (input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Text that names a field: its own words (labels, aria-label, placeholder, name, id), the elements
 * `aria-labelledby` points to, and the short text right before it.
 */
export function fieldDescription(input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string {
  const parts = [ownFieldWords(input)];
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/))
      parts.push(input.ownerDocument.getElementById(id)?.textContent ?? '');
  }
  // Div-built forms often put the label text right before the input, without <label>.
  const previous = input.previousElementSibling ?? input.parentElement?.previousElementSibling;
  if (previous && (previous.textContent ?? '').length < 60) parts.push(previous.textContent ?? '');
  return normalizeText(parts.join(' '));
}

/**
 * A password field worth checking: a real, visible password input, not a PIN pad, a one-character
 * "memorable data" box, a card security code or a one-time code.
 */
export function isCheckablePasswordField(input: HTMLInputElement): boolean {
  if (input.type !== 'password' || input.disabled) return false;
  const maxLength = input.maxLength;
  if (maxLength > 0 && maxLength <= 4) return false;
  if (autocompleteTokens(input).includes('cc-csc') || isOneTimeCodeField(input)) return false;
  if (containsAnyWord(fieldDescription(input), 'cvv|cvc|memorable|セキュリティコード')) return false;
  return isHumanVisible(input);
}

/**
 * New password (signup, password change) or its confirmation, rather than the current one. A field
 * asking to "enter your password to confirm" an e-mail change or a deletion is the current one: a
 * confirmation counts as new only after another password field.
 */
export function isNewPasswordField(input: HTMLInputElement): boolean {
  const tokens = autocompleteTokens(input);
  if (tokens.includes('new-password')) return true;
  if (tokens.includes('current-password')) return false;
  const description = fieldDescription(input);
  if (containsAnyWord(description, CURRENT_PASSWORD_WORDS)) return false;
  if (containsAnyWord(description, NEW_PASSWORD_WORDS)) return true;
  if (!containsAnyWord(description, CONFIRM_WORDS)) return false;
  const scope = input.form ?? input.ownerDocument;
  const passwords = Array.from(scope.querySelectorAll('input[type="password"]'));
  return passwords.indexOf(input) > 0;
}

/**
 * The username the user entered near a password field: the closest visible text or e-mail input
 * before it that holds what the user typed or the browser autofilled (a planted one is not theirs).
 */
export function usernameNear(
  password: HTMLInputElement,
  inputs: readonly HTMLInputElement[],
  isUsers: (field: HTMLInputElement) => boolean,
): string | undefined {
  const position = inputs.indexOf(password);
  for (let index = position - 1; index >= 0; index--) {
    const candidate = inputs[index] as HTMLInputElement;
    if (['text', 'email', 'tel'].includes(candidate.type) && candidate.value && isHumanVisible(candidate))
      return isUsers(candidate) ? candidate.value : undefined;
  }
  return undefined;
}
