// Fits the recognizer's weights on the TUNING half of the external corpus (plus the project's own
// static corpus pages) and writes src/domain/recognition/weights.json. The test half is never read.
// Usage: node scripts/fit-recognizer.mjs [--report]
// Softmax regression over the page classes, in the spirit of Mozilla Fathom: the rules emit
// features (words per zone, field structure, URL words), the fit only chooses how much each counts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { runnerImport } from 'vite';

const ROOT = new URL('..', import.meta.url).pathname;
const OUTPUT = join(ROOT, 'src/domain/recognition/weights.json');

const { module: features } = await runnerImport(join(ROOT, 'src/domain/recognition/features.ts'));
const { module: evidenceReader } = await runnerImport(join(ROOT, 'src/content/page-evidence.ts'));
const { module: fieldScan } = await runnerImport(join(ROOT, 'src/content/field-scan.ts'));
const { module: catalog } = await runnerImport(join(ROOT, 'src/catalog/catalog.ts'));
const { PAGE_CLASSES, TEXT_ZONES, structureFeatures, wordFeatures } = features;

/** Evidence for one page as the content script would read it (happy-dom, no layout). */
function evidenceOf(html, url) {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  const document = window.document;
  document.write(html.replace(/<script[\s\S]*?<\/script>/gi, ''));
  const { hostname, pathname } = new URL(url);
  const site = catalog.siteForHost(hostname);
  let catalogKind = null;
  for (const [kind, patterns] of Object.entries(site?.urlPatterns ?? {}))
    if (patterns.some((pattern) => pattern.test((hostname + pathname).toLowerCase()))) catalogKind = kind;
  const passwords = fieldScan.deepInputs(document, [document]).filter(fieldScan.isCheckablePasswordField);
  const evidence = evidenceReader.readPageEvidence(
    [document],
    passwords,
    pathname.toLowerCase(),
    catalogKind,
  );
  window.happyDOM.close();
  return evidence;
}

function examples() {
  const out = [];
  const manifest = JSON.parse(readFileSync(join(ROOT, 'e2e/corpus-external/manifest.json'), 'utf8'));
  for (const page of manifest.pages.filter((entry) => entry.half === 'tuning')) {
    const html = readFileSync(join(ROOT, 'e2e/corpus-external', page.file), 'utf8');
    out.push({
      id: page.file,
      label: page.kind ?? 'none',
      evidence: evidenceOf(html, 'https://fril.jp/x-corpus/page'),
    });
  }
  // The project's own static pages, at their real URL and again at a neutral one (content only).
  const own = JSON.parse(readFileSync(join(ROOT, 'e2e/corpus.json'), 'utf8'));
  const browserOnly = new Set(['late-fields', 'shadow-dom', 'iframe-host', 'spa']);
  for (const page of own.pages.filter((entry) => !browserOnly.has(entry.shape))) {
    const { hostname, pathname } = new URL(page.url);
    const relative = pathname.endsWith('/') ? `${pathname}index` : pathname;
    const file = join(
      ROOT,
      'e2e/pages',
      hostname,
      relative.endsWith('.html') ? relative : `${relative}.html`,
    );
    const html = readFileSync(file, 'utf8');
    out.push({ id: page.url, label: page.kind ?? 'none', evidence: evidenceOf(html, page.url) });
    out.push({
      id: `${page.url} (neutral)`,
      label: page.kind ?? 'none',
      evidence: evidenceOf(html, 'https://fril.jp/x-corpus/page'),
    });
  }
  return out;
}

const STRUCTURE_NAMES = Object.keys(
  structureFeatures({
    inputs: 0,
    passwords: 0,
    newPasswords: 0,
    currentPasswords: 0,
    oneTimeCodes: 0,
    files: 0,
    addressFields: 0,
    emailFields: 0,
    cardFields: 0,
    searchFields: 0,
    dateFields: 0,
    textareas: 0,
  }),
);

function vectorsOf(example) {
  return {
    words: wordFeatures(example.evidence.text),
    structure: structureFeatures(example.evidence.fields),
    urlKinds: example.evidence.urlKinds,
    catalogKind: example.evidence.catalogKind,
  };
}

function initialWeights() {
  const zero = () => Object.fromEntries(TEXT_ZONES.map((zone) => [zone, 0]));
  return {
    bias: Object.fromEntries(PAGE_CLASSES.map((c) => [c, c === 'none' ? 1 : 0])),
    zones: { headings: 1.5, paragraphs: 0.5, fields: 1, buttons: 0.8 },
    zoneByClass: Object.fromEntries(PAGE_CLASSES.map((c) => [c, zero()])),
    structure: Object.fromEntries(
      PAGE_CLASSES.map((c) => [c, Object.fromEntries(STRUCTURE_NAMES.map((n) => [n, 0]))]),
    ),
    url: 1,
    catalog: 10,
  };
}

