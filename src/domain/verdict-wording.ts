import type { PasswordVerdict } from '../model/verdict';

/**
 * A locale key and its substitutions (text, or wording translated first): wording is decided
 * here, translated where it is shown.
 */
export interface Wording {
  key: string;
  substitutions?: (string | Wording)[];
}

export interface VerdictWording {
  tone: 'danger' | 'warn' | 'ok' | 'neutral';
  title: Wording;
  lines: Wording[];
}

const say = (key: string, ...substitutions: (string | Wording)[]): Wording =>
  substitutions.length > 0 ? { key, substitutions } : { key };

/** Words for a verdict; a password can be both breached and reused, so lines add up. */
export function verdictWording(verdict: PasswordVerdict, language: 'en' | 'ja'): VerdictWording {
  const tokens = new Set(verdict.tokens);
  const lines: Wording[] = [];
  let title = say('warningTitleClean');
  let tone: VerdictWording['tone'] = 'ok';
  const reusedOn = verdict.reusedOn ?? [];
  if (tokens.has('reused') && !verdict.siteId) {
    const other = reusedOn[0] ?? '';
    return {
      tone: 'danger',
      title: say('warningTitlePhishing', other),
      lines: [say('warningBodyPhishing', other, verdict.hostname)],
    };
  }
  if (tokens.has('unchecked')) {
    tone = 'warn';
    title = say('warningTitleUnchecked');
    const reason = say(`uncheckedReason_${(verdict.uncheckedReason ?? 'offline').replace(/-/g, '_')}`);
    lines.push(say('warningBodyUnchecked', reason));
  }
  if (tokens.has('reused')) {
    tone = 'danger';
    title = say('warningTitleReused');
    lines.unshift(say('warningBodyReused', reusedOn.join(language === 'ja' ? '、' : ', ')));
  }
  const advice = say(verdict.fieldRole === 'new' ? 'warningAdviceNew' : 'warningAdviceCurrent');
  if (tokens.has('breached')) {
    tone = 'danger';
    title = say('warningTitleBreached');
    lines.unshift(
      say('warningBodyBreached', new Intl.NumberFormat(language).format(verdict.breachCount ?? 0)),
      advice,
    );
  } else if (tokens.has('reused')) {
    lines.push(advice);
  }
  if (tokens.has('rejected')) {
    // The password that last logged in no longer does: the usual sign that someone changed it.
    tone = 'danger';
    title = say('warningTitleRejected');
    lines.unshift(say('warningBodyRejected'));
  }
  if (tokens.size === 1 && tokens.has('clean')) lines.push(say('warningBodyClean'));
  return { tone, title, lines };
}
