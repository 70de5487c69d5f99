// Writes release/furima-guard-<version>.zip from dist/ (store upload format: files at the zip root).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${dist}manifest.json`, 'utf8'));
const releaseDir = new URL('../release/', import.meta.url).pathname;
const target = `${releaseDir}furima-guard-${version}.zip`;
mkdirSync(releaseDir, { recursive: true });
rmSync(target, { force: true });
// Python's zipfile is on every build machine we support and needs no extra npm dependency.
execFileSync('python3', ['-m', 'zipfile', '-c', target, ...readdirSync(dist)], {
  cwd: dist,
  stdio: 'inherit',
});
console.log(`wrote ${target}`);
