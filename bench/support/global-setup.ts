import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { RESULTS_FILE } from './results';

/** Fresh results, and the recognizer bundled alone so Chromium can time it on any page. */
export default async function globalSetup(): Promise<void> {
  rmSync(RESULTS_FILE, { force: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(import.meta.dirname, '..', '.build'),
      emptyOutDir: true,
      lib: {
        entry: join(import.meta.dirname, 'recognizer-entry.ts'),
        name: 'FurimaBench',
        formats: ['iife'],
        fileName: () => 'recognizer.js',
      },
    },
  });
}
