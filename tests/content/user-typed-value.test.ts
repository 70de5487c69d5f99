import { describe, expect, it } from 'vitest';
import { UserTypedValue, type BeforeInputFacts } from '../../src/content/user-typed-value';

/** Feeds one edit the way the browser reports it: beforeinput, then input with the new value. */
function edit(
  state: UserTypedValue,
  facts: Partial<BeforeInputFacts> & { inputType: string },
  after: string,
) {
  state.beforeInput({ data: null, valueBefore: '', replacesAll: false, ...facts });
  state.input(after);
}

function typeText(state: UserTypedValue, text: string, start = '') {
  let value = start;
  for (const character of text) {
    state.keyDown(character);
    edit(state, { inputType: 'insertText', data: character, valueBefore: value }, value + character);
    state.keyUp();
    value += character;
  }
  return value;
}

describe('UserTypedValue', () => {
  it('holds what the user typed, key by key, and nothing for an empty field', () => {
    const state = new UserTypedValue();
    expect(state.holds('')).toBe(false);
    const value = typeText(state, 'hunter2');
    expect(state.holds(value)).toBe(true);
    expect(state.holds('hunter')).toBe(false);
  });

  it('follows deletions made with Backspace or Delete', () => {
    const state = new UserTypedValue();
    typeText(state, 'abc');
    state.keyDown('Backspace');
    edit(state, { inputType: 'deleteContentBackward', valueBefore: 'abc' }, 'ab');
    expect(state.holds('ab')).toBe(true);
    for (const before of ['ab', 'a']) {
      state.keyDown('Backspace');
      edit(state, { inputType: 'deleteContentBackward', valueBefore: before }, before.slice(0, -1));
    }
    // The user emptied it: still theirs (typing on continues it), but an empty value is never one to check.
    expect(state.holds('')).toBe(false);
    expect(typeText(state, 'z')).toBe('z');
    expect(state.holds('z')).toBe(true);
  });

  it('refuses inserted text that no key explains (a script calling execCommand)', () => {
    const state = new UserTypedValue();
    edit(state, { inputType: 'insertText', data: 'guess', valueBefore: '' }, 'guess');
    expect(state.holds('guess')).toBe(false);
  });

  it('refuses text that differs from the key pressed (a script typing inside a keydown handler)', () => {
    const state = new UserTypedValue();
    state.keyDown('a');
    edit(state, { inputType: 'insertText', data: 'guess', valueBefore: '' }, 'guess');
    expect(state.holds('guess')).toBe(false);
  });

  it('one key explains one edit', () => {
    const state = new UserTypedValue();
    state.keyDown('a');
    edit(state, { inputType: 'insertText', data: 'a', valueBefore: '' }, 'a');
    edit(state, { inputType: 'insertText', data: 'a', valueBefore: 'a' }, 'aa');
    expect(state.holds('aa')).toBe(false);
  });

  it('a value planted before the user types stays tainted, unless the user replaces all of it', () => {
    const state = new UserTypedValue();
    state.keyDown('x');
    edit(state, { inputType: 'insertText', data: 'x', valueBefore: 'planted' }, 'plantedx');
    expect(state.holds('plantedx')).toBe(false);
    state.keyDown('y');
    edit(state, { inputType: 'insertText', data: 'y', valueBefore: 'plantedx', replacesAll: true }, 'y');
    expect(state.holds('y')).toBe(true);
  });

  it('an emptied field is the user’s again whoever emptied it', () => {
    const state = new UserTypedValue();
    edit(state, { inputType: 'insertText', data: 'guess', valueBefore: '' }, 'guess');
    state.input('');
    expect(typeText(state, 'ok')).toBe('ok');
    expect(state.holds('ok')).toBe(true);
  });

  it('accepts paste and drop only after the matching trusted event', () => {
    const state = new UserTypedValue();
    edit(state, { inputType: 'insertFromPaste', data: null, valueBefore: '' }, 'pasted');
    expect(state.holds('pasted')).toBe(false);
    state.input('');
    state.paste();
    edit(state, { inputType: 'insertFromPaste', data: null, valueBefore: '' }, 'pasted');
    expect(state.holds('pasted')).toBe(true);
    state.drop();
    edit(state, { inputType: 'insertFromDrop', data: null, valueBefore: 'pasted' }, 'pastedmore');
    expect(state.holds('pastedmore')).toBe(true);
    edit(state, { inputType: 'insertFromDrop', data: null, valueBefore: 'pastedmore' }, 'again');
    expect(state.holds('again')).toBe(false);
  });

  it('accepts IME composition while composing, and keys a virtual keyboard leaves unnamed', () => {
    const state = new UserTypedValue();
    state.compositionStart();
    edit(state, { inputType: 'insertCompositionText', data: 'ぱ', valueBefore: '' }, 'ぱ');
    edit(state, { inputType: 'insertText', data: 'ぱす', valueBefore: 'ぱ' }, 'ぱす');
    state.compositionEnd();
    expect(state.holds('ぱす')).toBe(true);
    edit(state, { inputType: 'insertCompositionText', data: 'x', valueBefore: 'ぱす' }, 'ぱすx');
    expect(state.holds('ぱすx')).toBe(false);
    state.input('');
    state.keyDown('Unidentified');
    edit(state, { inputType: 'insertText', data: 'wo', valueBefore: '' }, 'wo');
    expect(state.holds('wo')).toBe(true);
  });

  it('undo needs its key; unknown input types and input without beforeinput are not the user’s', () => {
    const state = new UserTypedValue();
    typeText(state, 'ab');
    state.keyDown('z');
    edit(state, { inputType: 'historyUndo', valueBefore: 'ab' }, 'a');
    expect(state.holds('a')).toBe(true);
    edit(state, { inputType: 'historyRedo', valueBefore: 'a' }, 'ab');
    expect(state.holds('ab')).toBe(false);
    state.input('');
    typeText(state, 'cd');
    state.keyDown('c');
    edit(state, { inputType: 'formatBold', valueBefore: 'cd' }, 'cd!');
    expect(state.holds('cd!')).toBe(false);
    state.input('');
    typeText(state, 'ef');
    state.input('ef-autofilled-by-a-script');
    expect(state.holds('ef-autofilled-by-a-script')).toBe(false);
  });

  it('accepts spelling replacements and deletions by cut or drag only with their cause', () => {
    const state = new UserTypedValue();
    typeText(state, 'teh');
    edit(state, { inputType: 'insertReplacementText', valueBefore: 'teh' }, 'the');
    expect(state.holds('the')).toBe(true);
    state.keyDown('x');
    edit(state, { inputType: 'deleteByCut', valueBefore: 'the' }, 'th');
    expect(state.holds('th')).toBe(true);
    edit(state, { inputType: 'deleteByDrag', valueBefore: 'th' }, 't');
    expect(state.holds('t')).toBe(false);
  });

  it('an edit from an empty field is the user’s even when a script emptied it silently', () => {
    const state = new UserTypedValue();
    typeText(state, 'abc');
    // A value setter empties the field: no input event, the state still knows 'abc'.
    typeText(state, 'x');
    expect(state.holds('x')).toBe(true);
  });

  it('a key a virtual keyboard leaves unnamed explains every edit until it is released', () => {
    const state = new UserTypedValue();
    state.keyDown('Unidentified');
    edit(state, { inputType: 'insertText', data: 'a', valueBefore: '' }, 'a');
    edit(state, { inputType: 'insertText', data: 'b', valueBefore: 'a' }, 'ab');
    expect(state.holds('ab')).toBe(true);
    state.keyUp();
    edit(state, { inputType: 'insertText', data: 'c', valueBefore: 'ab' }, 'abc');
    expect(state.holds('abc')).toBe(false);
  });

  it('a named key explains one edit of its kind only', () => {
    const state = new UserTypedValue();
    typeText(state, 'ab');
    state.keyDown('a');
    edit(state, { inputType: 'deleteContentBackward', valueBefore: 'ab' }, 'a');
    expect(state.holds('a')).toBe(false);
    state.input('');
    typeText(state, 'ab');
    state.keyDown('a');
    edit(state, { inputType: 'historyUndo', valueBefore: 'ab' }, 'a');
    expect(state.holds('a')).toBe(false);
    state.input('');
    typeText(state, 'ab');
    state.keyDown('z');
    edit(state, { inputType: 'insertFromYank', valueBefore: 'ab' }, 'abz');
    expect(state.holds('abz')).toBe(false);
  });

  it('redo needs its key, and a drag that moves text out needs a drop', () => {
    const state = new UserTypedValue();
    typeText(state, 'ab');
    state.keyDown('y');
    edit(state, { inputType: 'historyRedo', valueBefore: 'ab' }, 'abc');
    expect(state.holds('abc')).toBe(true);
    state.drop();
    edit(state, { inputType: 'deleteByDrag', valueBefore: 'abc' }, 'a');
    expect(state.holds('a')).toBe(true);
  });
});
