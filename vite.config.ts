import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.config';

export default defineConfig({
  plugins: [
    crx({
      manifest,
      // Build the content script as one self-contained file: no loader, no web-accessible chunks.
      contentScripts: { standaloneFiles: ['src/content/content-main.ts', 'src/content/watch-main.ts'] },
    }),
  ],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: process.env.FURIMA_FLAVOUR === 'watch-test' ? 'dist-watch-test' : 'dist',
    target: 'chrome120',

    sourcemap: false,
    rollupOptions: {
      // Extension pages not named in the manifest are still entry points.
      input: {
        warning: 'src/pages/warning/warning.html',
        banner: 'src/pages/banner/banner.html',
        hijacked: 'src/pages/hijacked/hijacked.html',
        options: 'src/pages/options/options.html',
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
