import { describe, expect, it } from 'vitest';
import { countClassWords, normalizeText } from '../../src/domain/recognition/text-match';

const words = (text: string, pageClass: Parameters<typeof countClassWords>[1]) =>
  countClassWords(normalizeText(text), pageClass);

describe('class words', () => {
  it('match Latin words whole and CJK words inside compounds', () => {
    expect(words('Add a new address', 'address')).toBe(1);
    expect(words('Sent to all addressees', 'address')).toBe(0);
    expect(words('パスワード変更のお手続き', 'password-change')).toBe(1);
  });

  it('read a Latin word inside Japanese text as a word of its own (control: inside a longer Latin word it is none)', () => {
    expect(words('PayPalアカウントを登録', 'payout')).toBe(1);
    expect(words('2FAを有効にする', 'two-factor')).toBe(1);
    expect(words('スマートフォンのauthenticatorのトークン', 'two-factor')).toBe(1);
    expect(words('PayPalish', 'payout')).toBe(0);
  });

  it('know 入会 (joining) as a Japanese signup word', () => {
    expect(words('新規入会フォーム', 'signup')).toBe(1);
  });

  it('count a compound once, though shorter words overlap inside it (control: two separate words count twice)', () => {
    // 新規会員登録 holds both 新規会員 and 会員登録: one link, one word.
    expect(words('新規会員登録はこちら', 'signup')).toBe(1);
    // Overlapping words too: 新しいパスワード and パスワード再設定 share パスワード.
    expect(words('新しいパスワード再設定', 'password-change')).toBe(1);
    expect(words('新規会員の方は会員登録へ', 'signup')).toBe(2);
  });

  it('read a pitch to those not yet signed up as a sign-in word (control: 会員登録 alone is signup)', () => {
    for (const pitch of ['会員登録がまだの方', 'まだ会員登録されていない方', '会員登録がお済みでない方']) {
      expect(words(pitch, 'login'), pitch).toBe(1);
      expect(words(pitch, 'signup'), pitch).toBe(0);
    }
    expect(words('会員登録', 'login')).toBe(0);
  });

  it('blank out compounds that mean something else (control: the compound alone is signup)', () => {
    expect(words('会員登録内容変更', 'signup')).toBe(0);
    expect(words('会員登録', 'signup')).toBe(1);
    expect(words('Your e-mail address', 'address')).toBe(0);
  });
});

describe('words that depend on where they stand', () => {
  const inHeadings = (text: string, pageClass: Parameters<typeof countClassWords>[1]) =>
    countClassWords(normalizeText(text), pageClass, true);

  it('a forgotten-password heading names the password page; the same words as a link name a login', () => {
    expect(inHeadings('Forgot your password?', 'password-change')).toBe(1);
    expect(inHeadings('Forgot your password?', 'login')).toBe(0);
    expect(inHeadings('パスワードをお忘れの方', 'password-change')).toBe(1);
    // Control: outside headings the words are the login page's link.
    expect(words('Forgot your password?', 'login')).toBe(1);
    expect(words('Forgot your password?', 'password-change')).toBe(0);
  });

  it('"Lost password?" beside a login form is a login word, like "Forgot password?"', () => {
    expect(words('Lost password?', 'login')).toBe(1);
    expect(words('Forgot password?', 'login')).toBe(1);
  });

  it('a login heading still counts for login', () => {
    expect(inHeadings('Sign in to your account', 'login')).toBe(1);
  });

  it('「ログインへ戻る」 (back to login) is no login word either (control: 「ログイン」 is)', () => {
    expect(words('ログインへ戻る', 'login')).toBe(0);
    expect(words('ログイン画面に戻る', 'login')).toBe(0);
    expect(words('ログイン', 'login')).toBe(1);
  });

  it('a withdrawal history is no payout word (control: "withdrawal" and 提现 are)', () => {
    expect(words('Withdrawal history', 'payout')).toBe(0);
    expect(words('Payout history', 'payout')).toBe(0);
    expect(words('提现记录', 'payout')).toBe(0);
    expect(words('Withdrawal request', 'payout')).toBe(1);
    expect(words('申请提现', 'payout')).toBe(1);
  });

  it('a "code d’identification" is a sign-in code, not identity verification (control: "identification" is)', () => {
    expect(words('Code d’identification', 'identity-verification')).toBe(0);
    expect(words('Pièce d’identification', 'identity-verification')).toBe(1);
  });

  it('"back to sign in" on a password page is no login word (control: "sign in" is)', () => {
    expect(words('Back to sign in', 'login')).toBe(0);
    expect(words('Sign in', 'login')).toBe(1);
  });

  it('a password reset is the password page in either word order (control: a bare "password" is not)', () => {
    for (const title of [
      'Password reset',
      'Reset password',
      'パスワードのリセット',
      'パスワードリセット',
      '密碼重設',
      '重置密碼',
      'Restablecimiento de contraseña',
    ])
      expect(words(title, 'password-change'), title).toBe(1);
    expect(words('Password', 'password-change')).toBe(0);
  });

  it('a confirmation field names no page: signups ask for the password twice too (control: a new password does)', () => {
    for (const label of ['Password confirmation', '確認用パスワード', 'パスワード(確認)'])
      expect(words(label, 'password-change'), label).toBe(0);
    expect(words('新しいパスワード', 'password-change')).toBe(1);
  });

  it('a password-recovery heading names the password page in Japanese and Italian', () => {
    expect(inHeadings('パスワードの回復', 'password-change')).toBe(1);
    expect(inHeadings('Recupera la password', 'password-change')).toBe(1);
  });

  it('knows multi-factor and new e-mail in Traditional Chinese and Japanese', () => {
    expect(words('多重要素驗證', 'two-factor')).toBe(1);
    expect(words('新しい電子メールアドレス', 'email-change')).toBe(1);
  });
});

