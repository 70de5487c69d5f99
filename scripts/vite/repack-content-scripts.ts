import { minify } from 'terser';
import type { Plugin } from 'vite';

/** What the whole build uses; @crxjs builds content scripts apart and passes on `minify` only. */
export const TERSER_OPTIONS = { compress: { passes: 3 }, format: { comments: false } } as const;

/**
 * @crxjs minifies each standalone content script with terser's defaults, before wrapping it in its
 * IIFE. Packing the wrapped file again with the build's own options lets terser shorten the names
 * that were top-level before the wrap (66 bytes gzip off the content script, which ships in every
 * marketplace page on a 15 KB budget).
 */
export function repackContentScripts(): Plugin {
  return {
    name: 'furima-guard:repack-content-scripts',
    enforce: 'post',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !/^src\/content\/[\w-]+\.js$/.test(file.fileName)) continue;
        const source = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        const { code } = await minify(source, TERSER_OPTIONS);
        if (code) file.source = code;
      }
    },
  };
}
