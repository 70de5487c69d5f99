import { containsAnyWord, normalizeText } from '../domain/recognition/text-match';

/** Words naming a one-time code (not a password), in the languages the vocabulary covers. */
const ONE_TIME_CODE_WORDS =
  'otp|totp|hotp|one time|verification code|security code|auth code|authentication code|2fa|mfa|passcode|pin|' +
  'bestätigungscode|sicherheitscode|einmalcode|code de vérification|code à usage unique|código de verificación|código de un solo uso|codice di verifica|' +
  '認証コード|確認コード|ワンタイム|セキュリティコード|暗証番号|多要素認証|二段階認証|2段階認証|驗證碼|認證碼|一次性密碼|多重要素驗證';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Words a field carries about itself: its labels, aria-label, placeholder, name and id. */
export function ownFieldWords(input: Field): string {
  const parts = Array.from(input.labels ?? [], (label) => label.textContent ?? '');
  parts.push(
    input.getAttribute('aria-label') ?? '',
    input.getAttribute('placeholder') ?? '',
    // Identifiers only: "userName" reads "user name", while a label's "PayPal" stays one word.
    `${input.name} ${input.id}`.replace(/([a-z])([A-Z])/g, '$1 $2'),
  );
  return normalizeText(parts.join(' '));
}

/**
 * A one-time code (TOTP, SMS or e-mail code, PIN), whatever its `type`: never breach-checked and no
 * sign of a login. Pure DOM reading: attributes, labels and the short numeric shape codes take.
 */
export function isOneTimeCodeField(input: HTMLInputElement): boolean {
  const tokens = (input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  if (tokens.includes('one-time-code')) return true;
  const maxLength = input.maxLength;
  const numeric = input.inputMode === 'numeric' || /^\[0-9\]|^\\d/.test(input.pattern);
  if (numeric && maxLength > 0 && maxLength <= 8) return true;
  return containsAnyWord(ownFieldWords(input), ONE_TIME_CODE_WORDS);
}
