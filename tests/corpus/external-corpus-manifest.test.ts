import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_CORPUS_DIR } from '../../e2e/support/external-corpus';
import { PAGE_KINDS } from '../../src/model/page-kinds';

/** What every page's entry must say: kind, language, where it came from, under which licence. */
const EntrySchema = v.object({
  file: v.pipe(v.string(), v.regex(/^pages\/[a-z0-9-]+\/[\w.-]+\.html$/)),
  kind: v.nullable(v.picklist(PAGE_KINDS)),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/)),
  source: v.object({
    repository: v.pipe(v.string(), v.regex(/^[\w.-]+\/[\w.-]+$/)),
    path: v.pipe(v.string(), v.minLength(1)),
    commit: v.pipe(v.string(), v.regex(/^[0-9a-f]{7,40}$/)),
    locale: v.optional(v.string()),
  }),
  // SPDX identifiers, as the licence table in LICENSES.md gives them.
  licence: v.pipe(v.string(), v.regex(/^[A-Za-z0-9.+-]+$/)),
  changes: v.pipe(v.string(), v.minLength(1)),
  half: v.picklist(['tuning', 'test']),
});
const ManifestSchema = v.object({
  pages: v.array(EntrySchema),
  split: v.object({ test: v.array(v.string()) }),
});

/** Sources the acceptance tests use: they must never be tuned on, nor even be in this corpus. */
const RESERVED = /bitwarden|chromium|ec-?cube|allauth|two-factor-auth|sharetribe/i;

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

const manifest = v.parse(
  ManifestSchema,
  JSON.parse(readFileSync(join(EXTERNAL_CORPUS_DIR, 'manifest.json'), 'utf8')),
);

describe('external corpus manifest', () => {
  it('gives every page its kind, language, source, commit, licence and changes', () => {
    expect(manifest.pages.length).toBeGreaterThanOrEqual(150);
    const files = manifest.pages.map((page) => page.file);
    expect(new Set(files).size, 'each page listed once').toBe(files.length);
  });

  it('lists every page on disk, and only pages on disk', () => {
    const listed = new Set(manifest.pages.map((page) => page.file));
    const onDisk = filesUnder(join(EXTERNAL_CORPUS_DIR, 'pages')).map((file) =>
      relative(EXTERNAL_CORPUS_DIR, file),
    );
    expect(
      onDisk.filter((file) => !listed.has(file)),
      'pages with no entry',
    ).toEqual([]);
    expect(
      [...listed].filter((file) => !existsSync(join(EXTERNAL_CORPUS_DIR, file))),
      'entries with no page',
    ).toEqual([]);
  });

  it('splits by source: a page is in the test half exactly when its repository is', () => {
    const testSources = new Set(manifest.split.test);
    const misplaced = manifest.pages
      .filter((page) => (page.half === 'test') !== testSources.has(page.source.repository))
      .map((page) => `${page.file} (${page.half})`);
    expect(misplaced).toEqual([]);
    // Both halves hold pages of every kind and negatives.
    for (const half of ['tuning', 'test'] as const)
      for (const kind of [...PAGE_KINDS, null])
        expect(
          manifest.pages.some((page) => page.half === half && page.kind === kind),
          `${half}: ${kind}`,
        ).toBe(true);
  });

  it('names every folder in LICENSES.md and uses none of the sources reserved for acceptance', () => {
    const licences = readFileSync(join(EXTERNAL_CORPUS_DIR, 'LICENSES.md'), 'utf8');
    const folders = new Set(manifest.pages.map((page) => page.file.split('/')[1]));
    expect([...folders].filter((folder) => !licences.includes(`| \`${folder}/\``))).toEqual([]);
    expect(
      manifest.pages
        .filter((page) => RESERVED.test(page.source.repository) || RESERVED.test(page.file))
        .map((page) => page.file),
    ).toEqual([]);
  });
});
