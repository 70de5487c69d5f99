import * as v from 'valibot';
import browser from 'webextension-polyfill';

export type StorageAreaName = 'local' | 'session';

/** Brings a stored value of version `n` to version `n + 1`. */
export type Migration = (older: unknown) => unknown;

export interface ItemDefinition<T> {
  area: StorageAreaName;
  key: string;
  schema: v.GenericSchema<unknown, T>;
  fallback: T;
  /** Current version; a stored value without a version is version 1. */
  version: number;
  /** `migrations[n]` upgrades version `n` to `n + 1`. */
  migrations?: Readonly<Record<number, Migration>>;
}

export interface StorageItem<T> {
  readonly key: string;
  readonly area: StorageAreaName;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  update(change: (current: T) => T): Promise<T>;
  remove(): Promise<void>;
  /** Rewrites an older stored version in the current one (run at start-up). */
  migrate(): Promise<void>;
}

const versionKey = (key: string) => `${key}$version`;

function areaOf(name: StorageAreaName) {
  return name === 'local' ? browser.storage.local : browser.storage.session;
}

/** Applies the migrations from `from` up to `to`; a migration that throws yields undefined. */
function upgrade(
  value: unknown,
  from: number,
  to: number,
  migrations: ItemDefinition<unknown>['migrations'],
) {
  let current = value;
  for (let version = from; version < to; version++) {
    const step = migrations?.[version];
    try {
      current = step ? step(current) : current;
    } catch {
      return undefined;
    }
  }
  return current;
}

/**
 * One stored item, declared once with its key, schema, default, version and migrations (the
 * WXT `defineItem` pattern). Reads parse with the schema: a damaged value reads as the default and
 * is left in place, so nothing is lost that a later version could still read.
 */
export function defineItem<T>(definition: ItemDefinition<T>): StorageItem<T> {
  const { area, key, schema, fallback, version } = definition;
  const read = async (): Promise<{ value: T; stale: boolean }> => {
    const stored = await areaOf(area).get([key, versionKey(key)]);
    if (!(key in stored)) return { value: fallback, stale: false };
    const storedVersion = v.safeParse(v.pipe(v.number(), v.integer()), stored[versionKey(key)]);
    const from = storedVersion.success ? storedVersion.output : 1;
    const raw = from < version ? upgrade(stored[key], from, version, definition.migrations) : stored[key];
    const parsed = v.safeParse(schema, raw);
    return { value: parsed.success ? parsed.output : fallback, stale: from < version && parsed.success };
  };
  const write = (value: T) =>
    areaOf(area).set({ [key]: value, ...(version > 1 ? { [versionKey(key)]: version } : {}) });
  return {
    key,
    area,
    get: async () => (await read()).value,
    set: write,
    async update(change) {
      const next = change((await read()).value);
      await write(next);
      return next;
    },
    remove: () => areaOf(area).remove([key, versionKey(key)]),
    async migrate() {
      const { value, stale } = await read();
      if (stale) await write(value);
    },
  };
}

/** A family of session items sharing a schema, keyed by a suffix (a token, a tab id, a prefix). */
export interface ItemFamily<T> {
  readonly prefix: string;
  get(suffix: string): Promise<T | undefined>;
  set(suffix: string, value: T): Promise<void>;
  remove(suffixes: string | readonly string[]): Promise<void>;
  /** Every readable member, by suffix. */
  all(): Promise<Map<string, T>>;
  keyOf(suffix: string): string;
  parse(value: unknown): T | undefined;
}

export function defineItemFamily<T>(definition: {
  area: StorageAreaName;
  prefix: string;
  schema: v.GenericSchema<unknown, T>;
}): ItemFamily<T> {
  const { area, prefix, schema } = definition;
  const keyOf = (suffix: string) => prefix + suffix;
  const parse = (value: unknown) => {
    const parsed = v.safeParse(schema, value);
    return parsed.success ? parsed.output : undefined;
  };
  return {
    prefix,
    keyOf,
    parse,
    get: async (suffix) => parse((await areaOf(area).get(keyOf(suffix)))[keyOf(suffix)]),
    set: (suffix, value) => areaOf(area).set({ [keyOf(suffix)]: value }),
    remove: (suffixes) =>
      areaOf(area).remove((typeof suffixes === 'string' ? [suffixes] : [...suffixes]).map(keyOf)),
    async all() {
      const everything = await areaOf(area).get(null);
      const members = new Map<string, T>();
      for (const [key, value] of Object.entries(everything)) {
        if (!key.startsWith(prefix)) continue;
        const parsed = parse(value);
        if (parsed !== undefined) members.set(key.slice(prefix.length), parsed);
      }
      return members;
    },
  };
}
