// Writes the store uploads into release/ (files at each zip's root):
// - furima-guard-<version>-chrome.zip from dist/ (Chrome Web Store, Edge Add-ons);
// - furima-guard-<version>-firefox.zip from dist-firefox/ (addons.mozilla.org);
// - furima-guard-<version>-source.zip: the sources add-on review rebuilds the Firefox zip from,
//   with SOURCE-BUILD.md at its root saying how.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const releaseDir = join(root, 'release');
const { version } = JSON.parse(readFileSync(join(root, 'dist', 'manifest.json'), 'utf8'));
const firefoxVersion = JSON.parse(readFileSync(join(root, 'dist-firefox', 'manifest.json'), 'utf8')).version;
if (firefoxVersion !== version) throw new Error(`dist/ is ${version} but dist-firefox/ is ${firefoxVersion}`);
mkdirSync(releaseDir, { recursive: true });

// Python's zipfile is on every build machine we support and needs no extra npm dependency.
function zip(target, cwd, entries) {
  rmSync(target, { force: true });
  execFileSync('python3', ['-m', 'zipfile', '-c', target, ...entries], { cwd, stdio: 'inherit' });
  console.log(`wrote ${target} (${(statSync(target).size / 1024).toFixed(0)} KiB)`);
}

for (const [flavour, folder] of [
  ['chrome', 'dist'],
  ['firefox', 'dist-firefox'],
]) {
  const dist = join(root, folder);
  zip(join(releaseDir, `furima-guard-${version}-${flavour}.zip`), dist, readdirSync(dist));
}

// The source archive: exactly the committed files (no node_modules, no builds), plus build notes.
const staging = mkdtempSync(join(tmpdir(), 'furima-guard-source-'));
try {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(join(staging, dirname(file)), { recursive: true });
    writeFileSync(join(staging, file), readFileSync(join(root, file)));
  }
  const node = process.versions.node;
  const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(staging, 'SOURCE-BUILD.md'),
    `# Building furima-guard-${version}-firefox.zip from these sources

The add-on is TypeScript bundled by Vite (with @crxjs/vite-plugin); nothing in it is minified by
hand, obfuscated or fetched at run time. These steps rebuild the uploaded files byte for byte.

Environment used for the release: Linux (Debian), Node.js ${node}, npm ${npm}, python3 (only to zip).
Any Node.js 20.19 or later and the npm that ships with it work.

\`\`\`sh
npm ci                   # exact dependency versions from package-lock.json
npm run build:firefox    # writes dist-firefox/, the contents of the Firefox zip
\`\`\`

\`dist-firefox/\` then holds the same files as furima-guard-${version}-firefox.zip. To check the
build, run \`npm run lint:firefox\` (web-ext lint: 0 errors, 0 warnings).

The same sources build the Chromium version (\`npm run build\`, into \`dist/\`); the only switch is
the environment variable \`FURIMA_BROWSER=firefox\`, read by \`manifest.config.ts\` and
\`vite.config.ts\`. Third-party code comes unmodified from npm (see package-lock.json), except that
the build removes Preact's \`dangerouslySetInnerHTML\` write (scripts/vite/preact-without-inner-html.ts).
`,
  );
  zip(join(releaseDir, `furima-guard-${version}-source.zip`), staging, readdirSync(staging));
} finally {
  rmSync(staging, { recursive: true, force: true });
}
