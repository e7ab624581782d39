/**
 * Evaluation of recognition and linking on labelled news text (`npm run eval:ner`), printing
 * figures:
 *   - CoNLL++ (Reuters, 2020): span precision / recall / F1 for people, organisations and places,
 *     exact and partial overlap, for our annotator and for compromise `.people()` as reference;
 *   - MSNBC (linked): linking precision and recall for person mentions whose entity is in the KB;
 *   - throughput (KB of text per second) of both, measured in this process on the same texts.
 * Our predictions come from the command-line annotator's `--jsonl` mode when it exists
 * (scripts/article-context.mjs), else from `annotate` called directly (said in the output).
 * Corpora are read from ../shared and never copied; without them the script says so and exits 0.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import nlp from 'compromise';
import { ZERO_SCORE as ZERO, addScores as add, formatScore as prf, scoreSpans as score, type Span, type SpanScore as Score } from '../src/core/eval/span-score.js';
import { annotate } from '../src/core/annotate.js';
import type { KbLookup } from '../src/core/kb/lookup.js';
import { MemoryKb } from '../src/core/kb/memory-kb.js';
import type { EntityCard, Mention } from '../src/core/types.js';
import { nameKey } from '../src/core/text/normalise.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = resolve(ROOT, '..', 'shared', 'corpora', 'ner');
const CLI = join(ROOT, 'scripts', 'article-context.mjs');

interface GoldEntity { start: number; end: number; type: string | null; qid?: string | null }
interface Doc { id: string; text: string; entities: GoldEntity[] }
interface Predicted { id: string; mentions: Mention[]; entities: Record<string, EntityCard> }

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

async function loadKb(): Promise<{ kb: KbLookup; name: string }> {
  const loaderPath = join(ROOT, 'src', 'core', 'kb', 'node-loader.ts');
  if (existsSync(loaderPath) && existsSync(join(ROOT, 'assets', 'kb', 'meta.json'))) {
    const mod = (await import('../src/core/kb/node-loader.js')) as { loadBundledKb: (dir?: string) => Promise<KbLookup> };
    return { kb: await mod.loadBundledKb(), name: 'bundled KB (assets/kb)' };
  }
  return { kb: new MemoryKb([]), name: 'EMPTY KB (assets/kb not built): KB-dependent figures are meaningless' };
}

/** Every KB entity id, for "is the gold entity in the KB". */
function kbIds(kb: KbLookup): Set<string> {
  const ids = new Set<string>();
  const meta = (kb as unknown as { meta?: { entities?: number } }).meta;
  const count = meta?.entities ?? (kb as unknown as { size?: number }).size;
  for (let n = 0; count === undefined || n < count; n++) {
    try {
      ids.add(kb.entity(n).id);
    } catch {
      break;
    }
    if (n > 5_000_000) break;
  }
  return ids;
}

async function predict(docs: Doc[], kb: KbLookup, corpusPath: string): Promise<{ preds: Map<string, Predicted>; via: string; ms: number }> {
  const preds = new Map<string, Predicted>();
  if (existsSync(CLI)) {
    try {
      return await predictViaCli(docs, corpusPath, preds);
    } catch (error) {
      console.log(`  (CLI failed: ${String(error).split('\n')[0]}; calling annotate directly)`);
    }
  }
  const t0 = performance.now();
  for (const d of docs) {
    const r = await annotate(d.text, kb);
    preds.set(d.id, { id: d.id, mentions: r.mentions, entities: r.entities });
  }
  return { preds, via: 'annotate() called directly (the CLI is not there yet)', ms: performance.now() - t0 };
}

