import type { Frame, Page, Worker } from '@playwright/test';

/** The fixture marketplaces keep their "server" state in the page origin's localStorage. */
export async function setServerAccount(
  page: Page,
  url: string,
  values: Record<string, string>,
): Promise<void> {
  await page.goto(url);
  await page.evaluate((changes) => {
    const account = JSON.parse(localStorage.getItem('fixture-account') ?? '{}') as Record<string, string>;
    localStorage.setItem('fixture-account', JSON.stringify({ ...account, ...changes }));
  }, values);
}

/** The account-changed alert frame of the top document, or null. */
export function findAlertFrame(page: Page): Frame | undefined {
  return page
    .frames()
    .find(
      (frame) =>
        frame.parentFrame() === page.mainFrame() &&
        frame.url().startsWith('chrome-extension://') &&
        new URL(frame.url()).pathname.endsWith('banner.html') &&
        new URL(frame.url()).searchParams.has('alert'),
    );
}

export async function alertFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = findAlertFrame(page);
    if (frame) {
      await frame.waitForFunction(() => document.documentElement.dataset.alert, undefined, {
        timeout: Math.max(1_000, deadline - Date.now()),
        polling: 100,
      });
      return frame;
    }
    if (Date.now() > deadline) throw new Error(`no account-changed alert on ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

export interface StoredFact {
  id: string;
  fact: string;
  views: Record<string, { digest: string; firstSeenAt: number; lastConfirmedAt: number }>;
  pending: unknown;
  changes: { resolution: string }[];
}

/** The sentinel's records, read from the worker's IndexedDB. */
export async function storedFacts(worker: Worker): Promise<StoredFact[]> {
  return worker.evaluate(async () =>
    // Opening a database that does not exist yet would create an empty one under the extension.
    !(await indexedDB.databases()).some((info) => info.name === 'furima-guard')
      ? []
      : new Promise<StoredFact[]>((resolve, reject) => {
          const request = indexedDB.open('furima-guard');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('accountFacts')) return resolve([]);
            const all = db.transaction('accountFacts').objectStore('accountFacts').getAll();
            all.onsuccess = () => {
              resolve(all.result as StoredFact[]);
              db.close();
            };
          };
        }),
  );
}

/** Waits until the sentinel has stored `count` facts whose views were all confirmed after `since`. */
export async function factsConfirmed(worker: Worker, count: number, since: number, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const facts = await storedFacts(worker);
    const confirmed = facts.filter((fact) =>
      Object.values(fact.views).some((view) => view.lastConfirmedAt >= since),
    );
    if (confirmed.length >= count) return facts;
    if (Date.now() > deadline) throw new Error(`sentinel stored ${JSON.stringify(facts)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
