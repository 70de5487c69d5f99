import type { PageKind } from '../../model/page-kinds';

/** What a page can be: one of the kinds, or `none` (newsletters, search, checkout, contact...). */
export type PageClass = PageKind | 'none';

/**
 * Words for each class in ja, en, de, fr, es, it, Chinese (written in Traditional characters:
 * Simplified text is folded to them) and the Portuguese words that read the tuning pages better,
 * `|`-separated, compared with normalized text (see text-match.ts): Latin words match whole words,
 * so "address" is not found in "addresses" and "join" not in "joined"; CJK words match inside
 * compounds. Kept as data so the weights fitted on the tuning corpus see the same evidence as the
 * content script.
 */
export const VOCABULARY: Record<PageClass, string> = {
  login:
    'log in|login|sign in|signin|log on|returning customer|remember me|forgot your password|forgot password|forgotten password|lost password|lost your password|new user|no account|' +
    'anmelden|anmeldung|einloggen|angemeldet bleiben|passwort vergessen|' +
    'connexion|se connecter|mot de passe oublié|se souvenir de moi|' +
    'iniciar sesión|inicia sesión|has olvidado tu contraseña|olvidaste tu contraseña|' +
    'accedi|accesso|ricordami|password dimenticata|' +
    'ログイン|サインイン|パスワードをお忘れ|' +
    '登入|登錄|忘記密碼|記住我' +
    '|keep me signed in|stay signed in|forgot username|connectez vous|次回から自動|iniciar sessão|esqueceu a senha|lembrar de mim' +
    // A sign-in page's pitch to those not yet signed up, as "new user" and "no account" above.
    '|登録されていない方|登録がまだの方|登録がお済みでない方',
  signup:
    'sign up|signup|register|registration|create account|create an account|create your account|join now|new customer|already registered|already have an account|' +
    'registrieren|registrierung|konto erstellen|' +
    "créer un compte|créer votre compte|enregistrement|inscription|s'inscrire|" +
    'crear cuenta|regístrate|registrarse|registro|' +
    'registrati|registrazione|crea account|' +
    '会員登録|新規登録|アカウント作成|アカウントを作成|アカウント登録|新規会員|無料登録|入会|' +
    '註冊|建立帳號' +
    '|create a new account|create my account|create a password|passwort erstellen|créez un mot de passe|crea una contraseña|crea una password|パスワードを作成|建立密碼|join free|become a member|become a seller|become a vendor|open an account|ouvrir un compte|crea tu cuenta|はじめての方|初めての方|メンバー登録|ユーザー登録|新規アカウント|出品者登録' +
    '|創建帳|已有帳|criar conta|crie sua conta|inscrever se|cree su cuenta|crear una cuenta|créer mon compte',
  // No confirmation words ("password confirmation", 「確認用パスワード」): signups ask for the password twice
  // as often; the fields' structure weighs a second new password.
  'password-change':
    'change password|change your password|change my password|new password|update password|reset password|reset your password|current password|' +
    'passwort ändern|neues passwort|passwort aktualisieren|passwort zurücksetzen|aktuelles passwort|bisheriges passwort|' +
    'changer le mot de passe|changer votre mot de passe|nouveau mot de passe|mot de passe actuel|réinitialiser|mise à jour du mot de passe|' +
    'cambiar contraseña|nueva contraseña|contraseña actual|restablecer|modificación de contraseña|' +
    'modifica password|nuova password|password attuale|reimposta|' +
    'パスワード変更|パスワードの変更|パスワードを変更|新しいパスワード|パスワード再設定|パスワードをリセット|パスワード更新|現在のパスワード|' +
    '新密碼|重設密碼|目前的密碼' +
    '|password updated|update your password|現パスワード|變更密碼|更改密碼' +
    // The same request in the other word order: "Password reset", 「パスワードのリセット」.
    '|password reset|passwort wiederherstellung|réinitialisation du mot de passe|restablecimiento de contraseña|resetta la password|パスワードリセット|パスワードのリセット|パスワードの再設定|パスワードの初期化|密碼重設|重置密碼' +
    '|修改密碼|密碼修改|當前密碼|舊密碼|找回密碼|redefinir senha|redefinição de senha|nova senha|redefinir sua senha',
  'email-change':
    'change email|change e mail|change your email|email addresses|e mail addresses|add email|add an email|new email|new e mail|update email|email change|set as primary|primary email|profile information|' +
    'e mail adressen|' +
    'adresses e mail|' +
    'direcciones de correo|' +
    'indirizzi email|' +
    'メールアドレス変更|メールアドレスの変更|メールアドレスを変更|新しいメールアドレス|メールアドレスの追加|メールアドレス(非公開)|' +
    '新增電子郵件' +
    '|update your email address|email address change|make primary|edit profile|account details|account information|会員情報|顧客情報|プロフィール編集|primary address|add another email|resend verification|verification email|email settings|メールアドレスの登録|メールアドレス設定|メールアドレスの編集|メールアドレスを追加|變更電子郵件|電子郵件設定|新しい電子メール|新しいメール|新的電子郵件' +
    '|修改郵箱|更改郵箱|更換郵箱|綁定郵箱|新郵箱|新建郵箱|修改電子郵件|郵箱設置|郵箱修改|電子郵件修改' +
    // "Change e-mail" in the other languages.
    '|e mail adresse ändern|e mail ändern|neue e mail adresse|changer d adresse e mail|modifier l adresse e mail|modifier votre adresse e mail|nouvelle adresse e mail|cambiar correo|cambiar dirección de correo|nueva dirección de correo|nuevo correo|cambia email|modifica email|nuovo indirizzo email|nuovo indirizzo e mail|nuova email',
  payout:
    'bank account|bank details|payout|payouts|pay out|withdraw|withdrawal|account number|routing number|iban|bic|swift|sort code|account holder|bank name|bank owner|receive payments|receive money|receive donations|so we can pay you|payment information|payment processors|' +
    'kontoinhaber|auszahlung|kontonummer|bankkonto|' +
    'coordonnées bancaires|compte bancaire|titulaire du compte|virement|versement|recevoir des dons|' +
    'cuenta bancaria|retirar|recibir donaciones|' +
    'conto bancario|intestatario|ricevere donazioni|' +
    '振込申請|振込先|口座番号|口座名義|口座情報|銀行口座|支店|売上金|出金|払い出し|受取口座|寄付を受け取|' +
    '銀行帳戶|收款' +
    '|payment details|get paid|bank transfer|branch code|branch name|beneficiary|stripe|paypal|auszahlungen|versements|retrait|振込口座|金融機関|口座種別|普通預金|当座|売上の振込|入金口座|受取方法|報酬の受取|銀行振込|ゆうちょ|口座登録|撥款|銀行帳號|提領' +
    '|提現|銀行卡|提款' +
    // "Account number", "bank details", "withdrawal" in the other languages, as in English above.
    '|withdrawals|bankverbindung|numéro de compte|número de cuenta|datos bancarios|numero di conto|coordinate bancarie|prelievo|prelievi|ルーティング番号|銀行名',
  address:
    'address|addresses|postal code|zip code|postcode|' +
    'adresse|adressen|lieferadresse|postleitzahl|straße|' +
    'adresses|code postal|' +
    'dirección|direcciones|código postal|' +
    'indirizzo|indirizzi|' +
    '住所|郵便番号|都道府県|市区町村|お届け先|配送先|番地|' +
    '地址|郵遞區號' +
    '|apartment|suite|city|province|prefecture|ship to|street|hausnummer|stadt|ort|ville|ciudad|provincia|calle|città|建物名|マンション名|丁目' +
    '|郵編|郵政編碼|收貨人|endereços|cep|cidade|bairro|complemento',
  'identity-verification':
    'identity|id verification|id document|identification|driver s license|driving licence|passport|kyc|date of birth|nationality|' +
    'identität|ausweis|personalausweis|reisepass|geburtsdatum|nationalität|' +
    'identité|date de naissance|nationalité|' +
    'identidad|pasaporte|fecha de nacimiento|nacionalidad|' +
    'identità|data di nascita|nazionalità|' +
    '本人確認|身分証|運転免許証|マイナンバー|生年月日|国籍|身元|' +
    '身份|出生日期' +
    '|government id|photo id|id card|national id|residence permit|selfie|take a photo|legal name|tax information|tax id|issuing country|dni|identificación|顔写真|在留カード|健康保険証|パスポート|ekyc|本人情報|セルフィー|身分證|護照|身分驗證' +
    '|實名|identidade|data de nascimento|nacionalidade',
  'two-factor':
    'two factor|two step|2 step|2 factor|2fa|mfa|multi factor|authenticator|one time code|recovery codes|setup key|security key|passkey|passkeys|' +
    'zwei faktor|authentifizierung|' +
    'deux facteurs|authentification|code à usage unique|' +
    'dos factores|autenticación|' +
    'due fattori|autenticazione|codice one time|' +
    '2段階認証|二要素認証|パスキー|認証アプリ|ワンタイムコード|' +
    '驗證器' +
    '|backup codes|backup code|recovery code|totp|security keys|webauthn|one time password|verification app|authentication app|token generator|trusted devices|second factor|2要素認証|二段階|多要素認証|セキュリティキー|バックアップコード|リカバリーコード|ワンタイムパスワード|一次性密碼|einmal passwort|mot de passe à usage unique|contraseña de un solo uso|password monouso|雙重驗證|兩步驟驗證|兩階段驗證|多重要素驗證|多因素驗證' +
    '|兩步驗證|二次驗證|雙因素|恢復碼|備用碼|安全密鑰|多重驗證|dois fatores|código de backup|códigos de backup|senha de uso único',
  none:
    'newsletter|subscribe|subscription|search|contact us|contact form|message|comment|card number|credit card|expiration|cvc|cvv|add to cart|checkout|order history|sign up for updates|our emails|' +
    'abonnieren|suche|suchergebnisse|nachricht|bestellungen|' +
    'abonner|rechercher|nous contacter|commandes|' +
    'suscribirse|buscar|resultados de búsqueda|contacto|mensaje|pedidos|' +
    'iscriviti|cerca|risultati della ricerca|contattaci|messaggio|ordini|' +
    'メルマガ|メールマガジン|購読|検索|お問い合わせ|カード番号|クレジットカード|注文履歴|' +
    '訂閱|搜尋|聯絡|訂單' +
    '|order summary|help center|faq|frequently asked questions|よくある質問|ヘルプ|hilfe|aide|ayuda|shipping method|place order|shopping cart|your cart|product details|customer reviews|related items|recently viewed|add to wishlist|notifications|notification settings|store settings|shop settings|warenkorb|panier|carrito|carrello|商品詳細|おすすめ|出品する|いいね|カート|購入手続き|通知設定|ショップ設定|購物車' +
    '|搜索|聯系',
};

