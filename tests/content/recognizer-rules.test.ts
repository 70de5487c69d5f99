// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recognizePage } from '../../src/content/recognizer';
import { ruledOut, type FieldCounts } from '../../src/domain/recognition/features';

/** A Japanese shop's sign-up: the full postal address, then the e-mail and a new password twice. */
const ADDRESS_FIELDS = `
  <label for="zip">郵便番号</label><input id="zip" name="zip" autocomplete="postal-code">
  <label for="pref">都道府県</label><select id="pref" name="pref"><option>東京都</option></select>
  <label for="city">市区町村</label><input id="city" name="city" autocomplete="address-level2">
  <label for="street">番地</label><input id="street" name="street" autocomplete="address-line1">
  <label for="building">建物名・マンション名</label><input id="building" name="building" autocomplete="address-line2">
  <label for="tel">電話番号</label><input id="tel" name="tel" type="tel">`;
const ACCOUNT_FIELDS = `
  <label for="mail">メールアドレス</label><input id="mail" name="mail" type="email">
  <label for="pw">パスワード</label><input id="pw" name="pw" type="password" autocomplete="new-password">
  <label for="pw2">パスワード（確認）</label><input id="pw2" name="pw2" type="password" autocomplete="new-password">`;

function kindOf(formFields: string): string | null {
  document.body.innerHTML = `<main><h1>アカウント作成</h1><h2>住所</h2><form>${formFields}<button>登録する</button></form></main>`;
  return recognizePage(document).kind;
}

