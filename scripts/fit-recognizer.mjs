// Fits the recognizer's weights on the TUNING half of the external corpus (plus the project's own
// static corpus pages) and writes src/domain/recognition/weights.json. The test half is never read.
// Usage: node scripts/fit-recognizer.mjs [--report] [--cv] [--score] [--fit-post] [--happy-dom] [--shipped]
// --score reads the corpus with the shipped weights, per source, and fits nothing.
// --fit-post keeps the shipped weights and chooses only how much the URL words where forms post count.
// Pages are read in Chromium (what the recognizer sees); --happy-dom reads them without style sheets.
// Softmax regression over the page classes, in the spirit of Mozilla Fathom: the rules emit
// features (words per zone, field structure, URL words), the fit only chooses how much each counts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { runnerImport } from 'vite';
import { chromiumEvidence } from './recognizer-fit/read-evidence.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUTPUT = join(ROOT, 'src/domain/recognition/weights.json');
const NEUTRAL_URL = 'https://fril.jp/x-corpus/page';

/**
 * The fit that produced the shipped weights: these tuning sources, read by happy-dom. `--shipped`
 * reproduces them byte for byte with the vocabulary they were fitted with (commit dd15e70), all but
 * the weight of URL words where forms post, evidence read later and weighed with `--fit-post`. Later
 * vocabulary changes kept the weights, so on today's vocabulary it fits slightly different ones.
 * Refits on every tuning source, read in Chromium, read markup never tuned on no better (README,
 * "Page recognition"), so the shipped weights stay until one does.
 */
const SHIPPED_FIT_SOURCES = new Set([
  'Shopify/dawn',
  'tigrish/devise-i18n',
  'liberapay/liberapay.com',
  'keycloak/keycloak',
  'opencart/opencart',
  'laravel/breeze',
  'laravel/jetstream',
  'Cocolabs-SAS/cocorico',
  'mozilla/gecko-dev',
  'onfido/onfido-sdk-ui',
  'authelia/authelia',
  'Sylius/Sylius',
  'getdokan/dokan',
  'antiwork/flexile',
  'woocommerce/woocommerce',
  'wcvendors/wcvendors',
  'mercurjs/mercur',
  'dualcube/dc-woocommerce-multi-vendor',
  'redmine/redmine',
  'weseek/growi',
]);
const SHIPPED = process.argv.includes('--shipped');

const { module: features } = await runnerImport(join(ROOT, 'src/domain/recognition/features.ts'));
const { module: evidenceReader } = await runnerImport(join(ROOT, 'src/content/page-evidence.ts'));
const { module: fieldScan } = await runnerImport(join(ROOT, 'src/content/field-scan.ts'));
const { module: catalog } = await runnerImport(join(ROOT, 'src/catalog/catalog.ts'));
const { PAGE_CLASSES, TEXT_ZONES, STRUCTURE_FEATURES, structureFeatures, wordFeatures, ruledOut } = features;

/** The kind a catalog URL shape gives this URL, decided by the background's own code. */
function catalogKindOf(url) {
  const { hostname, pathname } = new URL(url);
  return catalog.catalogPageKind(hostname, pathname);
}

/** Evidence for one page read by happy-dom (no style sheets, no layout): `--happy-dom`, to compare. */
function happyDomEvidence({ html, url }) {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  const document = window.document;
  document.write(html.replace(/<script[\s\S]*?<\/script>/gi, ''));
  const passwords = fieldScan.deepInputs(document, [document]).filter(fieldScan.isCheckablePasswordField);
  const evidence = evidenceReader.readPageEvidence(
    [document],
    passwords,
    new URL(url).pathname.toLowerCase(),
  );
  window.happyDOM.close();
  return evidence;
}

