// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdsUserValue, trackUserInput } from '../../src/content/field-provenance';

/** Dispatches an event as the browser would for a person (`isTrusted`), or as a page script. */
function fire<E extends Event>(target: EventTarget, event: E, trusted = true): E {
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}

const composed = { bubbles: true, composed: true };
const key = (type: 'keydown' | 'keyup', name: string) => new KeyboardEvent(type, { key: name, ...composed });

/** One edit: `beforeinput`, the value changes, `input` (all trusted unless told). */
function edit(
  field: HTMLInputElement,
  inputType: string,
  data: string | null,
  after: string,
  trusted = true,
) {
  fire(field, new InputEvent('beforeinput', { inputType, data, ...composed }), trusted);
  field.value = after;
  fire(field, new InputEvent('input', { inputType, data, ...composed }), trusted);
}

/** A person typing `text` at the end of the field's value. */
function typeInto(field: HTMLInputElement, text: string, trusted = true): void {
  for (const character of text) {
    fire(field, key('keydown', character), trusted);
    edit(field, 'insertText', character, field.value + character, trusted);
    fire(field, key('keyup', character), trusted);
  }
}

let lifetime: AbortController;
let field: HTMLInputElement;

beforeEach(() => {
  lifetime = new AbortController();
  document.body.innerHTML = '<input id="password" type="password">';
  field = document.getElementById('password') as HTMLInputElement;
  trackUserInput(document, lifetime.signal);
});

afterEach(() => {
  lifetime.abort();
  vi.restoreAllMocks();
});

describe('trackUserInput and holdsUserValue', () => {
  it('holds what the user typed, and nothing for an empty field', () => {
    expect(holdsUserValue(field)).toBe(false);
    typeInto(field, 'hunter2');
    expect(holdsUserValue(field)).toBe(true);
  });

  it('ignores untrusted (page-dispatched) events', () => {
    typeInto(field, 'synthetic', false);
    expect(field.value).toBe('synthetic');
    expect(holdsUserValue(field)).toBe(false);
  });

  it('ignores events that did not start in an input', () => {
    const div = document.createElement('div');
    document.body.append(div);
    // A keydown on something else must not explain a later edit of the field.
    fire(div, key('keydown', 'x'));
    edit(field, 'insertText', 'x', 'x');
    expect(holdsUserValue(field)).toBe(false);
  });

  it('still sees events whose propagation the page stops at the field (capture phase)', () => {
    for (const type of ['keydown', 'keyup', 'beforeinput', 'input']) {
      field.addEventListener(type, (event) => event.stopPropagation());
    }
    typeInto(field, 'abc');
    expect(holdsUserValue(field)).toBe(true);
  });

  it('stops following the field once its signal aborts', () => {
    lifetime.abort();
    typeInto(field, 'late');
    expect(holdsUserValue(field)).toBe(false);
  });

  it('counts a keyup: a script edit after the opaque key is released is not the user’s', () => {
    fire(field, key('keydown', 'Unidentified'));
    edit(field, 'insertText', 'a', 'a');
    expect(holdsUserValue(field)).toBe(true);
    fire(field, key('keyup', 'Unidentified'));
    edit(field, 'insertText', 'b', 'ab');
    expect(holdsUserValue(field)).toBe(false);
  });

  it('accepts a trusted paste, and no paste edit without one', () => {
    fire(field, new ClipboardEvent('paste', composed));
    edit(field, 'insertFromPaste', null, 'pasted');
    expect(holdsUserValue(field)).toBe(true);
    edit(field, 'insertFromPaste', null, 'pastedagain');
    expect(holdsUserValue(field)).toBe(false);
  });

  it('accepts a trusted drop, and no drop edit without one', () => {
    fire(field, new DragEvent('drop', composed));
    edit(field, 'insertFromDrop', null, 'dropped');
    expect(holdsUserValue(field)).toBe(true);
    edit(field, 'insertFromDrop', null, 'droppedagain');
    expect(holdsUserValue(field)).toBe(false);
  });

  it('accepts composition text only between compositionstart and compositionend', () => {
    fire(field, new CompositionEvent('compositionstart', composed));
    edit(field, 'insertCompositionText', 'か', 'か');
    expect(holdsUserValue(field)).toBe(true);
    fire(field, new CompositionEvent('compositionend', composed));
    // After the composition, inserted text needs its key again.
    edit(field, 'insertText', 'x', 'かx');
    expect(holdsUserValue(field)).toBe(false);
  });

  describe('replacing a value that is not the user’s', () => {
    beforeEach(() => {
      field.value = 'planted';
    });

    const typeOver = (start: number, end: number) => {
      field.setSelectionRange(start, end);
      expect([field.selectionStart, field.selectionEnd]).toEqual([start, end]);
      fire(field, key('keydown', 'x'));
      edit(field, 'insertText', 'x', 'x');
    };

    it('is the user’s when they selected all of it and typed over it', () => {
      typeOver(0, 'planted'.length);
      expect(holdsUserValue(field)).toBe(true);
    });

    it('is not the user’s when the selection leaves the end of the old value', () => {
      typeOver(0, 3);
      expect(holdsUserValue(field)).toBe(false);
    });

    it('is not the user’s when the selection leaves the start of the old value', () => {
      typeOver(2, 'planted'.length);
      expect(holdsUserValue(field)).toBe(false);
    });
  });

  describe('browser autofill', () => {
    it('holds a value the browser autofilled (:autofill)', () => {
      field.value = 'autofilled';
      const matches = vi.spyOn(field, 'matches').mockImplementation((selector) => selector === ':autofill');
      expect(holdsUserValue(field)).toBe(true);
      matches.mockReturnValue(false);
      expect(holdsUserValue(field)).toBe(false);
    });

    it('falls back to :-webkit-autofill where :autofill is unknown', () => {
      field.value = 'autofilled';
      vi.spyOn(field, 'matches').mockImplementation((selector) => {
        if (selector === ':autofill') throw new SyntaxError('unknown pseudo-class');
        return selector === ':-webkit-autofill';
      });
      expect(holdsUserValue(field)).toBe(true);
    });

    it('trusts the first selector the engine knows, and is false when it knows neither', () => {
      field.value = 'autofilled';
      const matches = vi
        .spyOn(field, 'matches')
        .mockImplementation((selector) => selector === ':-webkit-autofill');
      expect(holdsUserValue(field)).toBe(false);
      matches.mockImplementation(() => {
        throw new SyntaxError('unknown pseudo-class');
      });
      expect(holdsUserValue(field)).toBe(false);
    });

    it('never holds an empty value, autofilled or not', () => {
      vi.spyOn(field, 'matches').mockReturnValue(true);
      expect(holdsUserValue(field)).toBe(false);
    });
  });
});
