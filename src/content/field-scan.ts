import { isHumanVisible } from './human-visible';
import { NEW_PASSWORD_WORDS, containsAny, normalizeText } from './page-signals';

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

export function autocompleteTokens(input: HTMLInputElement): string[] {
  return (input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Visible text that names a field: its labels, aria-label, placeholder, name and id. */
export function fieldDescription(input: HTMLInputElement): string {
  const parts: string[] = [];
  const labels = input.labels;
  if (labels) for (const label of Array.from(labels)) parts.push(label.textContent ?? '');
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/))
      parts.push(input.ownerDocument.getElementById(id)?.textContent ?? '');
  }
  parts.push(
    input.getAttribute('aria-label') ?? '',
    input.placeholder ?? '',
    input.name ?? '',
    input.id ?? '',
  );
  // Div-built forms often put the label text right before the input, without <label>.
  const previous = input.previousElementSibling ?? input.parentElement?.previousElementSibling;
  if (previous && (previous.textContent ?? '').length < 60) parts.push(previous.textContent ?? '');
  return normalizeText(parts.join(' ').replace(/[_-]+/g, ' '));
}

/**
 * A password field worth checking: a real, visible password input, not a PIN pad, a one-character
 * "memorable data" box or a one-time code.
 */
export function isCheckablePasswordField(input: HTMLInputElement): boolean {
  if (input.type !== 'password' || input.disabled) return false;
  const maxLength = input.maxLength;
  if (maxLength > 0 && maxLength <= 4) return false;
  const tokens = autocompleteTokens(input);
  if (tokens.includes('one-time-code') || tokens.includes('cc-csc')) return false;
  const description = fieldDescription(input);
  if (
    /\b(pin|otp|cvv|cvc|security code)\b|暗証番号|ワンタイム|セキュリティコード|memorable/.test(description)
  )
    return false;
  if (input.inputMode === 'numeric' && maxLength > 0 && maxLength <= 8) return false;
  return isHumanVisible(input);
}

/** New password (signup, password change) or confirmation, rather than the current one. */
export function isNewPasswordField(input: HTMLInputElement): boolean {
  const tokens = autocompleteTokens(input);
  if (tokens.includes('new-password')) return true;
  if (tokens.includes('current-password')) return false;
  return containsAny(fieldDescription(input), NEW_PASSWORD_WORDS);
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
