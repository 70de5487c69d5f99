import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_DIR } from './audit';

/** Prints how much the leak audit covered across the whole suite. */
export default function globalTeardown(): void {
  if (!existsSync(AUDIT_DIR)) return;
  const totals = { tests: 0, requests: 0, extensionRequests: 0, storageScans: 0 };
  for (const file of readdirSync(AUDIT_DIR)) {
    const audit = JSON.parse(readFileSync(join(AUDIT_DIR, file), 'utf8')) as Omit<typeof totals, 'tests'>;
    totals.tests++;
    totals.requests += audit.requests;
    totals.extensionRequests += audit.extensionRequests;
    totals.storageScans += audit.storageScans;
  }
  console.log(
    `Leak audit: ${totals.tests} tests, ${totals.requests} requests audited (${totals.extensionRequests} made by the extension, all GET /range/<prefix> with Add-Padding), ${totals.storageScans} storage scans clean.`,
  );
}
