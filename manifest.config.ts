import { defineManifest } from '@crxjs/vite-plugin';
import packageJson from './package.json' with { type: 'json' };
import { catalogMatchPatterns } from './src/catalog/catalog';

const marketplaces = catalogMatchPatterns();
const ALL_SITES = 'https://*/*';
/**
 * The `watch-test` flavour (dist-watch-test/, never shipped) holds the all-sites permission from
 * install, because automation cannot click the browser's permission prompt.
 */
const preGrantAllSites = process.env.FURIMA_FLAVOUR === 'watch-test';
/** `FURIMA_BROWSER=firefox` builds dist-firefox/ (desktop and Android) from the same sources. */
export const targetBrowser = process.env.FURIMA_BROWSER === 'firefox' ? 'firefox' : 'chrome';
const firefox = targetBrowser === 'firefox';
const icons = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};

/**
 * Firefox desktop and Android. The one thing that leaves the device is the 5-hex SHA-1 prefix of a
 * password (to Pwned Passwords): derived from authentication information, so it is declared as such.
 */
function geckoSettings() {
  return {
    gecko: {
      id: 'furima-guard@furima-guard',
      // 140: first release with built-in data-collection consent (and an ESR).
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['authenticationInfo' as const] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
}

/**
 * Least privilege: the catalogued marketplaces and the Pwned Passwords range API, nothing broader.
 * All-sites access exists only as an optional permission the user grants for the reuse watch.
 */
export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extensionName__',
  description: '__MSG_extensionDescription__',
  version: packageJson.version,
  default_locale: 'en',
  icons,
  action: {
    default_popup: 'src/popup/popup.html',
    default_title: '__MSG_extensionName__',
    default_icon: icons,
  },
  options_ui: { page: 'src/pages/options/options.html', open_in_tab: true },
  // Firefox runs MV3 backgrounds as event pages (`scripts`), not service workers.
  background: firefox
    ? { scripts: ['src/background/service-worker.ts'], type: 'module' }
    : { service_worker: 'src/background/service-worker.ts', type: 'module' },
  content_scripts: [
    {
      matches: marketplaces,
      js: ['src/content/content-main.ts'],
      all_frames: true,
      // Isolated world (the default): page scripts cannot reach our functions or prototypes. The
      // `main-world` control build runs it in the page's world to prove a test sees the difference.
      ...(process.env.FURIMA_CONTROL === 'main-world' ? { world: 'MAIN' as const } : {}),
      run_at: 'document_idle',
    },
  ],
  // `scripting` registers the opt-in all-sites watcher; it reaches only hosts we hold permission for.
  // `alarms` and `notifications`: the account sentinel's weekly check-in, opt-in and off by default
  // (one alarm a week, one notification whose click opens the account page; no network request).
  permissions: ['storage', 'scripting', 'alarms', 'notifications'],
  host_permissions: [
    ...marketplaces,
    'https://api.pwnedpasswords.com/*',
    ...(preGrantAllSites ? [ALL_SITES] : []),
  ],
  optional_host_permissions: preGrantAllSites ? [] : [ALL_SITES],
  content_security_policy: {
    // hash-wasm compiles WebAssembly; nothing else may run but our own files.
    extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
  },
  storage: { managed_schema: 'managed_schema.json' },
  // Only the control build that proves pages cannot message us declares this (e2e/controls).
  ...(process.env.FURIMA_CONTROL === 'externally-connectable'
    ? { externally_connectable: { matches: ['https://*.fril.jp/*', 'https://fril.jp/*'] } }
    : {}),
  web_accessible_resources: [
    {
      resources: ['src/pages/warning/warning.html', 'src/pages/banner/banner.html'],
      matches: marketplaces,
      // Pages cannot probe for the extension: the frame URLs change every browser session. (crxjs
      // drops this key for Firefox, whose moz-extension:// host is already a random per-install UUID.)
      use_dynamic_url: true,
    },
    {
      // The opt-in watch may warn on any site; the dynamic URL still keeps pages from probing for us.
      resources: ['src/pages/warning/warning.html'],
      matches: [ALL_SITES],
      use_dynamic_url: true,
    },
  ],
  ...(firefox ? { browser_specific_settings: geckoSettings() } : {}),
});
