// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchCommits, type PasswordEntry } from '../../src/content/commit-watcher';
import { holdsUserValue, trackUserInput } from '../../src/content/field-provenance';

/** Dispatches an event as the browser would for a person (`isTrusted`), or as a page script. */
function fire<E extends Event>(target: EventTarget, event: E, trusted = true): E {
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}

const composed = { bubbles: true, composed: true };

/** A person typing `text` into `field`: keydown, beforeinput, the value changes, input, keyup. */
function typeInto(field: HTMLInputElement, text: string, trusted = true): void {
  for (const character of text) {
    fire(field, new KeyboardEvent('keydown', { key: character, ...composed }), trusted);
    fire(
      field,
      new InputEvent('beforeinput', { inputType: 'insertText', data: character, ...composed }),
      trusted,
    );
    field.value += character;
    fire(field, new InputEvent('input', { inputType: 'insertText', data: character, ...composed }), trusted);
    fire(field, new KeyboardEvent('keyup', { key: character, ...composed }), trusted);
  }
}

let lifetime: AbortController;
let reported: PasswordEntry[][];
let focused: HTMLInputElement[];

beforeEach(() => {
  lifetime?.abort();
  lifetime = new AbortController();
  reported = [];
  focused = [];
  document.body.innerHTML = `
    <form id="login">
      <input id="user" type="email">
      <input id="password" type="password">
      <input id="confirm" type="password">
      <button id="go">Log in</button>
      <div role="button" id="fake">Log in</div>
    </form>
    <input id="outside" type="password">`;
  trackUserInput(document, lifetime.signal);
  watchCommits(
    document,
    (entries) => reported.push(entries),
    lifetime.signal,
    (field) => focused.push(field),
  );
});

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const values = () => reported.map((entries) => entries.map((entry) => entry.value));

describe('watchCommits with field provenance', () => {
  it('reports what the user typed when they leave the field, once per value', () => {
    typeInto(field('password'), 'hunter2');
    fire(field('password'), new FocusEvent('focusout', composed));
    fire(field('password'), new FocusEvent('focusout', composed));
    expect(values()).toEqual([['hunter2']]);
    expect(holdsUserValue(field('password'))).toBe(true);
  });

  it('ignores a value a script set, whatever events follow', () => {
    field('password').value = 'planted';
    fire(field('password'), new FocusEvent('focusout', composed));
    fire(field('password'), new KeyboardEvent('keydown', { key: 'Enter', ...composed }));
    fire(field('login') as unknown as HTMLInputElement, new SubmitEvent('submit', composed));
    expect(values()).toEqual([]);
    expect(holdsUserValue(field('password'))).toBe(false);
  });

  it('ignores page-dispatched (untrusted) typing and blurs', () => {
    typeInto(field('password'), 'synthetic', false);
    fire(field('password'), new FocusEvent('focusout', composed), false);
    typeInto(field('outside'), 'typed');
    fire(field('outside'), new FocusEvent('focusout', composed), false);
    expect(values()).toEqual([]);
  });

  it('a value changed by a script after the user typed is no longer the user’s', () => {
    typeInto(field('password'), 'mine');
    field('password').value = 'theirs';
    fire(field('password'), new FocusEvent('focusout', composed));
    expect(values()).toEqual([]);
  });

  it('Enter in a field and a real submit report the user’s passwords of that form only', () => {
    typeInto(field('password'), 'one');
    typeInto(field('confirm'), 'two');
    typeInto(field('outside'), 'three');
    typeInto(field('user'), 'taro@example.jp');
    fire(field('user'), new KeyboardEvent('keydown', { key: 'Enter', ...composed }));
    expect(values()).toEqual([['one', 'two']]);
    typeInto(field('password'), 'X');
    fire(document.getElementById('login') as HTMLFormElement, new SubmitEvent('submit', composed));
    expect(values()).toEqual([['one', 'two'], ['oneX']]);
  });

  it('other keys, untrusted submits and clicks on buttons are not commits', () => {
    typeInto(field('password'), 'pw');
    fire(field('password'), new KeyboardEvent('keydown', { key: 'Tab', ...composed }));
    fire(document.getElementById('login') as HTMLFormElement, new SubmitEvent('submit', composed), false);
    fire(document.getElementById('fake') as HTMLElement, new MouseEvent('click', composed));
    fire(document.getElementById('go') as HTMLElement, new MouseEvent('click', composed));
    expect(values()).toEqual([]);
  });

  it('tells when a password field gets a trusted focus, and nothing for other fields', () => {
    fire(field('password'), new FocusEvent('focusin', composed));
    fire(field('user'), new FocusEvent('focusin', composed));
    fire(field('confirm'), new FocusEvent('focusin', composed), false);
    expect(focused.map((input) => input.id)).toEqual(['password']);
  });

  it('stops with its signal', () => {
    lifetime.abort();
    typeInto(field('password'), 'late');
    fire(field('password'), new FocusEvent('focusout', composed));
    expect(values()).toEqual([]);
  });

  it('counts an event once though the document and a shadow root both see it', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<input id="inner" type="password">';
    trackUserInput(shadow, lifetime.signal);
    const inner = shadow.getElementById('inner') as HTMLInputElement;
    typeInto(inner, 'deep');
    expect(holdsUserValue(inner)).toBe(true);
  });

  describe('Enter outside a form', () => {
    let shadow: ShadowRoot;
    beforeEach(() => {
      // happy-dom's document is not an instance of its global `Document`, as it is in browsers.
      vi.stubGlobal('Document', document.constructor);
      const host = document.createElement('div');
      document.body.append(host);
      shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<input id="inner" type="password"><input id="inner-user" type="email">';
      trackUserInput(shadow, lifetime.signal);
      watchCommits(shadow, (entries) => reported.push(entries), lifetime.signal);
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });
    const inner = (id: string) => shadow.getElementById(id) as HTMLInputElement;

    it('in the document reports its passwords, shadow roots included', () => {
      typeInto(field('outside'), 'top');
      typeInto(inner('inner'), 'deep');
      fire(field('outside'), new KeyboardEvent('keydown', { key: 'Enter', ...composed }));
      expect(values()).toEqual([['top', 'deep']]);
    });

    it('in a shadow root reports the passwords of that root only', () => {
      typeInto(field('outside'), 'top');
      typeInto(inner('inner'), 'deep');
      typeInto(inner('inner-user'), 'taro@example.jp');
      fire(inner('inner-user'), new KeyboardEvent('keydown', { key: 'Enter', ...composed }));
      expect(values()).toEqual([['deep']]);
    });

    it('a form does not speak for a shadow root inside it', () => {
      const host = document.createElement('div');
      document.getElementById('login')?.append(host);
      const nested = host.attachShadow({ mode: 'open' });
      nested.innerHTML = '<input id="nested" type="password">';
      trackUserInput(nested, lifetime.signal);
      typeInto(nested.getElementById('nested') as HTMLInputElement, 'nested');
      typeInto(field('password'), 'one');
      fire(field('user'), new KeyboardEvent('keydown', { key: 'Enter', ...composed }));
      expect(values()).toEqual([['one']]);
    });
  });

  it('without a focus callback, a password focus is harmless', () => {
    const errors: unknown[] = [];
    window.addEventListener('error', (event) => errors.push(event), { signal: lifetime.signal });
    const bare = new AbortController();
    watchCommits(document, (entries) => reported.push(entries), bare.signal);
    fire(field('password'), new FocusEvent('focusin', composed));
    bare.abort();
    expect(errors).toEqual([]);
    expect(focused.map((input) => input.id)).toEqual(['password']);
  });
});
