import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, siteForHost } from '../../src/catalog/catalog';
import { CATALOG_URL_KINDS, catalogKind } from '../../src/catalog/catalog-url-kinds';

const FILE = join(import.meta.dirname, '../../src/catalog/catalog-url-kinds.generated.ts');

/** The generated file's text for the catalog as it is now. */
function generated(): string {
  const lines = CATALOG.flatMap((site) =>
    Object.entries(site.urlPatterns).flatMap(([kind, list]) =>
      (list ?? []).map((pattern) => `  ['${kind}', /${pattern.source}/${pattern.flags}],`),
    ),
  ).join('\n');
  return `// Generated from src/catalog/ by tests/catalog/catalog-url-kinds.test.ts: do not edit. After changing a
// site's URL patterns run: UPDATE_CATALOG_URL_KINDS=1 npx vitest run tests/catalog/catalog-url-kinds.test.ts
import type { PageKind } from '../model/page-kinds';

export const GENERATED_CATALOG_URL_KINDS: readonly (readonly [PageKind, RegExp])[] = [
${lines}
];
`;
}

/** The host part of a pattern (`^(www\\.)?fril\\.jp`), as a whole-host pattern. */
function hostPart(pattern: RegExp): RegExp {
  const slash = pattern.source.indexOf('\\/');
  // A pattern with no path separator has no host part to check: say so rather than test a stub.
  if (slash < 0) throw new Error(`${String(pattern)} names no path after its host`);
  return new RegExp(`${pattern.source.slice(0, slash)}$`);
}

/** The kind the full catalog gives a URL: its owning site's patterns only (the catalog's own rule). */
function ownSiteKind(hostname: string, path: string): string | null {
  for (const [kind, list] of Object.entries(siteForHost(hostname)?.urlPatterns ?? {}))
    if (list?.some((pattern) => pattern.test(hostname + path))) return kind;
  return null;
}

describe('catalog URL kinds (what the content script knows of the catalog)', () => {
  it('are exactly the catalog’s URL patterns, in catalog order', () => {
    if (process.env.UPDATE_CATALOG_URL_KINDS) writeFileSync(FILE, generated());
    expect(readFileSync(FILE, 'utf8')).toBe(generated());
    expect(CATALOG_URL_KINDS.length).toBe(
      CATALOG.reduce((sum, site) => sum + Object.values(site.urlPatterns).flat().length, 0),
    );
  });

  it('each pattern starts with a host of its own site and matches no other site’s host', () => {
    const everyHost = CATALOG.flatMap((site) =>
      site.hosts.flatMap((host) =>
        [host, `www.${host}`, `login.${host}`, `m.${host}`].map((h) => ({ site, h })),
      ),
    );
    for (const site of CATALOG)
      for (const pattern of Object.values(site.urlPatterns).flat()) {
        expect(pattern.source.startsWith('^'), String(pattern)).toBe(true);
        const host = hostPart(pattern);
        for (const { site: other, h } of everyHost)
          if (host.test(h)) expect(other.id, `${String(pattern)} matches ${h}`).toBe(site.id);
      }
  });

  it('give the kind the owning site’s patterns give (control: a path no pattern knows)', () => {
    const urls: [string, string][] = [
      ['fril.jp', '/login'],
      ['web.fril.jp', '/users/sign_up'],
      ['jp.mercari.com', '/mypage/personal_info/passkeys'],
      ['www.mercari.com', '/mypage/deliver_address'],
      ['account.edit.yahoo.co.jp', '/authdevice'],
      ['edit.wallet.yahoo.co.jp', '/config/wallet_trans_update'],
      ['signin.ebay.co.uk', '/ws/ebayisapi.dll'],
      ['fril.jp', '/x-corpus/page'],
      ['example.com', '/login'],
    ];
    for (const [hostname, path] of urls)
      expect(catalogKind(hostname + path), hostname + path).toBe(ownSiteKind(hostname, path));
    expect(catalogKind('fril.jp/login')).toBe('login');
    expect(catalogKind('fril.jp/x-corpus/page')).toBeNull();
  });
});