/** Every tuning page and the project's own pages, with the HTML and URL the reader needs. */
function corpusPages() {
  const out = [];
  const manifest = JSON.parse(readFileSync(join(ROOT, 'e2e/corpus-external/manifest.json'), 'utf8'));
  const page = (id, group, label, html, url) => ({
    id,
    group,
    label,
    html,
    url,
    catalogKind: catalogKindOf(url),
  });
  const tuning = manifest.pages.filter(
    (candidate) =>
      candidate.half === 'tuning' && (!SHIPPED || SHIPPED_FIT_SOURCES.has(candidate.source.repository)),
  );
  for (const entry of tuning) {
    const html = readFileSync(join(ROOT, 'e2e/corpus-external', entry.file), 'utf8');
    out.push(page(entry.file, entry.source.repository, entry.kind ?? 'none', html, NEUTRAL_URL));
  }
  // The project's own static pages, at their real URL and again at a neutral one (content only).
  const own = JSON.parse(readFileSync(join(ROOT, 'e2e/corpus.json'), 'utf8'));
  const browserOnly = new Set(['late-fields', 'shadow-dom', 'iframe-host', 'spa']);
  for (const entry of own.pages.filter((candidate) => !browserOnly.has(candidate.shape))) {
    const { hostname, pathname } = new URL(entry.url);
    const relative = pathname.endsWith('/') ? `${pathname}index` : pathname;
    const file = join(
      ROOT,
      'e2e/pages',
      hostname,
      relative.endsWith('.html') ? relative : `${relative}.html`,
    );
    const html = readFileSync(file, 'utf8');
    out.push(page(entry.url, 'own', entry.kind ?? 'none', html, entry.url));
    out.push(page(`${entry.url} (neutral)`, 'own', entry.kind ?? 'none', html, NEUTRAL_URL));
  }
  return out;
}

async function examples() {
  const pages = corpusPages();
  const evidence =
    SHIPPED || process.argv.includes('--happy-dom')
      ? pages.map(happyDomEvidence)
      : await chromiumEvidence(pages);
  return pages.map(({ id, group, label, catalogKind }, index) => ({
    id,
    group,
    label,
    catalogKind,
    evidence: evidence[index],
  }));
}

function vectorsOf(example) {
  return {
    words: wordFeatures(example.evidence.text),
    structure: structureFeatures(example.evidence.fields),
    urlKinds: example.evidence.urlKinds,
    postKinds: example.evidence.postKinds,
    fields: example.evidence.fields,
  };
}

/** Where the descent starts; per-class corrections and structure weights start at 0. */
function initialWeights() {
  return {
    bias: Object.fromEntries(PAGE_CLASSES.map((c) => [c, c === 'none' ? 1 : 0])),
    zones: { headings: 1.5, paragraphs: 0.5, fields: 1, buttons: 0.8 },
    url: 1,
    // The shipped fit had no post targets to read: `--shipped` keeps their weight at 0 to reproduce it.
    post: SHIPPED ? 0 : 1,
  };
}

function scores(weights, vector) {
  return PAGE_CLASSES.map((c) => {
    let score = weights.bias[c];
    TEXT_ZONES.forEach((zone, z) => {
      score += weights.zones[z] * vector.words[c][zone];
    });
    vector.structure.forEach((value, n) => (score += weights.structure[c][n] * value));
    if (c !== 'none') {
      if (vector.urlKinds.includes(c)) score += weights.url;
      if (vector.postKinds.includes(c)) score += weights.post;
    }
    // Predictions apply the rule the recognizer applies (see `ruledOut`); the fit itself weighs all.
    return ruledOut(c, vector.fields) ? -Infinity : score;
  });
}

/** One example as flat numbers: words per class and zone, structure features, URL matches, label. */
function packed(example) {
  const vector = vectorsOf(example);
  return {
    words: Float64Array.from(PAGE_CLASSES.flatMap((c) => TEXT_ZONES.map((zone) => vector.words[c][zone]))),
    structure: Float64Array.from(vector.structure),
    url: Float64Array.from(PAGE_CLASSES.map((c) => (c !== 'none' && vector.urlKinds.includes(c) ? 1 : 0))),
    post: Float64Array.from(PAGE_CLASSES.map((c) => (c !== 'none' && vector.postKinds.includes(c) ? 1 : 0))),
    label: PAGE_CLASSES.indexOf(example.label),
  };
}

/**
 * Gradient descent on cross-entropy with L2 (weights of one class shrink towards 0 unless the data insist).
 * Classes are balanced: rare kinds (identity, payout) weigh as much as common ones.
 */
