// Fails the build when a content script outgrows its budget (gzip bytes, scripts/bundle-budgets.json):
// the marketplace content script is injected into every marketplace page, the watcher into every
// page once opted in. Usage: node scripts/check-bundle-budgets.mjs <build directory>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const directory = process.argv[2] ?? 'dist';
const budgets = JSON.parse(readFileSync(new URL('./bundle-budgets.json', import.meta.url), 'utf8'));
let over = false;
for (const [file, budget] of Object.entries(budgets)) {
  const size = gzipSync(readFileSync(join(directory, file))).length;
  const verdict = size <= budget ? 'ok' : 'OVER BUDGET';
  if (size > budget) over = true;
  console.log(
    `${join(directory, file)}: ${size} bytes gzip, budget ${budget} (${budget - size} to spare): ${verdict}`,
  );
}
if (over) process.exit(1);
