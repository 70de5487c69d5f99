// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
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
});