function fit(
  data,
  {
    steps = 3000,
    rate = 0.05,
    // Chosen by leaving each source out (--cv): 0.01 let structure features learn one source's habits.
    l2 = 0.03,
  } = {},
) {
  const K = PAGE_CLASSES.length;
  const Z = TEXT_ZONES.length;
  const N = STRUCTURE_FEATURES.length;
  const start = initialWeights();
  const bias = Float64Array.from(PAGE_CLASSES.map((c) => start.bias[c]));
  const zones = Float64Array.from(TEXT_ZONES.map((zone) => start.zones[zone]));
  const structure = new Float64Array(K * N);
  let url = start.url;
  let post = start.post;
  const examples = data.map(packed);
  // Balance classes (rare kinds weigh as much as common ones) and, within a class, give every
  // source the same weight, however many pages of that kind it brings: one template rendered in
  // seven languages is one piece of evidence, not seven.
  const perSourceKind = new Map();
  for (const example of data) {
    const key = `${example.group} ${example.label}`;
    perSourceKind.set(key, (perSourceKind.get(key) ?? 0) + 1);
  }
  const raw = data.map((example) => 1 / perSourceKind.get(`${example.group} ${example.label}`));
  const classTotals = new Float64Array(K);
  examples.forEach((example, index) => (classTotals[example.label] += raw[index]));
  const sampleWeights = raw.map((value, index) => value / classTotals[examples[index].label] / K);
  const logits = new Float64Array(K);
  for (let step = 0; step < steps; step++) {
    const gBias = new Float64Array(K);
    const gZones = new Float64Array(Z);
    const gStructure = new Float64Array(K * N);
    let gUrl = 0;
    let gPost = 0;
    for (const [index, example] of examples.entries()) {
      let top = -Infinity;
      for (let k = 0; k < K; k++) {
        let score = bias[k] + url * example.url[k] + post * example.post[k];
        for (let z = 0; z < Z; z++) score += zones[z] * example.words[k * Z + z];
        for (let n = 0; n < N; n++) score += structure[k * N + n] * example.structure[n];
        logits[k] = score;
        if (score > top) top = score;
      }
      let total = 0;
      for (let k = 0; k < K; k++) total += logits[k] = Math.exp(logits[k] - top);
      const weight = sampleWeights[index];
      for (let k = 0; k < K; k++) {
        const error = weight * (logits[k] / total - (k === example.label ? 1 : 0));
        gBias[k] += error;
        for (let z = 0; z < Z; z++) {
          const g = error * example.words[k * Z + z];
          gZones[z] += g;
        }
        for (let n = 0; n < N; n++) gStructure[k * N + n] += error * example.structure[n];
        gUrl += error * example.url[k];
        gPost += error * example.post[k];
      }
    }
    for (let k = 0; k < K; k++) {
      bias[k] -= rate * gBias[k];
      for (let n = 0; n < N; n++)
        structure[k * N + n] -= rate * (gStructure[k * N + n] + l2 * structure[k * N + n]);
    }
    for (let z = 0; z < Z; z++) zones[z] -= rate * (gZones[z] + l2 * zones[z]);
    url -= rate * (gUrl + l2 * url);
    if (!SHIPPED) post -= rate * (gPost + l2 * post);
  }
  const perClass = (flat, size) =>
    Object.fromEntries(PAGE_CLASSES.map((c, k) => [c, Array.from(flat.subarray(k * size, (k + 1) * size))]));
  return {
    bias: Object.fromEntries(PAGE_CLASSES.map((c, k) => [c, bias[k]])),
    zones: Array.from(zones),
    structure: perClass(structure, N),
    url,
    post,
  };
}

/** Rounds to one decimal (finer steps change no decision on the corpus): the file ships in the content script. */
function compact(weights) {
  const round = (value) => Math.round(value * 10) / 10 || 0;
  const roundEach = (object) =>
    Object.fromEntries(Object.entries(object).map(([key, values]) => [key, values.map(round)]));
  return {
    bias: Object.fromEntries(Object.entries(weights.bias).map(([key, value]) => [key, round(value)])),
    zones: weights.zones.map(round),
    structure: roundEach(weights.structure),
    url: round(weights.url),
    post: round(weights.post),
  };
}

/** A catalog URL shape is a fact about the marketplace, not evidence to weigh: where it names a kind, it decides. */
function predict(weights, example) {
  if (example.catalogKind) return example.catalogKind;
  const logits = scores(weights, vectorsOf(example));
  return PAGE_CLASSES[logits.indexOf(Math.max(...logits))];
}

/**
 * Leave one source out: fit on every other source, classify the held-out one. This estimates how
 * the weights do on markup written by someone the fit never saw (the vocabulary is not refitted,
 * so it is an upper bound for words learnt from these very sources).
 */
