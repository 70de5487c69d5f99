import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, siteForHost } from '../../src/catalog/catalog';
import { SITE_ADDRESSES, siteAddressForHost } from '../../src/catalog/site-addresses';

const FILE = join(import.meta.dirname, '../../src/catalog/site-addresses.generated.ts');

/** The generated file's text for the catalog as it is now. */
function generated(): string {
  const regex = (pattern: RegExp) => `/${pattern.source}/${pattern.flags}`;
  const sites = CATALOG.map((site) => {
    const patterns = Object.entries(site.urlPatterns)
      .map(([kind, list]) => `      '${kind}': [${(list ?? []).map(regex).join(', ')}],`)
      .join('\n');
    return `  {\n    id: '${site.id}',\n    hosts: [${site.hosts.map((host) => `'${host}'`).join(', ')}],\n    urlPatterns: {\n${patterns}\n    },\n  },`;
  }).join('\n');
  return `// Generated from src/catalog/ by tests/catalog/site-addresses.test.ts: do not edit. After changing a
// site's hosts or URL patterns run: UPDATE_SITE_ADDRESSES=1 npx vitest run tests/catalog/site-addresses.test.ts
import type { SiteAddress } from '../model/marketplace';

export const GENERATED_SITE_ADDRESSES: readonly SiteAddress[] = [
${sites}
];
`;
}

describe('site addresses (what the content script knows of the catalog)', () => {
  it('are exactly the catalog’s hosts and URL patterns', () => {
    if (process.env.UPDATE_SITE_ADDRESSES) writeFileSync(FILE, generated());
    expect(readFileSync(FILE, 'utf8')).toBe(generated());
    expect(SITE_ADDRESSES.map((site) => site.id)).toEqual(CATALOG.map((site) => site.id));
  });

  it('find the same site for a host as the full catalog', () => {
    for (const host of [
      'fril.jp',
      'web.fril.jp',
      'jp.mercari.com',
      'www.ebay.co.uk',
      'example.com',
      'login.yahoo.co.jp',
    ])
      expect(siteAddressForHost(host)?.id).toBe(siteForHost(host)?.id);
  });
});
