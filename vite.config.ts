import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest, { targetBrowser } from './manifest.config';
import { preactWithoutInnerHtml } from './scripts/vite/preact-without-inner-html';
import { controlAliases, controlName, swapForControl } from './scripts/vite/controls';
import { hideDynamicScripts } from './scripts/vite/hide-dynamic-scripts';
import { repackContentScripts, TERSER_OPTIONS } from './scripts/vite/repack-content-scripts';

/** `dist/` ships; the other flavours exist only for the e2e suite (see README, Tests). */
function outDir(): string {
  if (controlName) return `dist-control-${controlName}`;
  if (targetBrowser === 'firefox') return 'dist-firefox';
  return process.env.FURIMA_FLAVOUR === 'watch-test' ? 'dist-watch-test' : 'dist';
}

export default defineConfig({
  plugins: [
    preactWithoutInnerHtml(),
    crx({
      manifest,
      browser: targetBrowser,
      // Build the content script as one self-contained file: no loader, no web-accessible chunks.
      contentScripts: { standaloneFiles: ['src/content/content-main.ts', 'src/content/watch-main.ts'] },
    }),
    controlName === 'fixed-script-url' ? undefined : hideDynamicScripts(),
    swapForControl(import.meta.dirname),
    repackContentScripts(),
  ],
  resolve: { alias: controlAliases(import.meta.dirname) },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: outDir(),
    target: targetBrowser === 'firefox' ? 'firefox140' : 'chrome120',

    sourcemap: false,
    // Terser packs the content script ~200 bytes (gzip) tighter than the default minifier: it
    // ships in every marketplace page and has a 15 KB budget.
    minify: 'terser',
    terserOptions: TERSER_OPTIONS,
    rollupOptions: {
      // Extension pages not named in the manifest are still entry points.
      input: {
        warning: 'src/pages/warning/warning.html',
        banner: 'src/pages/banner/banner.html',
        hijacked: 'src/pages/hijacked/hijacked.html',
        options: 'src/pages/options/options.html',
        welcome: 'src/pages/welcome/welcome.html',
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
