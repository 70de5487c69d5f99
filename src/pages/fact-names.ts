import { t } from '../platform/i18n';

/** A registered fact's name in the UI language (`email` → "Registered e-mail"). */
export function factName(fact: string): string {
  return t(`fact_${fact.replace(/-/g, '_')}`);
}

export const shortDate = (ms: number, language: string) =>
  new Date(ms).toLocaleDateString(language, { month: 'short', day: 'numeric' });

export const shortMoment = (ms: number, language: string) =>
  new Date(ms).toLocaleString(language, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