describe('Simplified Chinese, folded to the Traditional characters the words are written in', () => {
  it('reads the same words in either script (control: a word in neither script is no hit)', () => {
    expect(normalizeText('修改密码')).toBe(normalizeText('修改密碼'));
    for (const [text, pageClass] of [
      ['修改密码', 'password-change'],
      ['忘记密码？', 'login'],
      ['注册新账号', 'signup'],
      ['银行账户', 'payout'],
      ['两步验证', 'two-factor'],
      ['绑定邮箱', 'email-change'],
      ['邮政编码', 'address'],
    ] as const)
      expect(words(text, pageClass), text).toBe(1);
    expect(words('修改头像', 'password-change')).toBe(0);
  });

  it('reads the noun-first order of "change password" and "change e-mail" (control: the noun alone is no hit)', () => {
    expect(words('密码修改', 'password-change')).toBe(1);
    expect(words('邮箱修改', 'email-change')).toBe(1);
    expect(words('电子邮件修改', 'email-change')).toBe(1);
    expect(words('密码', 'password-change')).toBe(0);
    expect(words('邮箱', 'email-change')).toBe(0);
  });

  it('leaves Japanese words matching, each counted once though 国籍 and 國籍 fold together', () => {
    expect(words('国籍', 'identity-verification')).toBe(1);
    expect(words('國籍', 'identity-verification')).toBe(1);
    expect(words('口座番号', 'payout')).toBe(1);
    expect(words('郵便番号', 'address')).toBe(1);
    expect(words('当座預金', 'payout')).toBe(1);
  });
});

describe('payout words in every language', () => {
  it('"account number", "bank details" and "withdrawals" in the other languages (control: the same phrases about something else are no hit)', () => {
    for (const text of [
      'Withdrawals',
      'Bankverbindung',
      'Numéro de compte',
      'Número de cuenta',
      'Datos bancarios',
      'Numero di conto',
      'Coordinate bancarie',
      'Richiesta di prelievo',
      'ルーティング番号',
      '銀行名',
    ])
      expect(words(text, 'payout'), text).toBe(1);
    for (const text of ['Numéro de commande', 'Número de pedido', 'Numero di telefono', 'Datos personales'])
      expect(words(text, 'payout'), text).toBe(0);
  });
});

describe('Portuguese, and "change e-mail" in every language', () => {
  it('reads Portuguese words of each kind (control: the same sentence without them is no hit)', () => {
    expect(words('Redefinição de senha', 'password-change')).toBe(1);
    expect(words('Autenticação de dois fatores', 'two-factor')).toBe(1);
    expect(words('Meus endereços: CEP, bairro e cidade', 'address')).toBe(4);
    expect(words('Meus pedidos', 'address')).toBe(0);
  });

  it('an e-mail address is no postal address in Portuguese either (control: "endereços" alone is)', () => {
    expect(words('Gerenciar endereços de e-mail', 'address')).toBe(0);
    expect(words('Gerenciar endereços', 'address')).toBe(1);
  });

  it('"change e-mail" names the e-mail page in de, fr, es and it (control: the e-mail word alone does not)', () => {
    for (const phrase of [
      'E-Mail-Adresse ändern',
      'Modifier l’adresse e-mail',
      'Cambiar dirección de correo electrónico',
      'Modifica email',
    ])
      expect(words(phrase, 'email-change'), phrase).toBeGreaterThan(0);
    expect(words('Adresse e-mail', 'email-change')).toBe(0);
  });
});
