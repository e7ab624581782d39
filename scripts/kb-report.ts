/**
 * `npm run kb:report` — what the bundled KB holds and how fast it loads: entities by kind and
 * by source, aliases, size on disk, cold-load time and heap in Node, the time to a first
 * annotate answer, and coverage of test/fixtures/expected-people.json.
 *
 * The load is measured first, before anything else warms the process up. Run Node with
 * --expose-gc for a steadier heap figure (`node --expose-gc --import tsx scripts/kb-report.ts`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_KB_DIR, loadIndexedKb } from '../src/core/kb/node-loader.js';
import { checkCoverage, type Expected } from '../src/core/kb/coverage.js';
import { nameKey } from '../src/core/text/normalise.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.KB_DIR ?? BUNDLED_KB_DIR;
const gc = (globalThis as { gc?: () => void }).gc;

function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

function dirSize(path: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path)) {
    const p = join(path, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      const sub = dirSize(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += st.size;
      files++;
    }
  }
  return { bytes, files };
}

const heapBefore = heapMb();
const t0 = performance.now();
const kb = await loadIndexedKb(dir);
const tLoaded = performance.now();
const firstHits = kb.lookup(nameKey('Pete Hegseth')) ?? [];
const firstHead = firstHits[0] ? kb.entity(firstHits[0].entity) : undefined;
const tFirst = performance.now();
const firstCard = firstHits[0] ? await kb.card(firstHits[0].entity) : undefined;
const tCard = performance.now();
const heapAfter = heapMb();

// A first annotate of the seed article, when the annotator and the seed are at hand.
let annotateMs: number | undefined;
let annotateMentions: number | undefined;
try {
  const seedDir = resolve(root, '../shared/seeds');
  const seed = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0];
  if (seed) {
    const text = readFileSync(join(seedDir, seed), 'utf8');
    const { annotate } = (await import('../src/core/annotate.js')) as {
      annotate: (text: string, kb: unknown) => Promise<{ mentions: unknown[] }>;
    };
    const ta = performance.now();
    const result = await annotate(text, kb);
    annotateMs = performance.now() - ta;
    annotateMentions = result.mentions.length;
  }
} catch (e) {
  console.log(`(first annotate not measured: ${e instanceof Error ? e.message : String(e)})`);
}

const m = kb.meta;
const size = dirSize(dir);
const fmt = (n: number) => n.toLocaleString('en-US');
console.log(`KB report — ${dir}`);
console.log(`build date ${m.buildDate} (newest as-of among sources)`);
console.log('');
console.log(`entities        ${fmt(m.entities)}`);
console.log(`  people        ${fmt(m.counts.person)}`);
console.log(`  organisations ${fmt(m.counts.org)}`);
console.log(`  places        ${fmt(m.counts.place)}  (${fmt(m.needsContext)} link only with context)`);
console.log(`  historical    ${fmt(m.historical)}`);
console.log('by source (an entity merged from several sources counts for each):');
for (const [s, n] of Object.entries(m.bySource)) console.log(`  ${s.padEnd(18)} ${fmt(n)}`);
console.log(`alias keys      ${fmt(m.keys)}   alias hits ${fmt(m.hits)} (full ${fmt(m.aliasTypes.full)}, surname ${fmt(m.aliasTypes.surname)}, acronym ${fmt(m.aliasTypes.acronym)}, short ${fmt(m.aliasTypes.short)})`);
console.log(`given names     ${fmt(m.givenNames)}   longest alias ${m.maxAliasTokens} tokens`);
const fileSize = (name: string) => statSync(join(dir, name)).size;
console.log(
  `size on disk    ${(size.bytes / 1e6).toFixed(1)} MB in ${size.files} files ` +
    `(loaded at start: meta ${(fileSize('meta.json') / 1e3).toFixed(0)} kB, index ${(fileSize('index.bin') / 1e6).toFixed(2)} MB` +
    ` — keys ${(m.sections.keyBytes.count / 1e6).toFixed(2)} MB, names ${(m.sections.nameBytes.count / 1e6).toFixed(2)} MB, ids ${(m.sections.idBytes.count / 1e6).toFixed(2)} MB, hits ${((m.sections.hits.count * 4) / 1e6).toFixed(2)} MB;` +
    ` cards in ${m.shards} shards of ${m.shardSize})`,
);
console.log('');
console.log(`cold load (Node, from files to index ready)  ${(tLoaded - t0).toFixed(1)} ms`);
console.log(`first lookup answered                        ${(tFirst - t0).toFixed(1)} ms  (${firstHead?.name ?? 'nothing found'})`);
console.log(`first card loaded                            ${(tCard - t0).toFixed(1)} ms  (${firstCard?.description ?? '-'})`);
if (annotateMs !== undefined) {
  console.log(`first annotate of the seed article           ${(tCard - t0 + annotateMs).toFixed(1)} ms total (${annotateMs.toFixed(1)} ms annotate, ${annotateMentions} mentions)`);
}
console.log(`heap used by the loaded KB                   ${(heapAfter - heapBefore).toFixed(1)} MB (process heap ${heapAfter.toFixed(1)} MB${gc ? '' : '; run with --expose-gc for a steadier figure'})`);
console.log(`  (typed arrays live outside the JS heap: index.bin ${(fileSize('index.bin') / 1e6).toFixed(1)} MB in array buffers, ${(process.memoryUsage().arrayBuffers / 1e6).toFixed(1)} MB total)`);

const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/expected-people.json'), 'utf8')) as { people: Expected[]; entities: Expected[] };
const people = await checkCoverage(kb, fixture.people, 'person');
const entities = await checkCoverage(kb, fixture.entities, 'place');
const all = [...people, ...entities];
const seed = all.filter((r) => r.seed);
console.log('');
console.log(
  `coverage of test/fixtures/expected-people.json: people ${people.filter((r) => r.ok).length}/${people.length}, ` +
    `organisations and places ${entities.filter((r) => r.ok).length}/${entities.length}, seed article ${seed.filter((r) => r.ok).length}/${seed.length}`,
);
for (const r of all) {
  if (!r.ok || process.argv.includes('--all')) {
    console.log(`  ${r.ok ? 'ok     ' : r.found ? 'WRONG  ' : 'MISSING'} ${r.name}${r.expect ? ` (expect "${r.expect}")` : ''}${r.description ? `: ${r.description}` : ''}`);
  }
}
if (!process.argv.includes('--all')) console.log('  (--all lists every row)');
