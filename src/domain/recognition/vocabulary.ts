import type { PageKind } from '../../model/page-kinds';

/** What a page can be: one of the kinds, or `none` (newsletters, search, checkout, contact...). */
export type PageClass = PageKind | 'none';

/**
 * Words for each class in ja, en, de, fr, es, it and zh-Hant, `|`-separated, compared with
 * normalized text (see text-match.ts): Latin words match whole words, so "address" is not found in
 * "addresses" and "join" not in "joined"; CJK words match inside compounds. Kept as data so the
 * weights fitted on the tuning corpus see the same evidence as the content script.
 */
export const VOCABULARY: Record<PageClass, string> = {
  login:
    'log in|login|sign in|signin|log on|returning customer|remember me|forgot your password|forgot password|forgotten password|lost your password|new user|no account|' +
    'anmelden|anmeldung|einloggen|angemeldet bleiben|passwort vergessen|' +
    'connexion|se connecter|mot de passe oublié|se souvenir de moi|' +
    'iniciar sesión|inicia sesión|identifícate|has olvidado tu contraseña|olvidaste tu contraseña|' +
    'accedi|accesso|ricordami|password dimenticata|' +
    'ログイン|サインイン|ログイン状態|パスワードをお忘れ|' +
    '登入|登錄|忘記密碼|記住我',
  signup:
    'sign up|signup|register|registration|create account|create an account|create your account|join now|new customer|register account|already registered|already have an account|' +
    'registrieren|registrierung|konto erstellen|konto anlegen|neues konto|' +
    "créer un compte|créer votre compte|enregistrement|inscription|s'inscrire|" +
    'crear cuenta|crear una cuenta|regístrate|registrarse|registro|' +
    'registrati|registrazione|crea account|crea un account|' +
    '会員登録|新規登録|アカウント作成|アカウントを作成|アカウント登録|新規会員|無料登録|' +
    '註冊|建立帳號|建立帳戶|創建帳戶',
  'password-change':
    'change password|change your password|change my password|new password|update password|reset password|reset your password|current password|confirm new password|password confirmation|' +
    'passwort ändern|neues passwort|passwort aktualisieren|passwort zurücksetzen|aktuelles passwort|bisheriges passwort|' +
    'changer le mot de passe|changer votre mot de passe|nouveau mot de passe|mot de passe actuel|réinitialiser|mise à jour du mot de passe|' +
    'cambiar contraseña|cambiar tu contraseña|nueva contraseña|contraseña actual|restablecer|modificación de contraseña|' +
    'cambia password|modifica password|nuova password|password attuale|reimposta|' +
    'パスワード変更|パスワードの変更|パスワードを変更|新しいパスワード|パスワード再設定|パスワードをリセット|パスワード更新|現在のパスワード|' +
    '變更密碼|更改密碼|新密碼|重設密碼|目前密碼|目前的密碼',
  'email-change':
    'change email|change e mail|change your email|email addresses|e mail addresses|add email|add an email|add email address|new email|new e mail|update email|email change|set as primary|primary email|profile information|' +
    'e mail adresse ändern|neue e mail|e mail adressen|e mail ändern|' +
    'changer d adresse e mail|nouvelle adresse e mail|adresses e mail|modifier l adresse e mail|' +
    'cambiar email|cambiar correo|nuevo email|nuevo correo|direcciones de correo|' +
    'cambia email|nuova email|indirizzi email|' +
    'メールアドレス変更|メールアドレスの変更|メールアドレスを変更|新しいメールアドレス|メールアドレスの追加|メールアドレス(非公開)|' +
    '變更電子郵件|更改電子郵件|新的電子郵件|電子郵件地址(私人)|新增電子郵件',
  payout:
    'bank account|bank details|payout|payouts|pay out|withdraw|withdrawal|account number|routing number|iban|bic|swift|swift code|sort code|account holder|bank name|bank owner|receive payments|receive money|receive donations|so we can pay you|payment information|payment processors|' +
    'bankverbindung|kontoinhaber|auszahlung|kontonummer|bankkonto|zahlungsempfang|' +
    'coordonnées bancaires|compte bancaire|titulaire du compte|virement|versement|recevoir des dons|' +
    'cuenta bancaria|titular de la cuenta|datos bancarios|retirar|recibir donaciones|' +
    'conto bancario|intestatario|coordinate bancarie|prelievo|ricevere donazioni|' +
    '振込申請|振込先|口座番号|口座名義|口座情報|銀行口座|支店|売上金|出金|払い出し|受取口座|寄付を受け取|' +
    '銀行帳戶|銀行帳號|提領|提款|收款|接收捐款',
  address:
    'address|addresses|shipping address|delivery address|billing address|address book|your addresses|add a new address|postal code|zip code|postcode|street address|address line|' +
    'adresse|adressen|lieferadresse|rechnungsadresse|postleitzahl|straße|' +
    'adresses|adresse de livraison|code postal|' +
    'dirección|direcciones|dirección de envío|código postal|' +
    'indirizzo|indirizzi|indirizzo di spedizione|' +
    '住所|郵便番号|都道府県|市区町村|お届け先|配送先|番地|' +
    '地址|收件地址|郵遞區號',
  'identity-verification':
    'identity|identity verification|verify your identity|id verification|identity document|id document|identification|driver s license|driving licence|passport|proof of identity|kyc|date of birth|nationality|personal information|' +
    'identität|identitätsnachweis|ausweis|personalausweis|reisepass|geburtsdatum|staatsangehörigkeit|nationalität|' +
    'identité|pièce d identité|vérification d identité|date de naissance|nationalité|' +
    'identidad|verificación de identidad|documento de identidad|pasaporte|fecha de nacimiento|nacionalidad|' +
    'identità|documento d identità|passaporto|data di nascita|nazionalità|' +
    '本人確認|身分証|運転免許証|マイナンバー|本人確認書類|生年月日|国籍|身元|' +
    '身分驗證|身分證|身份|護照|出生日期|國籍',
  'two-factor':
    'two factor|two step|2 step|2 factor|2fa|mfa|multi factor|authenticator|authenticator app|one time code|recovery codes|setup key|security key|passkey|passkeys|' +
    'zwei faktor|zweistufige|authentifizierung|mobile authentifizierung|' +
    'double authentification|deux facteurs|authentification|code à usage unique|' +
    'dos factores|doble factor|autenticación|código de un solo uso|' +
    'due fattori|autenticazione|codice one time|' +
    '二段階認証|2段階認証|二要素認証|パスキー|認証アプリ|authenticator|ワンタイムコード|' +
    '兩步驟驗證|雙重驗證|兩階段驗證|驗證器',
  none:
    'newsletter|subscribe|subscription|search|search results|contact us|contact form|message|comment|card number|credit card|expiration|cvc|cvv|add to cart|checkout|order history|sign up for updates|our emails|' +
    'abonnieren|suche|suchergebnisse|kontakt|nachricht|bestellungen|' +
    's abonner|abonner|rechercher|résultats de recherche|nous contacter|commandes|' +
    'suscribirse|suscríbete|buscar|resultados de búsqueda|contacto|mensaje|pedidos|' +
    'iscriviti|cerca|risultati della ricerca|contattaci|messaggio|ordini|' +
    'メルマガ|メールマガジン|購読|検索|お問い合わせ|カード番号|クレジットカード|カートに追加|注文履歴|' +
    '訂閱|搜尋|聯絡|訊息|信用卡|訂單',
};

/**
 * Phrases blanked out before a class's words are looked for: compounds whose meaning differs from
 * their parts (「会員登録内容変更」 edits details, "e-mail address" is no postal address, "sign up
 * for updates" is a newsletter).
 */
export const NOT_THIS_CLASS: Partial<Record<PageClass, string>> = {
  signup:
    'sign up for updates|sign up for our|sign up to our|register your interest|会員登録内容|会員登録情報|登録内容|登録情報|登録メールアドレス|登録した',
  address:
    'email address|e mail address|mail address|email addresses|e mail addresses|ip address|web address|e mail adresse|e mail adressen|emailadresse|adresse e mail|adresses e mail|adresse électronique|dirección de correo|direcciones de correo|dirección de email|indirizzo email|indirizzi email|indirizzo e mail|メールアドレス|電子郵件地址|bank owner address|votre adresse',
  login:
    'back to login|zurück zur anmeldung|retour à la connexion|volver a la identificación|torna al login|ログインに戻る|ログイン時刻|ログイン回数',
  'password-change': 'forgot your password|passwort vergessen|mot de passe oublié',
  none: 'search engines',
};
