import type { CheckText } from '../domain/checklist';
import { t, uiLanguage } from '../platform/i18n';

const language = uiLanguage();

/** Resolves a checklist text: a locale key (with translated list placeholders) or catalog text. */
export function checkText(text: CheckText): string {
  if ('literal' in text) return text.literal[language];
  const list = text.listKeys?.map((key) => t(key)).join(language === 'ja' ? '・' : ', ');
  return t(text.key, list !== undefined ? [list, ...(text.substitutions ?? [])] : text.substitutions);
}
