import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The release before the account sentinel (the commit this work starts from, IndexedDB version 2): what
 * users upgrade from. Built once from git into node_modules/.cache and reused by later runs.
 */
export const PREVIOUS_RELEASE = '43a7e430bce01dcb715c226b5f5228db32dae8f1';

const ROOT = join(import.meta.dirname, '..', '..');

export function previousReleaseDist(commit = PREVIOUS_RELEASE): string {
  const home = join(ROOT, 'node_modules', '.cache', 'furima-previous-release', commit);
  const dist = join(home, 'dist');
  if (existsSync(join(dist, 'manifest.json'))) return dist;
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const archive = execFileSync('git', ['-C', ROOT, 'archive', '--format=tar', commit], {
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', home], { input: archive });
  // Same dependencies as this checkout: the lock file did not change between the two.
  symlinkSync(join(ROOT, 'node_modules'), join(home, 'node_modules'), 'dir');
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: home,
    env: { ...process.env, FURIMA_FLAVOUR: '' },
    stdio: 'pipe',
  });
  return dist;
}
