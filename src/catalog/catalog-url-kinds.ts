import type { PageKind } from '../model/page-kinds';
import { GENERATED_CATALOG_URL_KINDS } from './catalog-url-kinds.generated';

/**
 * Every catalogued URL shape with the page kind it names, site after site in catalog order, and
 * nothing else of the catalog: the content script runs on every marketplace page and keeps a size
 * budget. No host list is needed: each pattern starts with its own site's hosts, and no pattern
 * matches another site's host (both checked by tests/catalog/catalog-url-kinds.test.ts, which also
 * generates the file from the site files).
 */
export const CATALOG_URL_KINDS = GENERATED_CATALOG_URL_KINDS;

/** The kind a catalog URL pattern gives `location` (`hostname + pathname`, lower case), if any. */
export function catalogKind(location: string): PageKind | null {
  return CATALOG_URL_KINDS.find(([, pattern]) => pattern.test(location))?.[0] ?? null;
}