function scores(weights, vector) {
  return PAGE_CLASSES.map((c) => {
    let score = weights.bias[c];
    for (const zone of TEXT_ZONES)
      score += (weights.zones[zone] + weights.zoneByClass[c][zone]) * vector.words[c][zone];
    for (const name of STRUCTURE_NAMES) score += (weights.structure[c][name] ?? 0) * vector.structure[name];
    if (c !== 'none') {
      if (vector.urlKinds.includes(c)) score += weights.url;
      if (vector.catalogKind === c) score += weights.catalog;
    }
    return score;
  });
}

/** Gradient descent on cross-entropy with L2; per-class zone corrections are held closer to 0. */
function fit(data, { steps = 3000, rate = 0.05, l2 = 0.01, l2Class = 0.05 } = {}) {
  const weights = initialWeights();
  const vectors = data.map(vectorsOf);
  // Balance classes: rare kinds (identity, payout) weigh as much as common ones.
  const counts = {};
  for (const example of data) counts[example.label] = (counts[example.label] ?? 0) + 1;
  for (let step = 0; step < steps; step++) {
    const grad = initialWeightsZero();
    for (const [index, vector] of vectors.entries()) {
      const label = data[index].label;
      const weight = 1 / counts[label] / PAGE_CLASSES.length;
      const logits = scores(weights, vector);
      const top = Math.max(...logits);
      const exps = logits.map((value) => Math.exp(value - top));
      const total = exps.reduce((a, b) => a + b, 0);
      PAGE_CLASSES.forEach((c, k) => {
        const error = weight * (exps[k] / total - (c === label ? 1 : 0));
        grad.bias[c] += error;
        for (const zone of TEXT_ZONES) {
          grad.zones[zone] += error * vector.words[c][zone];
          grad.zoneByClass[c][zone] += error * vector.words[c][zone];
        }
        for (const name of STRUCTURE_NAMES) grad.structure[c][name] += error * vector.structure[name];
        if (c !== 'none' && vector.urlKinds.includes(c)) grad.url += error;
      });
    }
    for (const c of PAGE_CLASSES) {
      weights.bias[c] -= rate * grad.bias[c];
      for (const zone of TEXT_ZONES)
        weights.zoneByClass[c][zone] -=
          rate * (grad.zoneByClass[c][zone] + l2Class * weights.zoneByClass[c][zone]);
      for (const name of STRUCTURE_NAMES)
        weights.structure[c][name] -= rate * (grad.structure[c][name] + l2 * weights.structure[c][name]);
    }
    for (const zone of TEXT_ZONES)
      weights.zones[zone] -= rate * (grad.zones[zone] + l2 * weights.zones[zone]);
    weights.url -= rate * (grad.url + l2 * weights.url);
  }
  return weights;
}

function initialWeightsZero() {
  const zero = () => Object.fromEntries(TEXT_ZONES.map((zone) => [zone, 0]));
  return {
    bias: Object.fromEntries(PAGE_CLASSES.map((c) => [c, 0])),
    zones: zero(),
    zoneByClass: Object.fromEntries(PAGE_CLASSES.map((c) => [c, zero()])),
    structure: Object.fromEntries(
      PAGE_CLASSES.map((c) => [c, Object.fromEntries(STRUCTURE_NAMES.map((n) => [n, 0]))]),
    ),
    url: 0,
  };
}

/** Rounds to two decimals and drops near-zero structure weights: the file ships in the content script. */
function compact(weights) {
  const round = (value) => Math.round(value * 100) / 100;
  const roundAll = (object) =>
    Object.fromEntries(Object.entries(object).map(([key, value]) => [key, round(value)]));
  return {
    bias: roundAll(weights.bias),
    zones: roundAll(weights.zones),
    zoneByClass: Object.fromEntries(
      Object.entries(weights.zoneByClass).map(([c, zones]) => [c, roundAll(zones)]),
    ),
    structure: Object.fromEntries(
      Object.entries(weights.structure).map(([c, values]) => [
        c,
        Object.fromEntries(
          Object.entries(values)
            .filter(([, value]) => Math.abs(value) >= 0.05)
            .map(([name, value]) => [name, round(value)]),
        ),
      ]),
    ),
    url: round(weights.url),
    catalog: weights.catalog,
  };
}

const data = examples();
if (process.argv.includes('--debug'))
  console.log(JSON.stringify(data[0].evidence), JSON.stringify(vectorsOf(data[0])));
const weights = compact(fit(data));
writeFileSync(OUTPUT, `${JSON.stringify(weights, null, 2)}\n`);
let right = 0;
const wrong = [];
for (const example of data) {
  const logits = scores(weights, vectorsOf(example));
  const best = PAGE_CLASSES[logits.indexOf(Math.max(...logits))];
  if (best === example.label) right++;
  else wrong.push(`${example.id}: ${example.label} → ${best}`);
}
console.log(
  `fitted on ${data.length} tuning examples; training accuracy ${(right / data.length).toFixed(3)}`,
);
if (process.argv.includes('--report')) console.log(wrong.join('\n'));
