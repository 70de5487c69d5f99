import { UserTypedValue } from './user-typed-value';

const tracked = new WeakMap<HTMLInputElement, UserTypedValue>();
/** A composed event reaches the document and every open shadow root on its path: count it once. */
const seen = new WeakSet<Event>();

function stateOf(field: HTMLInputElement): UserTypedValue {
  let state = tracked.get(field);
  if (!state) {
    state = new UserTypedValue();
    tracked.set(field, state);
  }
  return state;
}

/** The input an event really started in, through open shadow roots. */
function fieldOf(event: Event): HTMLInputElement | undefined {
  const first = event.composedPath()[0];
  return first instanceof HTMLInputElement ? first : undefined;
}

/** Filled by the browser's own autofill: a state no page script can set. */
function isAutofilled(field: HTMLInputElement): boolean {
  for (const selector of [':autofill', ':-webkit-autofill']) {
    try {
      return field.matches(selector);
    } catch {
      // This engine does not know the selector; try the prefixed one.
    }
  }
  return false;
}

/**
 * Follows, in one document or shadow root, every trusted user action that can change an input, until
 * `signal` aborts. Untrusted (page-dispatched) events are ignored; they cannot change a value anyway.
 */
export function trackUserInput(root: Document | ShadowRoot, signal: AbortSignal): void {
  const on = <K extends keyof DocumentEventMap>(
    type: K,
    handle: (field: HTMLInputElement, event: DocumentEventMap[K]) => void,
  ) =>
    root.addEventListener(
      type,
      (event) => {
        const field = fieldOf(event);
        if (!event.isTrusted || !field || seen.has(event)) return;
        seen.add(event);
        handle(field, event as DocumentEventMap[K]);
      },
      { capture: true, signal },
    );
  on('keydown', (field, event) => stateOf(field).keyDown(event.key));
  on('keyup', (field) => stateOf(field).keyUp());
  on('paste', (field) => stateOf(field).paste());
  on('drop', (field) => stateOf(field).drop());
  on('compositionstart', (field) => stateOf(field).compositionStart());
  on('compositionend', (field) => stateOf(field).compositionEnd());
  on('beforeinput', (field, event) => {
    const value = field.value;
    stateOf(field).beforeInput({
      inputType: event.inputType,
      data: event.data,
      valueBefore: value,
      replacesAll: field.selectionStart === 0 && field.selectionEnd === value.length,
    });
  });
  on('input', (field) => stateOf(field).input(field.value));
}

/**
 * True when the field holds exactly what the user typed, pasted or dropped into it, or what the
 * browser's own autofill put there. A fill by another extension looks like a page script to us and
 * is not the user's (SECURITY.md, claim S1).
 */
export function holdsUserValue(field: HTMLInputElement): boolean {
  const value = field.value;
  if (!value) return false;
  return isAutofilled(field) || (tracked.get(field)?.holds(value) ?? false);
}
