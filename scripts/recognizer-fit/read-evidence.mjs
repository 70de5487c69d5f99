// Reads each corpus page's evidence in the browser the extension runs in. The fit used to read
// pages with happy-dom, which applies no style sheets: text a page's CSS hides was evidence there
// and invisible in Chromium. Reading in Chromium fits the weights to what the recognizer sees.
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, runnerImport } from 'vite';

const ROOT = new URL('../..', import.meta.url).pathname;
// The same system Chromium the e2e suite drives (never a downloaded one).
const { module: browsers } = await runnerImport(join(ROOT, 'e2e/support/chromium-path.ts'));

async function readerScript() {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: join(ROOT, 'scripts/recognizer-fit/evidence-entry.ts'),
        name: 'FitEvidence',
        formats: ['iife'],
        fileName: () => 'evidence.js',
      },
    },
  });
  return output[0].output[0].code;
}

/**
 * Evidence for every `{ html, url }`, in order. Each page is served at its URL (so
 * `location` is right), with no scripts and no sub-resources, at the e2e viewport (1280×720).
 */
export async function chromiumEvidence(pages) {
  const script = await readerScript();
  const browser = await chromium.launch({ executablePath: browsers.chromiumPath() });
  try {
    const context = await browser.newContext({
      javaScriptEnabled: true,
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    let current = '';
    await page.route('**/*', (route) =>
      route.request().isNavigationRequest()
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: current })
        : route.abort(),
    );
    const out = [];
    for (const entry of pages) {
      current = entry.html.replace(/<script[\s\S]*?<\/script>/gi, '');
      await page.goto(entry.url, { waitUntil: 'load' });
      out.push(await page.evaluate(`${script}\nFitEvidence.read()`));
    }
    return out;
  } finally {
    await browser.close();
  }
}
