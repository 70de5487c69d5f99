import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../src/model/page-kinds';
import { RESPONSE_STEP_IDS } from '../../src/domain/response-playbook';
import { ATTENTION_REASONS } from '../../src/domain/attention';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (language: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../public/_locales/${language}/messages.json`), 'utf8'),
  ) as Messages;
const english = load('en');
const japanese = load('ja');

function placeholdersOf(entry: Messages[string]): string[] {
  return [
    ...new Set(
      [...entry.message.matchAll(/\$([A-Za-z_]+)\$/g)].map((match) => (match[1] as string).toLowerCase()),
    ),
  ].sort();
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('en and ja have the same keys', () => {
    expect(Object.keys(japanese).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('%s uses the same placeholders in both languages, each declared', (key) => {
    const en = english[key]!;
    const ja = japanese[key]!;
    expect(placeholdersOf(ja)).toEqual(placeholdersOf(en));
    for (const name of placeholdersOf(en)) {
      expect(en.placeholders?.[name], `en ${key} declares $${name}$`).toBeDefined();
      expect(ja.placeholders?.[name], `ja ${key} declares $${name}$`).toBeDefined();
    }
    expect(ja.message.trim()).not.toBe('');
  });

  it('keys built at run time exist: banners per page kind, unchecked reasons, steps, verdicts', () => {
    const kinds = PAGE_KINDS;
    const reasons = ['offline', 'timeout', 'rate-limited', 'server-error', 'malformed', 'worker-restarted'];
    const steps = RESPONSE_STEP_IDS;
    const keys = [
      ...kinds.flatMap((kind) => [
        `bannerTitle_${kind.replace(/-/g, '_')}`,
        `bannerBody_${kind.replace(/-/g, '_')}`,
      ]),
      ...reasons.map((reason) => `uncheckedReason_${reason.replace(/-/g, '_')}`),
      ...steps.flatMap((step) => [`step_${step.replace(/-/g, '_')}`, `step_${step.replace(/-/g, '_')}_body`]),
      ...['breached', 'clean', 'unchecked', 'reused'].map((verdict) => `verdict_${verdict}`),
      ...['done', 'todo', 'attention'].map((state) => `state_${state}`),
      ...['sms', 'call', 'email', 'totp', 'u2f', 'app'].map((method) => `method_${method}`),
      ...ATTENTION_REASONS.map((reason) => `attention_${reason.replace(/-/g, '_')}`),
    ];
    for (const key of keys) expect(english, key).toHaveProperty(key);
  });

  it('every key the code asks for by name exists', () => {
    const source = sourceFiles(join(import.meta.dirname, '../../src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const literalKeys = [...source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((match) => match[1] as string);
    expect(literalKeys.length).toBeGreaterThan(10);
    for (const key of literalKeys) expect(english, key).toHaveProperty(key);
  });
});
