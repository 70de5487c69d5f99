import type { Plugin } from 'vite';

interface WebAccessible {
  resources: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}

/**
 * @crxjs lists every script imported with `?script` as web-accessible to all sites with a fixed
 * URL. Our only such script is the all-sites watcher, which the worker registers with
 * `scripting.registerContentScripts`; that needs no web-accessible entry, and a fixed fetchable
 * URL would let any site detect the extension. This drops those entries from the manifest.
 */
export function hideDynamicScripts(): Plugin & {
  renderCrxManifest: (manifest: { web_accessible_resources?: WebAccessible[] }) => unknown;
} {
  return {
    name: 'furima-guard:hide-dynamic-scripts',
    enforce: 'post',
    // @crxjs calls this hook on every plugin, in order, after its own.
    renderCrxManifest(manifest) {
      manifest.web_accessible_resources = manifest.web_accessible_resources?.filter(
        (entry) => !entry.resources.every((resource) => resource.startsWith('src/content/')),
      );
      return manifest;
    },
  };
}
