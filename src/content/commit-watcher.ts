import { holdsUserValue } from './field-provenance';
import { deepInputs, isCheckablePasswordField } from './field-scan';

export interface PasswordEntry {
  field: HTMLInputElement;
  value: string;
}

/** FNV-1a, 32 bits: tells "already reported this value" without keeping the value. */
function quickHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function passwordFieldsIn(scope: ParentNode): HTMLInputElement[] {
  // Whole documents may hide their fields in open shadow roots; a form holds its own.
  const inputs =
    scope instanceof Document || scope instanceof ShadowRoot
      ? deepInputs(scope)
      : Array.from(scope.querySelectorAll('input'));
  return inputs.filter((input) => isCheckablePasswordField(input));
}

/** The form a field belongs to, or failing that its shadow root or document. */
function scopeOf(field: HTMLInputElement): ParentNode {
  if (field.form) return field.form;
  // Outside a shadow root, an event-receiving field's root is its own document.
  const root = field.getRootNode();
  return root instanceof ShadowRoot ? root : field.ownerDocument;
}

function originOf(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

/** Values already reported, per field, shared by every watched root so no value is reported twice. */
const reported = new WeakMap<HTMLInputElement, number>();

/**
 * Reports passwords the user commits: leaving a password field, Enter in a field, or a real submit
 * of the form holding it. Only values the user produced in that very field count (`holdsUserValue`),
 * so a page that plants a value and then calls `blur()` or `requestSubmit()` (trusted in Chromium)
 * gets nothing checked. Nothing runs per keystroke; each distinct value is reported once per field.
 */
export function watchCommits(
  root: Document | ShadowRoot,
  onPasswords: (entries: PasswordEntry[]) => void,
  signal: AbortSignal,
  onPasswordFocus?: (field: HTMLInputElement) => void,
): void {
  const report = (fields: HTMLInputElement[]) => {
    const entries: PasswordEntry[] = [];
    for (const field of fields) {
      if (!holdsUserValue(field)) continue;
      const value = field.value;
      const hash = quickHash(value);
      if (reported.get(field) === hash) continue;
      reported.set(field, hash);
      entries.push({ field, value });
    }
    if (entries.length > 0) onPasswords(entries);
  };
  const options = { capture: true, signal } as const;
  const passwordField = (event: Event) => {
    const target = originOf(event);
    return event.isTrusted && target instanceof HTMLInputElement && isCheckablePasswordField(target)
      ? target
      : undefined;
  };

  if (onPasswordFocus)
    root.addEventListener(
      'focusin',
      (event) => {
        const field = passwordField(event);
        if (field) onPasswordFocus(field);
      },
      options,
    );
  root.addEventListener(
    'focusout',
    (event) => {
      const field = passwordField(event);
      if (field) report([field]);
    },
    options,
  );
  root.addEventListener(
    'keydown',
    (event) => {
      const target = originOf(event);
      if (event.isTrusted && (event as KeyboardEvent).key === 'Enter' && target instanceof HTMLInputElement)
        report(passwordFieldsIn(scopeOf(target)));
    },
    options,
  );
  root.addEventListener(
    'submit',
    (event) => {
      const form = originOf(event);
      if (event.isTrusted && form instanceof HTMLFormElement) report(passwordFieldsIn(form));
    },
    options,
  );
}
