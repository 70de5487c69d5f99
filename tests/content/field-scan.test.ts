// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  autocompleteTokens,
  deepInputs,
  fieldDescription,
  isCheckablePasswordField,
  isNewPasswordField,
  openShadowRoots,
  usernameNear,
} from '../../src/content/field-scan';
import { normalizeText } from '../../src/domain/recognition/text-match';

const byId = (id: string, root: Document | ShadowRoot = document) =>
  root.getElementById(id) as HTMLInputElement;

/** `html` as the body, then the input with id `id`. */
function input(html: string, id = 'field'): HTMLInputElement {
  document.body.innerHTML = html;
  return byId(id);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('openShadowRoots and deepInputs', () => {
  it('finds every open shadow root, nested ones included, in document order', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div><input id="top">';
    const a = (document.getElementById('a') as HTMLElement).attachShadow({ mode: 'open' });
    a.innerHTML = '<span id="inner-host"></span><input id="in-a">';
    const nested = (a.getElementById('inner-host') as HTMLElement).attachShadow({ mode: 'open' });
    nested.innerHTML = '<input id="in-nested">';
    const b = (document.getElementById('b') as HTMLElement).attachShadow({ mode: 'open' });
    b.innerHTML = '<input id="in-b">';
    (document.getElementById('top') as HTMLElement).attachShadow({ mode: 'closed' });

    expect(openShadowRoots(document)).toEqual([a, nested, b]);
    expect(openShadowRoots(a)).toEqual([nested]);
    expect(deepInputs(document).map((field) => field.id)).toEqual(['top', 'in-a', 'in-nested', 'in-b']);
    expect(deepInputs(document, [b]).map((field) => field.id)).toEqual(['in-b']);
  });
});

describe('autocompleteTokens', () => {
  it('lower-cases and splits on any whitespace', () => {
    expect(
      autocompleteTokens(input('<input id="field" autocomplete=" Section-A  Current-Password\tx">')),
    ).toEqual(['section-a', 'current-password', 'x']);
  });

  it('is empty without the attribute or with an empty one', () => {
    expect(autocompleteTokens(input('<input id="field">'))).toEqual([]);
    expect(autocompleteTokens(input('<input id="field" autocomplete="">'))).toEqual([]);
  });
});

describe('fieldDescription', () => {
  it('joins labels, aria-label, placeholder, name, id and aria-labelledby, split at camelCase', () => {
    const field = input(`
      <span id="l1">Labelled</span><span id="l2">By</span>
      <label for="field">Label one</label>
      <label>Label two <input id="field" name="userName" aria-labelledby="l1 missing l2"
        aria-label="Aria" placeholder="Placeholder"></label>`);
    expect(fieldDescription(field)).toBe(
      // The label before the input's label also counts as the text right before it.
      normalizeText('Label one Label two Aria Placeholder user Name field Labelled By Label one'),
    );
  });

  it('is empty for a bare, detached input', () => {
    expect(fieldDescription(document.createElement('input')).trim()).toBe('');
  });

  it('copes with inputs that have no labels list (hidden inputs)', () => {
    const field = input(
      '<label for="field">Label</label><p></p><input id="field" type="hidden" name="token">',
    );
    Object.defineProperty(field, 'labels', { value: null });
    expect(fieldDescription(field)).toBe(normalizeText('token field'));
  });

  it('takes short text right before the input, or before its parent', () => {
    expect(fieldDescription(input('<div>Sibling text</div><input id="field">'))).toBe(
      normalizeText('field Sibling text'),
    );
    expect(fieldDescription(input('<div>Parent text</div><div><input id="field"></div>'))).toBe(
      normalizeText('field Parent text'),
    );
    // Its own previous sibling wins over its parent's.
    expect(
      fieldDescription(input('<div>Parent text</div><div><span>Own</span><input id="field"></div>')),
    ).toBe(normalizeText('field Own'));
  });

  it('ignores long text before the input (59 characters count, 60 do not)', () => {
    const short = 'a'.repeat(59);
    const long = 'b'.repeat(60);
    expect(fieldDescription(input(`<div>${short}</div><input id="field">`))).toBe(
      normalizeText(`field ${short}`),
    );
    expect(fieldDescription(input(`<div>${long}</div><input id="field">`))).toBe(normalizeText('field'));
  });
});

