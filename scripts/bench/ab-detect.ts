/**
 * Compares article detection between revisions in Chromium, timed the way `scripts/bench.ts`
 * times it (issue 4): each page freshly loaded, then three runs of `detectArticle(document)` back
 * to back in one task, the median of the three kept, the fastest of several loads. Revisions
 * are interleaved page by page, in a rotating order, in one browser, and the pages are served
 * cross-origin isolated (5 µs clock instead of 100 µs), so that a difference of a few percent
 * shows through the noise of a two-core machine; the bench's own figure cannot see 5%.
 *
 *   npx tsx scripts/bench/ab-detect.ts REV [REV…] [--every N] [--max-bytes N] [--loads N] [--js-flags "…"] [--verbose]
 *
 * REV is any git revision (its `src/` is taken with `git archive`), or `work` for the working
 * tree. The first is the reference: for each other, the geometric mean over pages of its time
 * over the reference's, and the sum and median of the per-page times, per run (1 = cold) and
 * for the median of three. `--max-bytes N` keeps the pages whose source is at most N bytes (4000:
 * the 36 smallest, where fixed costs dominate). `--js-flags` passes V8 flags (such as `--trace-opt --trace-deopt`)
 * to Chromium, and keeps function names in the bundle; with `--verbose`, every page's times and
 * the browser's own output (where V8 traces go) are printed, each run of a page after a
 * `===== PAGE REV` line.
 * Reads ../shared/corpora/readability; writes only to the system's temporary folder.
 */
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CROSS_ORIGIN_ISOLATED } from '../../test/e2e/harness.js';
import { corpusPages } from './corpus.js';
import { median, sum } from './stats.js';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const valued = new Set(['--every', '--max-bytes', '--loads', '--js-flags']);
const revisions = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
const every = Math.max(1, Number(option('--every') ?? 1));
const maxBytes = Number(option('--max-bytes') ?? Infinity);
const loads = Math.max(1, Number(option('--loads') ?? 3));
const jsFlags = option('--js-flags');
const verbose = args.includes('--verbose');
/** Runs per load, back to back, as the benchmark times them. */
const RUNS = 3;

if (revisions.length < 1) {
  console.error('usage: npx tsx scripts/bench/ab-detect.ts REV [REV…] [--every N] [--max-bytes N] [--loads N] [--js-flags "…"] [--verbose]');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'ac-ab-'));

/** The detection code of a revision, bundled to run in a page as `__acDetectRuns()`. */
async function bundle(revision: string, k: number): Promise<string> {
  let src = join(ROOT, 'src');
  if (revision !== 'work') {
    const dir = join(tmp, `rev${k}`);
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${JSON.stringify(revision)} src | tar -x -C ${JSON.stringify(dir)}`], { cwd: ROOT });
    src = join(dir, 'src');
  }
  const entry = join(tmp, `entry${k}.ts`);
  writeFileSync(entry, [
    `import { detectArticle } from ${JSON.stringify(join(src, 'content/detect/index.ts'))};`,
    `(globalThis as unknown as { __acDetectRuns: () => number[] }).__acDetectRuns = () => {`,
    `  const out: number[] = [];`,
    `  for (let r = 0; r < ${RUNS}; r++) { const t = performance.now(); detectArticle(document); out.push(performance.now() - t); }`,
    `  return out;`,
    `};`,
  ].join('\n'));
  // Minified as the benchmark's bundle is, but with V8 flags the functions keep their names,
  // so that traces name them.
  const out = await build({
    entryPoints: [entry], bundle: true, write: false, format: 'iife', target: ['chrome120'], logLevel: 'warning',
    minifySyntax: true, minifyWhitespace: true, minifyIdentifiers: !jsFlags,
  });
  return out.outputFiles[0]!.text;
}

async function main(): Promise<void> {
  const codes = await Promise.all(revisions.map((r, k) => bundle(r, k)));
  const pages = corpusPages().filter((p, i) => i % every === 0 && p.bytes <= maxBytes);
  if (!pages.length || !existsSync('/usr/bin/chromium')) throw new Error('needs ../shared/corpora/readability and /usr/bin/chromium');
  const server = createServer((req, res) => {
    const page = pages.find((p) => `/${encodeURIComponent(p.name)}` === req.url);
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { ...CROSS_ORIGIN_ISOLATED, 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(page.file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // V8 traces go to the renderer's standard output, block-buffered when it is a pipe: coreutils'
  // stdbuf library makes it line-buffered, so that the traces come out in order with the marks.
  const stdbuf = '/usr/libexec/coreutils/libstdbuf.so';
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium', headless: true, dumpio: verbose,
    args: ['--no-sandbox', ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
    ...(verbose && existsSync(stdbuf) ? { env: { ...process.env, LD_PRELOAD: stdbuf, _STDBUF_O: 'L' } } : {}),
  });
  // Per revision, per page: the fastest of the loads for each run and for the median of three.
  const best = revisions.map(() => [] as number[][]);
  try {
    const tab = await browser.newPage();
    tab.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    if (verbose) tab.on('console', (m) => process.stderr.write(`[page] ${m.text()}\n`));
    await tab.setRequestInterception(true);
    tab.on('request', (r) => void (r.url().startsWith(origin) ? r.continue() : r.abort()).catch(() => undefined));
    for (const [index, page] of pages.entries()) {
      const per = revisions.map(() => [Infinity, Infinity, Infinity, Infinity]);
      for (let load = 0; load < loads; load++) {
        for (let j = 0; j < revisions.length; j++) {
          // Rotated by load and by page: whichever runs first after a navigation pays one-time
          // costs the others then share (V8 caches compiled regular expressions per renderer).
          const v = (j + load + index) % revisions.length;
          await tab.goto(`${origin}/${encodeURIComponent(page.name)}`, { waitUntil: 'load', timeout: 15_000 }).catch(() => undefined);
          try {
            await tab.evaluate(codes[v]!);
            if (verbose) process.stderr.write(`===== ${page.name} ${revisions[v]}\n`);
            const runs = await tab.evaluate(() => (globalThis as unknown as { __acDetectRuns: () => number[] }).__acDetectRuns());
            [...runs, median(runs)].forEach((t, r) => (per[v]![r] = Math.min(per[v]![r]!, t)));
          } catch {
            per[v]!.fill(NaN);
          }
        }
      }
      if (per.every((row) => row.every(Number.isFinite))) per.forEach((row, v) => best[v]!.push(row));
      if (verbose) console.log(page.name.padEnd(40), per.map((row) => row.map((t) => (t * 1000).toFixed(0)).join('/')).join('   '));
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const labels = ['run 1 (cold)', 'run 2', 'run 3', 'median of 3'];
  console.log(`${best[0]!.length} pages, ${loads} loads each, µs; geo = geometric mean of per-page ratios to ${revisions[0]}`);
  for (let v = 0; v < revisions.length; v++) {
    const rows = best[v]!;
    const cells = labels.map((label, r) => {
      const ts = rows.map((row) => row[r]!);
      const geo = Math.exp(rows.reduce((a, row, p) => a + Math.log(Math.max(row[r]!, 0.005) / Math.max(best[0]![p]![r]!, 0.005)), 0) / rows.length);
      return `${label}: median ${(median(ts) * 1000).toFixed(0)} sum ${(sum(ts) * 1000).toFixed(0)} geo ${geo.toFixed(3)}`;
    });
    console.log(`${revisions[v]}\n  ${cells.join('\n  ')}`);
  }
}

await main();
