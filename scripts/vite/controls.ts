import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Control builds: the same extension with one defence removed, so each security test can show it
 * fails without the defence (SECURITY.md, "Claims"). A control swaps one product module for the
 * defence-less stand-in in `e2e/controls/`; they are built into `dist-control-<name>/` by
 * `npm run build:controls`, only for the e2e suite, and never shipped.
 */
export const CONTROLS: Record<
  string,
  { replace?: string[]; manifest?: 'externally-connectable' | 'main-world' }
> = {
  provenance: { replace: ['src/content/field-provenance.ts'] },
  visibility: { replace: ['src/content/human-visible.ts'] },
  // Decoys are stopped twice over (not the user's value, and not visible): remove both.
  decoy: { replace: ['src/content/field-provenance.ts', 'src/content/human-visible.ts'] },
  'per-field-throttle': { replace: ['src/content/check-throttle.ts'] },
  'carry-over': { replace: ['src/background/carry-over.ts'] },
  'early-verdict': { replace: ['src/background/breach-stage.ts'] },
  'open-shadow': { replace: ['src/content/shadow-host.ts'] },
  'sender-check': { replace: ['src/background/sender-check.ts'] },
  'externally-connectable': {
    replace: ['src/platform/worker-events.ts'],
    manifest: 'externally-connectable',
  },
  mute: { replace: ['src/background/banner-decision.ts'] },
  clickjacking: { replace: ['src/pages/clickjacking-guard.ts'] },
  'mirror-permission': { replace: ['src/platform/permissions.ts'] },
  'fixed-script-url': {},
  'range-cache-on-disk': { replace: ['src/platform/range-cache.ts'] },
  'main-world': { manifest: 'main-world' },
};

export const controlName = process.env.FURIMA_CONTROL ?? '';

/** Resolves the replaced module to its stand-in, whatever relative path imports it. */
export function swapForControl(root: string): Plugin | undefined {
  const replaced = CONTROLS[controlName]?.replace ?? [];
  if (replaced.length === 0) return undefined;
  const swaps = new Map(
    replaced.map((path) => [
      resolve(root, path).replace(/\.ts$/, ''),
      resolve(root, 'e2e/controls', path.split('/').pop() ?? ''),
    ]),
  );
  const standIns = new Set(swaps.values());
  return {
    name: 'furima-guard:control-build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // A stand-in may wrap the real module: its own import of it is not swapped.
      if (!importer || !source.startsWith('.') || standIns.has(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && swaps.get(resolved.id.replace(/\.ts$/, ''))) ?? null;
    },
  };
}

/**
 * The same swap for the content scripts, which @crxjs builds in a second pass that keeps only
 * `resolve` from this config. Content stand-ins never wrap the real module, so an alias is enough.
 */
export function controlAliases(root: string): { find: RegExp; replacement: string }[] {
  return (CONTROLS[controlName]?.replace ?? [])
    .filter((path) => path.startsWith('src/content/'))
    .map((path) => {
      const name = path.split('/').pop()?.replace(/\.ts$/, '') ?? '';
      return { find: new RegExp(`^\\./${name}$`), replacement: resolve(root, 'e2e/controls', `${name}.ts`) };
    });
}
