/**
 * Scores article detection on real pages, in Node with linkedom.
 *
 *  1. ../shared/corpora/readability (130 pages): bag-of-words precision, recall and F1 of the
 *     detected text against Readability's expected output, and the time per page of our
 *     detector and of @mozilla/readability (parse() on a clone, as Firefox does), same run.
 *  2. ../shared/corpora/wcxb-dev (1,497 pages, 7 types): does the detector say "article"
 *     exactly on the article pages? Accuracy per type, and F1 against the human main content.
 *
 *   npm run eval:article [-- --only readability|wcxb] [--verbose] [--limit N] [--fit]
 *
 * `--fit` refits the no-article model (logistic regression over the features of
 * `src/content/detect/decide.ts`) on WCXB, prints the weights to paste there and the 5-fold
 * cross-validated accuracy, so the figure reported is not one of pages the weights have seen.
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectArticle, FEATURE_NAMES } from '../src/content/detect/index.js';
import { detectionText } from '../src/content/detect/text.js';
import { articleProbability, WEIGHTS } from '../src/content/detect/decide.js';
import { collectText } from '../src/content/collect.js';
import { bagF1, bagOfWords as tokens } from '../src/content/detect/metric.js';

const SHARED = resolve(import.meta.dirname, '../../shared/corpora');
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = option('--only');
const limit = Number(option('--limit') ?? Infinity);
const verbose = flag('--verbose');

/** Repeats per page; the median time is kept, so one GC pause does not decide a page. */
const TIMING_RUNS = 3;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function time(fn: () => void): number {
  const runs: number[] = [];
  for (let k = 0; k < TIMING_RUNS; k++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Features and labels of the Readability pages: its own `readerable` flag is the label. */
const readabilityXs: number[][] = [];
const readabilityYs: number[] = [];

function evalReadability(): void {
  const dir = join(SHARED, 'readability');
  const pages = readdirSync(dir).sort().slice(0, limit);
  // Warm both up on a few pages first: the JIT should not count against whoever runs first.
  for (const name of pages.slice(0, 5)) {
    const doc = parse(readFileSync(join(dir, name, 'source.html'), 'utf8'));
    detectArticle(doc);
    new Readability(doc.cloneNode(true) as Document).parse();
  }
  const rows: { name: string; p: number; r: number; f1: number; f1Collected: number; ours: number; theirs: number; found: boolean; reason: string; readerable: boolean }[] = [];
  for (const name of pages) {
    const doc = parse(readFileSync(join(dir, name, 'source.html'), 'utf8'));
    const want = tokens(parse(readFileSync(join(dir, name, 'expected.html'), 'utf8')).documentElement?.textContent ?? '');
    let detection = detectArticle(doc);
    const ours = time(() => {
      detection = detectArticle(doc);
    });
    const theirs = time(() => {
      new Readability(doc.cloneNode(true) as Document).parse();
    });
    // A page judged "no article" is scored on nothing: the extension would stay quiet there.
    const score = bagF1(tokens(detectionText(detection)), want);
    const collected = bagF1(tokens(collectText(detection.roots, { exclude: detection.exclude }).text), want);
    const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean };
    if (detection.features) {
      readabilityXs.push(detection.features);
      readabilityYs.push(meta.readerable === false ? 0 : 1);
    }
    rows.push({ name, readerable: meta.readerable !== false, ...score, f1Collected: collected.f1, ours, theirs, found: detection.found, reason: detection.reason });
  }
  if (verbose) {
    for (const r of [...rows].sort((a, b) => a.f1 - b.f1)) {
      console.log(`${r.name.padEnd(40)} F1 ${r.f1.toFixed(3)} P ${r.p.toFixed(3)} R ${r.r.toFixed(3)}  ${r.ours.toFixed(2)} ms vs ${r.theirs.toFixed(2)} ms  ${r.reason}`);
    }
  }
  const oursMed = median(rows.map((r) => r.ours));
  const theirsMed = median(rows.map((r) => r.theirs));
  console.log(`\nReadability corpus: ${rows.length} pages (Node ${process.version}, linkedom)`);
  console.log(`  mean F1 ${mean(rows.map((r) => r.f1)).toFixed(4)}  (P ${mean(rows.map((r) => r.p)).toFixed(4)}, R ${mean(rows.map((r) => r.r)).toFixed(4)}); median F1 ${median(rows.map((r) => r.f1)).toFixed(4)}`);
  const readerable = rows.filter((r) => r.readerable);
  console.log(`  mean F1 over the ${readerable.length} pages Readability itself calls reader-able (the others are test stubs and non-articles): ${mean(readerable.map((r) => r.f1)).toFixed(4)}`);
  console.log(`  mean F1 of the text the extension reads (collectText: no code blocks) ${mean(rows.map((r) => r.f1Collected)).toFixed(4)}`);
  console.log(`  pages judged not an article: ${rows.filter((r) => !r.found).length}`);
  const low = rows.filter((r) => r.f1 < 0.5);
  console.log(`  pages below F1 0.5: ${low.length}`);
  for (const r of low) console.log(`    ${r.name}: F1 ${r.f1.toFixed(3)} — ${r.reason}`);
  console.log(`  median time per page: ours ${oursMed.toFixed(2)} ms, Readability ${theirsMed.toFixed(2)} ms, ratio ${(oursMed / theirsMed).toFixed(3)} (1/${(theirsMed / oursMed).toFixed(1)})`);
  console.log(`  total time: ours ${rows.reduce((a, r) => a + r.ours, 0).toFixed(0)} ms, Readability ${rows.reduce((a, r) => a + r.theirs, 0).toFixed(0)} ms`);
}

interface WcxbRow {
  id: string;
  page_type: string;
  main_content: string;
}

function fit(xs: number[][], ys: number[], epochs = 400, rate = 0.5, l2 = 1e-3): number[] {
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  // Standardise features for the descent, then fold the scaling back into the weights.
  const mu = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(1);
  for (let k = 1; k < d; k++) {
    mu[k] = mean(xs.map((x) => x[k] ?? 0));
    sd[k] = Math.sqrt(mean(xs.map((x) => ((x[k] ?? 0) - (mu[k] ?? 0)) ** 2))) || 1;
  }
  const zs = xs.map((x) => x.map((v, k) => (k === 0 ? 1 : (v - (mu[k] ?? 0)) / (sd[k] ?? 1))));
  for (let e = 0; e < epochs; e++) {
    const grad = new Array<number>(d).fill(0);
    zs.forEach((z, n) => {
      const p = articleProbability(z, w);
      const err = p - (ys[n] ?? 0);
      for (let k = 0; k < d; k++) grad[k] = (grad[k] ?? 0) + err * (z[k] ?? 0);
    });
    for (let k = 0; k < d; k++) w[k] = (w[k] ?? 0) - rate * ((grad[k] ?? 0) / zs.length + (k ? l2 * (w[k] ?? 0) : 0));
  }
  const out = w.map((v, k) => (k === 0 ? v : v / (sd[k] ?? 1)));
  out[0] = (w[0] ?? 0) - w.reduce((a, v, k) => (k === 0 ? a : a + (v * (mu[k] ?? 0)) / (sd[k] ?? 1)), 0);
  return out;
}

function evalWcxb(): void {
  const dir = join(SHARED, 'wcxb-dev');
  const rows = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8').trim().split('\n').slice(0, limit).map((l) => JSON.parse(l) as WcxbRow);
  const byType = new Map<string, { n: number; right: number; readerable: number }>();
  const f1s: number[] = [];
  const xs: number[][] = [];
  const ys: number[] = [];
  const times: number[] = [];
  const types: string[] = [];
  for (const row of rows) {
    const html = gunzipSync(readFileSync(join(dir, 'html', `${row.id}.html.gz`))).toString('utf8');
    const doc = parse(html);
    const t = performance.now();
    const detection = detectArticle(doc);
    times.push(performance.now() - t);
    const isArticle = row.page_type === 'article';
    const stat = byType.get(row.page_type) ?? { n: 0, right: 0, readerable: 0 };
    stat.n++;
    if (detection.found === isArticle) stat.right++;
    if (isProbablyReaderable(doc)) stat.readerable++;
    byType.set(row.page_type, stat);
    if (isArticle) {
      const roots = detection.candidate ? [detection.candidate] : [];
      const score = bagF1(tokens(detectionText({ roots, exclude: detection.exclude })), tokens(row.main_content));
      f1s.push(score.f1);
      if (verbose && score.f1 < 0.6) console.log(`  ${row.id} article F1 ${score.f1.toFixed(3)} P ${score.p.toFixed(3)} R ${score.r.toFixed(3)}: ${detection.reason}`);
    }
    if (detection.features) {
      xs.push(detection.features);
      ys.push(isArticle ? 1 : 0);
      types.push(row.page_type);
    }
    if (verbose && detection.found !== isArticle) console.log(`  ${row.id} ${row.page_type}: ${detection.reason}`);
  }
  let n = 0;
  let right = 0;
  console.log(`\nWCXB dev: ${rows.length} pages; "is there an article?" accuracy per page type (and how often`);
  console.log('Readability\'s isProbablyReaderable says "yes" there, same pages):');
  let shop = 0;
  let shopSaidYes = 0;
  let shopReaderable = 0;
  for (const [type, s] of [...byType].sort()) {
    n += s.n;
    right += s.right;
    console.log(`  ${type.padEnd(14)} ${(s.right / s.n).toFixed(3)}  (${s.right}/${s.n})   isProbablyReaderable yes: ${(s.readerable / s.n).toFixed(3)}`);
    if (['product', 'listing', 'collection', 'service'].includes(type)) {
      shop += s.n;
      shopSaidYes += s.n - s.right;
      shopReaderable += s.readerable;
    }
  }
  console.log(`  on product/listing/collection/service pages we say "article" on ${(shopSaidYes / Math.max(1, shop)).toFixed(3)}; isProbablyReaderable on ${(shopReaderable / Math.max(1, shop)).toFixed(3)}`);
  const art = byType.get('article') ?? { n: 0, right: 0 };
  const notN = n - art.n;
  const notRight = right - art.right;
  let readerableRight = 0;
  for (const [type, s] of byType) readerableRight += type === 'article' ? s.readerable : s.n - s.readerable;
  console.log(`  isProbablyReaderable as an article / not-article decision: accuracy ${(readerableRight / n).toFixed(3)}`);
  console.log(`  overall accuracy ${(right / n).toFixed(3)}; articles found ${(art.right / Math.max(1, art.n)).toFixed(3)}, non-articles rejected ${(notRight / Math.max(1, notN)).toFixed(3)}`);
  console.log(`  article pages: mean F1 of the best block vs the human main content ${mean(f1s).toFixed(4)}`);
  console.log(`  median detector time ${median(times).toFixed(2)} ms`);

  if (flag('--fit')) {
    // Fit on both corpora: WCXB knows the page types, the Readability pages add long articles
    // of kinds WCXB has few of (encyclopaedia pages, old table layouts, technical posts).
    xs.push(...readabilityXs);
    ys.push(...readabilityYs);
    console.log(`  fitting on ${xs.length} pages (${readabilityXs.length} from the Readability corpus)`);
    const dump = option('--dump');
    if (dump) writeFileSync(dump, JSON.stringify({ names: FEATURE_NAMES, xs, ys, types: [...types, ...readabilityYs.map(() => 'readability')] }));
    const w = fit(xs, ys);
    console.log(`\nFitted weights (${FEATURE_NAMES.join(', ')}):\n  [${w.map((v) => v.toFixed(3)).join(', ')}]`);
    const acc = (weights: readonly number[], idx: number[]): number =>
      idx.filter((k) => (articleProbability(xs[k] ?? [], weights) >= 0.5) === (ys[k] === 1)).length / Math.max(1, idx.length);
    const all = xs.map((_, k) => k);
    console.log(`  training accuracy ${acc(w, all).toFixed(3)} (current weights ${acc(WEIGHTS, all).toFixed(3)})`);
    const folds = 5;
    let cv = 0;
    for (let f = 0; f < folds; f++) {
      const test = all.filter((k) => k % folds === f);
      const train = all.filter((k) => k % folds !== f);
      const wf = fit(train.map((k) => xs[k] ?? []), train.map((k) => ys[k] ?? 0));
      cv += acc(wf, test) * test.length;
    }
    console.log(`  5-fold cross-validated accuracy ${(cv / all.length).toFixed(3)}`);
  }
}

if (!existsSync(SHARED)) {
  console.error(`eval:article: ${SHARED} is absent — the corpora live in ../shared; nothing to evaluate.`);
  process.exit(2);
}
if (!only || only === 'readability') evalReadability();
if (!only || only === 'wcxb' || flag('--fit')) evalWcxb();
