import { t } from '../platform/i18n';
import type { PasswordVerdict } from '../model/verdict';

export interface VerdictMessage {
  tone: 'danger' | 'warn' | 'ok' | 'neutral';
  title: string;
  lines: string[];
}

/** Words for a verdict; a password can be both breached and reused, so lines add up. */
export function verdictMessage(verdict: PasswordVerdict, language: string): VerdictMessage {
  const tokens = new Set(verdict.tokens);
  const lines: string[] = [];
  let title = t('warningTitleClean');
  let tone: VerdictMessage['tone'] = 'ok';
  const reusedOn = verdict.reusedOn ?? [];
  if (tokens.has('reused') && !verdict.siteId) {
    const other = reusedOn[0] ?? '';
    return {
      tone: 'danger',
      title: t('warningTitlePhishing', [other]),
      lines: [t('warningBodyPhishing', [other, verdict.hostname])],
    };
  }
  if (tokens.has('unchecked')) {
    tone = 'warn';
    title = t('warningTitleUnchecked');
    const reason = t(`uncheckedReason_${(verdict.uncheckedReason ?? 'offline').replace(/-/g, '_')}`);
    lines.push(t('warningBodyUnchecked', [reason]));
  }
  if (tokens.has('reused')) {
    tone = 'danger';
    title = t('warningTitleReused');
    lines.unshift(t('warningBodyReused', [reusedOn.join(language === 'ja' ? '、' : ', ')]));
  }
  if (tokens.has('breached')) {
    tone = 'danger';
    title = t('warningTitleBreached');
    const count = new Intl.NumberFormat(language).format(verdict.breachCount ?? 0);
    lines.unshift(
      t('warningBodyBreached', [count]),
      t(verdict.fieldRole === 'new' ? 'warningAdviceNew' : 'warningAdviceCurrent'),
    );
  } else if (tokens.has('reused')) {
    lines.push(t(verdict.fieldRole === 'new' ? 'warningAdviceNew' : 'warningAdviceCurrent'));
  }
  if (tokens.size === 1 && tokens.has('clean')) lines.push(t('warningBodyClean'));

  return { tone, title, lines };
}
