// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deepInputs, isCheckablePasswordField } from '../../src/content/field-scan';
import { readPageEvidence } from '../../src/content/page-evidence';

function evidenceOf(body: string, path = '/page') {
  document.body.innerHTML = body;
  const passwords = deepInputs(document, [document]).filter(isCheckablePasswordField);
  return readPageEvidence([document], passwords, path);
}

describe('page evidence', () => {
  it('ignores the quick-search box of the layout, but reads a search form in the main content', () => {
    const searchForm =
      '<form action="/search"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>';
    const layoutSearch = `
      <div id="header">${searchForm}</div>
      <main><h1>Sign in</h1><form><label for="p">Password</label><input id="p" type="password"></form></main>`;
    const layout = evidenceOf(layoutSearch);
    expect(layout.text.fields).not.toContain('search');
    expect(layout.text.buttons).not.toContain('search');
    expect(layout.fields.inputs).toBe(1); // the password alone

    // Control: the same form inside <main> is the page's own search, and counts.
    const own = evidenceOf(`<main><h1>Results</h1>${searchForm}</main>`);
    expect(own.text.fields).toContain('search');
    expect(own.fields.inputs).toBe(1);
  });

  it('reads an element whose template indentation alone would pass the length limit', () => {
    // 20 words of text, but 30 lines of indentation around them: over 300 characters as written.
    const indented = `<p>${'\n                '.repeat(30)}Set up two-factor authentication with an authenticator app on your phone, then enter the code it shows${'\n                '.repeat(30)}</p>`;
    expect(indented.length).toBeGreaterThan(600);
    expect(evidenceOf(`<main>${indented}</main>`).text.paragraphs).toContain('two factor authentication');
  });

  it('splits identifiers at capitals but keeps the words people read whole', () => {
    const evidence = evidenceOf(
      '<main><form><label for="p">PayPal email</label><b>*</b><input id="p" name="payoutEmail"></form></main>',
    );
    expect(evidence.text.fields).toContain(' paypal email ');
    expect(evidence.text.fields).toContain(' payout email ');
  });

  it('never treats a form with a password as a layout search box', () => {
    const evidence = evidenceOf(`
      <div><form><input name="q" type="search"><label for="p">Password</label><input id="p" type="password"></form></div>`);
    expect(evidence.text.fields).toContain('password');
  });

  it('counts name fields and an e-mail beside the current password', () => {
    const evidence = evidenceOf(`
      <main><form>
        <label for="f">First name</label><input id="f">
        <label for="e">New e-mail</label><input id="e" type="email">
        <label for="c">Current password</label><input id="c" type="password" autocomplete="current-password">
      </form></main>`);
    expect(evidence.fields.nameFields).toBe(1);
    expect(evidence.fields.emailFields).toBe(1);
    expect(evidence.fields.currentPasswords).toBe(1);
    expect(evidence.fields.newPasswords).toBe(0);
  });

  it('counts a PayPal or payout e-mail as no account e-mail (control: a plain e-mail field counts)', () => {
    const payoutEmail = (label: string) =>
      evidenceOf(`<main><form><label for="e">${label}</label><input id="e" type="email"></form></main>`);
    expect(payoutEmail('PayPal email').fields.emailFields).toBe(0);
    expect(payoutEmail('Payout e-mail address').fields.emailFields).toBe(0);
    expect(payoutEmail('PayPal email').fields.inputs).toBe(1); // still a field people type in
    expect(payoutEmail('Email').fields.emailFields).toBe(1);
  });

  it('reads URL words where the forms people type in post, at a path that says nothing', () => {
    const settings = `
      <form action="/session"><button>Log out</button></form>
      <form action="/login" hidden><input name="username"></form>
      <main><h1>Settings</h1>
        <form action="/account/email"><label for="e">E-mail</label><input id="e" type="email"></form>
      </main>`;
    const evidence = evidenceOf(settings);
    expect(evidence.postKinds).toEqual(['email-change']);
    expect(evidence.urlKinds).toEqual([]); // "/page" says nothing: the two are weighed apart

    // Controls: the log-out form's action is a login word once it holds a visible field, and the
    // hidden form's once it is shown.
    expect(
      evidenceOf(settings.replace('<button>Log out</button>', '<input name="token">')).postKinds,
    ).toContain('login');
    expect(evidenceOf(settings.replace(' hidden>', '>')).postKinds).toContain('login');
  });

  it('takes "identity" in a URL for identity verification only beside a verification word', () => {
    const kindsAt = (path: string) => evidenceOf('<main><h1>Account</h1></main>', path).urlKinds;
    expect(kindsAt('/identity')).toEqual([]); // a profile page (PrestaShop's "identity")
    expect(kindsAt('/identity/account/manage')).toEqual([]);
    for (const path of ['/verify/identity', '/identity-verification', '/account/kyc'])
      expect(kindsAt(path)).toEqual(['identity-verification']);
  });
});