describe('fields that rule a kind out', () => {
  it('a page asking for a new password is no address page, however many address fields it shows', () => {
    expect(kindOf(ADDRESS_FIELDS + ACCOUNT_FIELDS)).toBe('signup');
    // Control: the same form without the password fields is an address form.
    expect(kindOf(ADDRESS_FIELDS)).toBe('address');
  });

  it('a page with nothing to type in is no sign-in, sign-up, password or e-mail page', () => {
    const page = (main: string) => {
      document.body.innerHTML = `<main>${main}</main>`;
      return recognizePage(document).kind;
    };
    const resetSent = '<h1>Reset your password</h1><p>We sent you a link to reset your password.</p>';
    const resetForm =
      '<form><label for="e">Email</label><input id="e" type="email"><button>Reset password</button></form>';
    expect(page(resetSent)).toBeNull();
    expect(page(resetSent + resetForm)).toBe('password-change'); // control: with its form
    const signInPrompt =
      '<h1>Sign in</h1><p>Sign in to continue.</p><a class="btn" href="/login">Sign in</a>';
    const signInForm =
      '<form><label for="u">Username</label><input id="u"><label for="p">Password</label><input id="p" type="password"></form>';
    expect(page(signInPrompt)).toBeNull();
    expect(page(signInPrompt + signInForm)).toBe('login'); // control: with its form
    // A profile hub linking to its settings forms; its e-mail form, once shown, is the e-mail page.
    const hub =
      '<h1>Profile</h1><a class="btn" href="/profile/edit">Edit profile</a><a class="btn" href="/password">Change password</a>';
    const emailForm =
      '<form><label for="m">New email</label><input id="m" type="email"><button>Change email</button></form>';
    expect(page(hub)).toBeNull();
    expect(page(hub + emailForm)).toBe('email-change'); // control: with its form
  });

  it('a Japanese sign-in page with its sign-up link is still a sign-in page', () => {
    const signIn = (link: string) => {
      document.body.innerHTML = `<main><h1>ログイン</h1><form>
        <label for="m">メールアドレス</label><input id="m" type="email" autocomplete="username">
        <label for="p">パスワード</label><input id="p" type="password" autocomplete="current-password">
        <button>ログイン</button></form><p><a href="/signup">${link}</a></p></main>`;
      return recognizePage(document).kind;
    };
    // 新規会員登録 used to count as two sign-up words (新規会員, 会員登録), in the text and as a link:
    // four against the heading's and button's one each. Counted once, the sign-in page wins.
    expect(signIn('新規会員登録はこちら')).toBe('login');
    // A pitch to those not yet signed up is a sign-in page's, however many sign-up words follow it.
    document.body.innerHTML = `<main><h2>会員の方</h2><form>
      <label for="m">メールアドレス</label><input id="m" type="email">
      <label for="p">パスワード</label><input id="p" type="password"><button>ログイン</button></form>
      <h2>会員登録がまだの方</h2><p>会員登録をすると便利なマイページをご利用いただけます。</p>
      <a class="btn" href="/entry">新規会員登録</a></main>`;
    expect(recognizePage(document).kind).toBe('login');
    // Control: the same words still name a sign-up page where they are its heading and its form.
    document.body.innerHTML = `<main><h1>新規会員登録</h1><form>
      <label for="m">メールアドレス</label><input id="m" type="email">
      <label for="p">パスワード</label><input id="p" type="password" autocomplete="new-password">
      <button>新規会員登録</button></form></main>`;
    expect(recognizePage(document).kind).toBe('signup');
  });

  it('rules out address, payout and identity pages beside a new password, and nothing else', () => {
    const withNew = { inputs: 1, passwords: 1, newPasswords: 1 } as FieldCounts;
    const without = { inputs: 1, passwords: 1, newPasswords: 0 } as FieldCounts;
    for (const pageClass of ['address', 'payout', 'identity-verification'] as const) {
      expect(ruledOut(pageClass, withNew), pageClass).toBe(true);
      expect(ruledOut(pageClass, without), pageClass).toBe(false);
    }
    for (const pageClass of [
      'signup',
      'password-change',
      'email-change',
      'login',
      'two-factor',
      'none',
    ] as const)
      expect(ruledOut(pageClass, withNew), pageClass).toBe(false);
  });

  it('a form with a box for free text and no password is no sign-up or e-mail change page', () => {
    const form = (fields: string) => {
      document.body.innerHTML = `<main><h1>Kontakt</h1><form>
        <label for="v">Vorname</label><input id="v"><label for="n">Nachname</label><input id="n">
        <label for="e">E-Mail-Adresse</label><input id="e" type="email"><label for="t">Telefon</label><input id="t" type="tel">
        <label for="s">Betreff</label><input id="s">${fields}<button>Senden</button></form></main>`;
      return recognizePage(document).kind;
    };
    // A contact form: its e-mail field and names made it an e-mail change page, or a sign-up.
    expect(form('<label for="m">Kommentar</label><textarea id="m"></textarea>')).toBeNull();
    const profile = (fields: string) => {
      document.body.innerHTML = `<main><h1>Profile</h1><form>
        <label for="u">Username</label><input id="u"><label for="f">Full name</label><input id="f">
        <label for="e">Email address</label><input id="e" type="email">${fields}<button>Update profile</button></form></main>`;
      return recognizePage(document).kind;
    };
    expect(profile('<label for="b">Biography</label><textarea id="b"></textarea>')).toBeNull();
  });

  it('rules out sign-up and e-mail change pages beside free text without a password, and nothing else', () => {
    const message = { inputs: 3, passwords: 0, newPasswords: 0, textareas: 1 } as FieldCounts;
    const withPassword = { inputs: 4, passwords: 1, newPasswords: 0, textareas: 1 } as FieldCounts;
    const noMessage = { inputs: 3, passwords: 0, newPasswords: 0, textareas: 0 } as FieldCounts;
    for (const pageClass of ['signup', 'email-change'] as const) {
      expect(ruledOut(pageClass, message), pageClass).toBe(true);
      expect(ruledOut(pageClass, withPassword), pageClass).toBe(false);
      expect(ruledOut(pageClass, noMessage), pageClass).toBe(false);
    }
    for (const pageClass of [
      'login',
      'password-change',
      'payout',
      'address',
      'identity-verification',
      'two-factor',
      'none',
    ] as const)
      expect(ruledOut(pageClass, message), pageClass).toBe(false);
  });

  it('rules out sign-in, sign-up, password and e-mail pages where nothing can be typed, and nothing else', () => {
    const empty = { inputs: 0, passwords: 0, newPasswords: 0 } as FieldCounts;
    const oneField = { inputs: 1, passwords: 0, newPasswords: 0 } as FieldCounts;
    for (const pageClass of ['login', 'signup', 'password-change', 'email-change'] as const) {
      expect(ruledOut(pageClass, empty), pageClass).toBe(true);
      expect(ruledOut(pageClass, oneField), pageClass).toBe(false);
    }
    for (const pageClass of ['payout', 'address', 'identity-verification', 'two-factor', 'none'] as const)
      expect(ruledOut(pageClass, empty), pageClass).toBe(false);
  });
});

describe('payout pages in other languages', () => {
  const page = (main: string) => {
    document.body.innerHTML = `<main>${main}</main>`;
    return recognizePage(document).kind;
  };

  it('an Italian withdrawal request and a Spanish bank details form read payout', () => {
    expect(
      page(`<h1>Richiesta di prelievo</h1><form>
        <label for="c">Numero di conto</label><input id="c">
        <label for="a">Importo</label><input id="a"><button>Invia</button></form>`),
    ).toBe('payout');
    expect(
      page(`<h1>Datos bancarios</h1><form>
        <label for="c">Número de cuenta</label><input id="c">
        <label for="b">Banco</label><input id="b"><button>Guardar</button></form>`),
    ).toBe('payout');
    // Control: the same Spanish form asking for an order number is no payout page.
    expect(
      page(`<h1>Datos del pedido</h1><form>
        <label for="c">Número de pedido</label><input id="c">
        <label for="b">Banco</label><input id="b"><button>Guardar</button></form>`),
    ).toBeNull();
  });
});
