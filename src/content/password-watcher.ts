import { deepInputs, isCheckablePasswordField } from './field-scan';

export interface PasswordEntry {
  field: HTMLInputElement;
  value: string;
}

/** FNV-1a, 32 bits: tells "already checked this value" without keeping the value. */
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
  return inputs.filter((input) => input.type === 'password' && isCheckablePasswordField(input));
}

/** The form, or failing that the nearest shadow root or document, a submit-like event belongs to. */
function scopeOf(element: Element): ParentNode {
  const form = element.closest('form');
  if (form) return form;
  const root = element.getRootNode();
  return root instanceof ShadowRoot || root instanceof Document ? root : element.ownerDocument;
}

function isSubmitLike(element: Element): boolean {
  if (element instanceof HTMLButtonElement)
    return (
      (element.type !== 'reset' && element.type !== 'button') ||
      /log|sign|ログイン|登録|変更|次へ|next|continue|submit|save|保存/i.test(element.textContent ?? '')
    );
  if (element instanceof HTMLInputElement) return element.type === 'submit' || element.type === 'image';
  return element.getAttribute('role') === 'button';
}

/**
 * Watches for passwords being committed: leaving a password field, pressing Enter, submitting a
 * form or clicking its button. Only trusted (user) events count, page-dispatched ones never do;
 * nothing runs per keystroke except a key comparison. Each distinct value is reported once per field.
 */
/** Values already reported, per field, shared by every watched root so no value is reported twice. */
const reported = new WeakMap<HTMLInputElement, number>();

export function watchPasswords(
  root: Document | ShadowRoot,
  onPassword: (entries: PasswordEntry[]) => void,
  signal: AbortSignal,
  onPasswordFocus?: (field: HTMLInputElement) => void,
): void {
  const report = (fields: HTMLInputElement[]) => {
    const entries: PasswordEntry[] = [];
    for (const field of fields) {
      const value = field.value;
      if (!value) continue;
      const hash = quickHash(value);
      if (reported.get(field) === hash) continue;
      reported.set(field, hash);
      entries.push({ field, value });
    }
    if (entries.length > 0) onPassword(entries);
  };

  const origin = (event: Event): Element | null => {
    const first = event.composedPath()[0];
    return first instanceof Element ? first : null;
  };

  const options = { capture: true, signal } as const;
  if (onPasswordFocus) {
    root.addEventListener(
      'focusin',
      (event) => {
        const target = origin(event);
        if (event.isTrusted && target instanceof HTMLInputElement && isCheckablePasswordField(target)) {
          onPasswordFocus(target);
        }
      },
      options,
    );
  }
  root.addEventListener(
    'focusout',

    (event) => {
      const target = origin(event);
      if (event.isTrusted && target instanceof HTMLInputElement && isCheckablePasswordField(target))
        report([target]);
    },
    options,
  );
  root.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || (event as KeyboardEvent).key !== 'Enter') return;
      const target = origin(event);
      if (target instanceof HTMLInputElement) report(passwordFieldsIn(scopeOf(target)));
    },
    options,
  );
  root.addEventListener(
    'submit',
    (event) => {
      const target = origin(event);
      if (event.isTrusted && target) report(passwordFieldsIn(target));
    },
    options,
  );
  root.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const button = origin(event)?.closest(
        'button, input[type="submit"], input[type="image"], [role="button"]',
      );
      if (button && isSubmitLike(button)) report(passwordFieldsIn(scopeOf(button)));
    },
    options,
  );
}
