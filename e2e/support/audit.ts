import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type BrowserContext } from '@playwright/test';
import { MIRROR_HOST, type LoopbackWorld } from './loopback-world';
import { RANGE_API_HOST, requestProblems } from './request-audit';
import { testSecrets, tracesOf } from './secrets';
import { dumpExtensionStorage } from './storage-scan';

export const AUDIT_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'audit');

/**
 * Run after every e2e test (security model, issue "prove the guard cannot become the leak"):
 * 1. every request the extension made is `GET /range/<5 hex>` with `Add-Padding: true`, and no
 *    request anywhere carries a test password's SHA-1 or suffix, nor its plaintext except to the
 *    site it was typed into;
 * 2. the extension's storage (local, session, every IndexedDB database) and the pages' own
 *    storage and cookies hold no password, SHA-1 or suffix.
 * The Firefox fixture runs the same parts (`auditRequests`, `auditStored`, `recordAudit`).
 */
export async function auditAfterTest(
  world: LoopbackWorld,
  context: BrowserContext,
  extensionId: string,
  testId: string,
): Promise<void> {
  const extensionRequests = auditRequests(world);
  let storageScans = 0;
  if (context.pages().length > 0 || context.serviceWorkers().length > 0) {
    const stored = await dumpFromWorkerOrPage(context, extensionId);
    const pageStores: string[] = [];
    for (const page of context.pages()) {
      if (!page.url().startsWith('https://')) continue;
      pageStores.push(await page.evaluate(pageStorage).catch(() => ''));
    }
    auditStored(stored, pageStores);
    storageScans = 1 + pageStores.length;
  }
  recordAudit(testId, { requests: world.nonBrowserRequests().length, extensionRequests, storageScans });
}

/**
 * The extension's stores, read in its service worker when one runs (no page to load), else in an
 * extension page opened for it.
 */
async function dumpFromWorkerOrPage(context: BrowserContext, extensionId: string): Promise<string> {
  const worker = context.serviceWorkers()[0];
  const fromWorker = worker ? await dumpExtensionStorage(worker).catch(() => null) : null;
  if (fromWorker !== null) return fromWorker;
  const scanner = await context.newPage();
  try {
    await scanner.goto(`chrome-extension://${extensionId}/src/pages/banner/banner.html`);
    return await dumpExtensionStorage(scanner);
  } finally {
    await scanner.close();
  }
}

/** Part 1, any browser: what left the browser. Returns how many requests the extension made. */
export function auditRequests(world: LoopbackWorld): number {
  const traces = [...testSecrets].map(tracesOf);
  const rangeHosts = [RANGE_API_HOST, MIRROR_HOST];
  const extensionRequests = world.requests.filter(
    (request) =>
      rangeHosts.includes(request.host) ||
      /^(chrome|moz)-extension:\/\//.test(String(request.headers.origin ?? '')),
  );
  expect(
    requestProblems(world.nonBrowserRequests(), traces, rangeHosts),
    'requests that leave the browser',
  ).toEqual([]);
  return extensionRequests.length;
}

/** A page's own storage and cookies, as one string (evaluated in the page). */
export function pageStorage(): string {
  return JSON.stringify({
    local: { ...localStorage },
    session: { ...sessionStorage },
    cookie: document.cookie,
  });
}

/** Part 2, any browser: neither the extension's storage dump nor the pages' stores hold a trace. */
export function auditStored(stored: string, pageStores: string[]): void {
  for (const trace of [...testSecrets].map(tracesOf)) {
    for (const form of [trace.plain, ...trace.hashes]) {
      expect(stored.includes(form), 'extension storage holds a password trace').toBe(false);
      expect(pageStores.join(' ').includes(form), 'page storage holds a password trace').toBe(false);
    }
  }
}

export function recordAudit(
  testId: string,
  totals: { requests: number; extensionRequests: number; storageScans: number },
): void {
  mkdirSync(AUDIT_DIR, { recursive: true });
  writeFileSync(join(AUDIT_DIR, `${testId}.json`), JSON.stringify(totals));
  testSecrets.clear();
}
