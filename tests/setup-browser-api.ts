// Unit tests run outside a browser: give webextension-polyfill the `browser` object it expects,
import { join } from 'node:path';
// backed by in-memory storage areas and the real `_locales/en` messages.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach } from 'vitest';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
const listeners = new Set<Listener>();

function storageArea(name: string) {
  let data: Record<string, unknown> = {};
  return {
    reset() {
      data = {};
    },
    async get(keys?: string | string[] | null) {
      if (keys === null || keys === undefined) return structuredClone(data);
      const wanted = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(
        wanted.filter((key) => key in data).map((key) => [key, structuredClone(data[key])]),
      );
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[key], newValue: structuredClone(value) };
        data[key] = structuredClone(value);
      }
      for (const listener of listeners) listener(changes, name);
    },
    async remove(keys: string | string[]) {
      for (const key of Array.isArray(keys) ? keys : [keys]) delete data[key];
    },
  };
}

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const english = JSON.parse(
  readFileSync(join(import.meta.dirname, '../public/_locales/en/messages.json'), 'utf8'),
) as Messages;

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = english[key];
  if (!entry) return '';
  const values =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => values[Number(index) - 1] ?? '');
  });
}

export const fakeStorage = {
  local: storageArea('local'),
  session: storageArea('session'),
  managed: storageArea('managed'),
};

const runtime = {
  id: 'furima-guard-test',
  getURL: (path: string) => `chrome-extension://furima-guard-test/${path}`,
};
Object.assign(globalThis, {
  chrome: { runtime },
  browser: {
    runtime,
    storage: {
      ...fakeStorage,
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
    i18n: { getMessage, getUILanguage: () => 'en-US' },
    permissions: { contains: async () => false },
  },
});

beforeEach(() => {
  for (const area of Object.values(fakeStorage)) area.reset();
});