async function predictViaCli(docs: Doc[], corpusPath: string, preds: Map<string, Predicted>): Promise<{ preds: Map<string, Predicted>; via: string; ms: number }> {
  {
    const dir = mkdtempSync(join(tmpdir(), 'eval-ner-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n');
    const t0 = performance.now();
    const out = execFileSync(process.execPath, [CLI, 'annotate', '--jsonl', input], { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const ms = performance.now() - t0;
    for (const line of out.split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; mentions: Mention[]; entities?: Record<string, EntityCard> };
      preds.set(row.id, { id: row.id, mentions: row.mentions, entities: row.entities ?? {} });
    }
    if (preds.size < docs.length) throw new Error(`the CLI answered ${preds.size} of ${docs.length} documents`);
    return { preds, via: `CLI ${CLI.replace(ROOT + '/', '')} annotate --jsonl (${corpusPath.split('/').pop()})`, ms };
  }
}

function compromisePeople(text: string): Span[] {
  const found = nlp(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  return found.map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
}

const TIMED_PASSES = 5;
/**
 * Each timed pass repeats a workload over the corpus until it has run this long, and counts the
 * time per repetition: a pass of ours (~50 ms) and one of compromise (~2 s) then weigh alike the
 * cost of starting cold after the other workload and a burst of load from other processes —
 * which, in a pass of 50 ms, once made our best of five swing between 38x and 50x.
 */
const MIN_PASS_MS = 1000;

/** Best times per repetition of two workloads, their passes interleaved so that load on the machine hits both alike. */
async function bestOfInterleaved(a: () => Promise<void>, b: () => Promise<void>): Promise<{ ms: [number, number]; reps: [number, number] }> {
  await a();
  await b();
  const best: [number, number] = [Infinity, Infinity];
  const reps: [number, number] = [1, 1];
  for (let i = 0; i < TIMED_PASSES; i++) {
    for (const [k, pass] of [a, b].entries()) {
      const t0 = performance.now();
      let n = 0;
      let elapsed = 0;
      do {
        await pass();
        n++;
        elapsed = performance.now() - t0;
      } while (elapsed < MIN_PASS_MS);
      best[k] = Math.min(best[k]!, elapsed / n);
      reps[k] = n;
    }
  }
  return { ms: best, reps };
}

const KIND_TO_TYPE: Record<string, string> = { person: 'PER', org: 'ORG', place: 'LOC' };

async function main(): Promise<void> {
  const conllPath = join(CORPORA, 'conllpp_2020.jsonl');
  const msnbcPath = join(CORPORA, 'msnbc_linked.jsonl');
  if (!existsSync(conllPath) || !existsSync(msnbcPath)) {
    console.log(`eval:ner skipped: corpora not found at ${CORPORA}`);
    return;
  }
  const { kb, name } = await loadKb();
  console.log(`KB: ${name}`);
  const conll = readJsonl<Doc>(conllPath);
  const msnbc = readJsonl<Doc>(msnbcPath);
  const bytes = conll.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

  // Ours, through the CLI (or directly).
  const { preds, via, ms: cliMs } = await predict(conll, kb, conllPath);
  console.log(`\nCoNLL++ 2020 — ${conll.length} documents, ${(bytes / 1024).toFixed(0)} KB — ours via ${via}`);
  const scores: Record<string, Score> = { PER: ZERO, ORG: ZERO, LOC: ZERO };
  let compromiseScore = ZERO;
  for (const d of conll) {
    const mentions = preds.get(d.id)?.mentions ?? [];
    for (const type of ['PER', 'ORG', 'LOC']) {
      const gold = d.entities.filter((e) => e.type === type);
      const pred = mentions.filter((m) => KIND_TO_TYPE[m.kind] === type);
      scores[type] = add(scores[type]!, score(gold, pred));
    }
  }
  // Throughput, in this process, on the same texts: ours (annotate) and compromise, each the
  // best of TIMED_PASSES passes of at least MIN_PASS_MS after one untimed pass (JIT, lazily
  // loaded KB cards) — the steady state of a long-lived background page, on this noisy 2-core
  // machine.
  for (const d of conll) {
    compromiseScore = add(compromiseScore, score(d.entities.filter((e) => e.type === 'PER'), compromisePeople(d.text)));
  }
  const { ms: [oursMs, compromiseMs], reps } = await bestOfInterleaved(
    async () => {
      for (const d of conll) await annotate(d.text, kb);
    },
    async () => {
      for (const d of conll) compromisePeople(d.text);
    },
  );
  console.log(`  ours   PER  ${prf(scores.PER!)}`);
  console.log(`  ours   ORG  ${prf(scores.ORG!)}`);
  console.log(`  ours   LOC  ${prf(scores.LOC!)}`);
  console.log(`  compromise .people() PER  ${prf(compromiseScore)}`);
  const kbps = (ms: number) => bytes / 1024 / (ms / 1000);
  console.log(`  throughput: ours ${kbps(oursMs).toFixed(0)} KB/s (annotate in-process), compromise ${kbps(compromiseMs).toFixed(0)} KB/s (best of ${TIMED_PASSES} passes of at least ${MIN_PASS_MS} ms after a warm-up; ${reps[0]} and ${reps[1]} corpus runs a pass) — ratio ${(compromiseMs / oursMs).toFixed(1)}x`);
  if (via.startsWith('CLI')) console.log(`  CLI wall time incl. start-up and KB load: ${(cliMs / 1000).toFixed(2)} s`);

  // Linking on MSNBC.
  const ids = kbIds(kb);
  const linked = await predict(msnbc, kb, msnbcPath);
  let correct = 0;
  let wrong = 0;
  let unjudged = 0;
  let goldInKb = 0;
  let found = 0;
  const errors: string[] = [];
  const otherType: string[] = [];
  for (const d of msnbc) {
    const mentions = (linked.preds.get(d.id)?.mentions ?? []).filter((m) => m.kind === 'person' && /^Q\d+$/.test(m.entityId));
    // Person linking is judged against gold person mentions: a gold span of another type
    // around our person ("Bush" in the MISC "Bush campaign") leaves the link unjudged.
    const golds = d.entities.filter((e) => e.qid && e.type === 'PER');
    for (const m of mentions) {
      const g = golds.find((e) => e.start < m.end && m.start < e.end);
      if (!g) {
        unjudged++;
        const other = d.entities.find((e) => e.qid && e.start < m.end && m.start < e.end);
        if (other) otherType.push(`${d.id} "${m.text}" → ${m.entityId}; gold ${other.type} ${other.qid} (${d.text.slice(other.start, other.end)})`);
        continue;
      }
      if (g.qid === m.entityId) correct++;
      else {
        wrong++;
        errors.push(`${d.id} "${m.text}" → ${m.entityId}, gold ${g.qid} (${d.text.slice(g.start, g.end)})`);
      }
    }
    for (const g of golds.filter((e) => ids.has(e.qid!))) {
      goldInKb++;
      if (mentions.some((m) => m.entityId === g.qid && m.start < g.end && g.start < m.end)) found++;
    }
  }
  console.log(`\nMSNBC linked — ${msnbc.length} documents — ours via ${linked.via}`);
  const p = correct + wrong ? correct / (correct + wrong) : 0;
  console.log(`  person linking precision ${p.toFixed(3)} (${correct}/${correct + wrong} judged against gold PER; ${unjudged} linked mentions with no gold PER span)`);
  for (const o of otherType) console.log(`    unjudged, inside a gold span of another type: ${o}`);
  console.log(`  person linking recall    ${(goldInKb ? found / goldInKb : 0).toFixed(3)} (${found}/${goldInKb} gold person mentions whose entity is in the KB)`);
  for (const e of errors.slice(0, 15)) console.log(`    wrong: ${e}`);
  // Most KB ids are not Wikidata QIDs (kb:pantheon:…, kb:bioguide:…): judge those links by name,
  // the KB entity's name against the gold entity's English label.
  let nameRight = 0;
  let nameWrong = 0;
  const nameErrors: string[] = [];
  for (const d of msnbc) {
    const pred = linked.preds.get(d.id);
    for (const m of pred?.mentions ?? []) {
      if (m.kind !== 'person' || /^Q\d+$/.test(m.entityId) || m.entityId.startsWith('article:')) continue;
      const g = d.entities.find((e) => e.qid && e.type === 'PER' && e.start < m.end && m.start < e.end) as (GoldEntity & { wiki?: string }) | undefined;
      if (!g?.wiki) continue;
      const ours = pred?.entities[m.entityId]?.name ?? '';
      if (nameKey(ours) === nameKey(g.wiki)) nameRight++;
      else {
        nameWrong++;
        nameErrors.push(`${d.id} "${m.text}" → ${m.entityId} (${ours}), gold ${g.wiki}`);
      }
    }
  }
  const all = correct + wrong + nameRight + nameWrong;
  console.log(`  person linking precision, QID or same name: ${(all ? (correct + nameRight) / all : 0).toFixed(3)} (${correct + nameRight}/${all} judged)`);
  for (const e of nameErrors.slice(0, 15)) console.log(`    by name: ${e}`);
  console.log('\nTargets: person F1 (exact) >= 0.85 on CoNLL++, throughput >= 40x compromise, linking precision >= 0.95 on MSNBC.');
}

await main();