function crossValidate(data) {
  const groups = [...new Set(data.map((example) => example.group))];
  const recall = {};
  let right = 0;
  for (const group of groups) {
    const weights = compact(fit(data.filter((example) => example.group !== group)));
    for (const example of data.filter((entry) => entry.group === group)) {
      const predicted = predict(weights, example);
      recall[example.label] ??= { right: 0, all: 0 };
      recall[example.label].all++;
      if (predicted === example.label) {
        right++;
        recall[example.label].right++;
      } else console.log(`  held out ${group}: ${example.id}: ${example.label} → ${predicted}`);
    }
  }
  console.log(
    `leave-one-source-out over ${groups.length} sources: accuracy ${(right / data.length).toFixed(3)}`,
  );
  for (const [label, { right: hits, all }] of Object.entries(recall))
    console.log(`  ${label.padEnd(22)} recall ${(hits / all).toFixed(2)} (${hits}/${all})`);
}

/**
 * How the shipped weights read each source, without fitting: run before pages from new sources
 * join the tuning half, this measures the recognizer on markup it was never fitted on.
 */
function scoreShipped(data) {
  const shipped = JSON.parse(readFileSync(OUTPUT, 'utf8'));
  const bySource = new Map();
  for (const example of data) {
    const predicted = predict(shipped, example);
    const tally = bySource.get(example.group) ?? { right: 0, all: 0, misses: [] };
    tally.all++;
    if (predicted === example.label) tally.right++;
    else tally.misses.push(`${example.id}: ${example.label} → ${predicted}`);
    bySource.set(example.group, tally);
  }
  for (const [group, { right, all, misses }] of bySource) {
    console.log(`${group}: ${right}/${all} (${(right / all).toFixed(2)})`);
    if (process.argv.includes('--report')) for (const miss of misses) console.log(`  ${miss}`);
  }
}

/** Accuracy of `weights` on `examples`, as a count of pages read right. */
function hits(weights, examples) {
  return examples.filter((example) => predict(weights, example) === example.label).length;
}

const POST_WEIGHTS = [0, 0.2, 0.5, 0.8, 1, 1.2, 1.5, 2, 2.5, 3];

/** The post weight that reads the most of `examples` right, the rest of the shipped weights kept. */
function bestPostWeight(shipped, examples) {
  let best = { post: shipped.post ?? 0, right: -1 };
  for (const post of POST_WEIGHTS) {
    const right = hits({ ...shipped, post }, examples);
    if (right > best.right) best = { post, right };
  }
  return best.post;
}

/**
 * One parameter, chosen on the tuning half: how much URL words where the page's forms post count,
 * the shipped fit kept. Leaving each source out while choosing it estimates how the choice does on
 * markup it was not chosen on; the full-data choice is written to the weight file.
 */
function fitPostWeight(data) {
  const shipped = JSON.parse(readFileSync(OUTPUT, 'utf8'));
  for (const post of POST_WEIGHTS)
    console.log(`post ${post}: ${hits({ ...shipped, post }, data)}/${data.length}`);
  const groups = [...new Set(data.map((example) => example.group))];
  let right = 0;
  for (const group of groups) {
    const post = bestPostWeight(
      shipped,
      data.filter((example) => example.group !== group),
    );
    right += hits(
      { ...shipped, post },
      data.filter((example) => example.group === group),
    );
  }
  console.log(`leave-one-source-out: ${(right / data.length).toFixed(3)} (${right}/${data.length})`);
  const post = bestPostWeight(shipped, data);
  writeFileSync(OUTPUT, `${JSON.stringify({ ...shipped, post }, null, 2)}\n`);
  console.log(`post weight ${shipped.post} → ${post}`);
}

const data = await examples();
if (process.argv.includes('--fit-post')) {
  fitPostWeight(data);
  process.exit(0);
}
if (process.argv.includes('--cv')) {
  crossValidate(data);
  process.exit(0);
}
if (process.argv.includes('--score')) {
  scoreShipped(data);
  process.exit(0);
}
const weights = compact(fit(data));
writeFileSync(OUTPUT, `${JSON.stringify(weights, null, 2)}\n`);
let right = 0;
const wrong = [];
for (const example of data) {
  const best = predict(weights, example);
  if (best === example.label) right++;
  else wrong.push(`${example.id}: ${example.label} → ${best}`);
}
console.log(
  `fitted on ${data.length} tuning examples; training accuracy ${(right / data.length).toFixed(3)}`,
);
if (process.argv.includes('--report')) console.log(wrong.join('\n'));