describe('isCheckablePasswordField', () => {
  it('is a visible, enabled password input', () => {
    expect(isCheckablePasswordField(input('<input id="field" type="password">'))).toBe(true);
    expect(isCheckablePasswordField(input('<input id="field" type="text">'))).toBe(false);
    expect(isCheckablePasswordField(input('<input id="field" type="password" disabled>'))).toBe(false);
    expect(isCheckablePasswordField(input('<input id="field" type="password" hidden>'))).toBe(false);
  });

  it('is not a PIN pad box of up to 4 characters', () => {
    const withMax = (max: string) =>
      isCheckablePasswordField(input(`<input id="field" type="password" maxlength="${max}">`));
    expect([withMax('1'), withMax('4'), withMax('5'), withMax('0'), withMax('64')]).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('is not a card security code, a one-time code or a memorable-data box', () => {
    const checkable = (attributes: string) =>
      isCheckablePasswordField(input(`<input id="field" type="password" ${attributes}>`));
    expect(checkable('autocomplete="cc-csc"')).toBe(false);
    expect(checkable('autocomplete="one-time-code"')).toBe(false);
    expect(checkable('name="cvv"')).toBe(false);
    expect(checkable('aria-label="Memorable information"')).toBe(false);
    expect(checkable('autocomplete="current-password" name="pass"')).toBe(true);
  });
});

describe('isNewPasswordField', () => {
  const field = (attributes: string) =>
    input(`<form><input id="field" type="password" ${attributes}></form>`);

  it('follows autocomplete first', () => {
    expect(isNewPasswordField(field('autocomplete="new-password" aria-label="Current password"'))).toBe(true);
    expect(isNewPasswordField(field('autocomplete="current-password" aria-label="New password"'))).toBe(
      false,
    );
  });

  it('then the words of its description: current before new', () => {
    expect(isNewPasswordField(field('aria-label="New password"'))).toBe(true);
    expect(isNewPasswordField(field('aria-label="Current password"'))).toBe(false);
    expect(isNewPasswordField(field('aria-label="Old and new password"'))).toBe(false);
    expect(isNewPasswordField(field('aria-label="Password"'))).toBe(false);
  });

  it('a confirmation is new only after another password field, in its form or its document', () => {
    const confirm = 'aria-label="Confirm password"';
    expect(isNewPasswordField(field(confirm))).toBe(false);
    document.body.innerHTML = `<form><input type="password"><input id="field" type="password" ${confirm}></form>`;
    expect(isNewPasswordField(byId('field'))).toBe(true);
    document.body.innerHTML = `<input type="password"><form><input id="field" type="password" ${confirm}></form>`;
    expect(isNewPasswordField(byId('field'))).toBe(false);
    document.body.innerHTML = `<input type="password"><input id="field" type="password" ${confirm}>`;
    expect(isNewPasswordField(byId('field'))).toBe(true);
    document.body.innerHTML = `<input id="field" type="password" ${confirm}><input type="password">`;
    expect(isNewPasswordField(byId('field'))).toBe(false);
    // A second password field without a confirmation word is not new either.
    document.body.innerHTML =
      '<input type="password"><input id="field" type="password" aria-label="Password">';
    expect(isNewPasswordField(byId('field'))).toBe(false);
  });
});

describe('usernameNear', () => {
  const near = (html: string, isUsers: (field: HTMLInputElement) => boolean = () => true) => {
    document.body.innerHTML = html;
    const inputs = Array.from(document.querySelectorAll('input'));
    return usernameNear(byId('password'), inputs, isUsers);
  };

  it('is the closest visible text, e-mail or phone input before the password that holds a value', () => {
    for (const type of ['text', 'email', 'tel'])
      expect(near(`<input type="${type}" value="taro"><input id="password" type="password">`)).toBe('taro');
    expect(
      near(`
        <input type="email" value="far">
        <input type="text" value="near">
        <input type="checkbox" value="on">
        <input type="password" value="other">
        <input type="text" value="">
        <input type="text" value="hidden" hidden>
        <input id="password" type="password">
        <input type="text" value="after">`),
    ).toBe('near');
  });

  it('is nothing when the closest candidate is not the user’s, or when there is none', () => {
    expect(
      near(
        '<input type="email" value="typed"><input type="email" value="planted"><input id="password" type="password">',
        (field) => field.value === 'typed',
      ),
    ).toBeUndefined();
    expect(near('<input id="password" type="password"><input type="text" value="after">')).toBeUndefined();
    expect(near('<input type="number" value="5"><input id="password" type="password">')).toBeUndefined();
  });
});