/**
 * Phrases blanked out before a class's words are looked for: compounds whose meaning differs from
 * their parts (「会員登録内容変更」 edits details, "e-mail address" is no postal address, "sign up
 * for updates" is a newsletter, 「ログインへ戻る」 is a link back, not a login).
 */
export const NOT_THIS_CLASS: Partial<Record<PageClass, string>> = {
  signup:
    'sign up for updates|sign up for our|sign up to our|register your interest|登録内容|登録情報|登録メールアドレス|登録した|' +
    // 「会員登録がまだの方」 speaks to those who have not signed up: a sign-in page's words, above.
    '登録されていない|登録がまだ|登録がお済みでない',
  address:
    'email address|mail address|email addresses|e mail addresses|ip address|web address|e mail adresse|e mail adressen|emailadresse|adresse e mail|adresses e mail|adresse électronique|dirección de correo|direcciones de correo|dirección de email|indirizzo email|indirizzi email|indirizzo e mail|メールアドレス|電子郵件地址|郵箱地址|endereço de e mail|endereços de e mail|endereço de email|endereços de email',
  login:
    'back to login|back to sign in|return to login|return to sign in|zurück zur anmeldung|retour à la connexion|volver a la identificación|torna al login|ログインに戻る|ログインへ戻る|ログイン画面に戻る|ログイン画面へ戻る|ログインページに戻る|ログインページへ戻る|ログイン時刻|ログイン回数',
  // A sign-in code, not an identity document.
  'identity-verification': 'code d identification',
  // A list of past withdrawals, not where money goes.
  payout: 'withdrawal history|payout history|提現記錄',
  none: 'search engines',
};

/**
 * Words naming the forgotten-password page. On a login page they are a link ("Forgot your
 * password?"), so elsewhere they count for login; in a heading they are that page's own title,
 * so there they count for the password page and not for login (see text-match.ts).
 */
export const FORGOTTEN_PASSWORD =
  'forgot your password|forgot password|forgotten password|lost password|lost your password|password recovery|recover password|recover your password|' +
  'passwort vergessen|mot de passe oublié|olvidaste tu contraseña|has olvidado tu contraseña|password dimenticata|' +
  'パスワードをお忘れ|パスワードを忘れ|パスワードの再発行|パスワード再発行|パスワードの回復|recupera la password|忘記密碼|esqueceu a senha';
