/**
 * Corpus evaluation of recognition and linking (issue 5), as a test with the targets as floors:
 * person-span F1 (exact) on CoNLL++ 2020 and person linking precision on MSNBC. Skipped, saying
 * so, when ../shared or the built KB is absent. `npm run eval:ner` prints the full figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/core/annotate.js';
import type { KbLookup } from '../../src/core/kb/lookup.js';
import { nameKey } from '../../src/core/text/normalise.js';
import { addScores, exact, scoreSpans, ZERO_SCORE } from '../../src/core/eval/span-score.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPORA = resolve(ROOT, '..', 'shared', 'corpora', 'ner');
const CONLL = join(CORPORA, 'conllpp_2020.jsonl');
const MSNBC = join(CORPORA, 'msnbc_linked.jsonl');
const KB_BUILT = existsSync(join(ROOT, 'assets', 'kb', 'meta.json'));
const HAVE_DATA = existsSync(CONLL) && existsSync(MSNBC);

/** The floors: issue 5's targets. */
const PERSON_F1_EXACT = 0.85;
const LINK_PRECISION = 0.95;

interface Gold { start: number; end: number; type: string | null; qid?: string | null; wiki?: string | null }
interface Doc { id: string; text: string; entities: Gold[] }

function docs(path: string): Doc[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Doc);
}

async function kb(): Promise<KbLookup> {
  const mod = (await import('../../src/core/kb/node-loader.js')) as { loadBundledKb: () => Promise<KbLookup> };
  return mod.loadBundledKb();
}

if (!HAVE_DATA || !KB_BUILT) {
  console.log(`corpus ner: skipped (${!HAVE_DATA ? `no corpora at ${CORPORA}` : 'assets/kb not built'})`);
}

describe.skipIf(!HAVE_DATA || !KB_BUILT)('NER corpora', () => {
  it(`finds people in CoNLL++ 2020 with exact span F1 >= ${PERSON_F1_EXACT}`, async () => {
    const lookup = await kb();
    let score = ZERO_SCORE;
    for (const d of docs(CONLL)) {
      const { mentions } = await annotate(d.text, lookup);
      score = addScores(score, scoreSpans(
        d.entities.filter((e) => e.type === 'PER'),
        mentions.filter((m) => m.kind === 'person'),
      ));
    }
    const f1 = exact(score).f1;
    console.log(`CoNLL++ person exact F1 ${f1.toFixed(3)}`);
    expect(f1).toBeGreaterThanOrEqual(PERSON_F1_EXACT);
  });

  it(`links people in MSNBC with precision >= ${LINK_PRECISION} (same QID, or same name for non-QID ids)`, async () => {
    const lookup = await kb();
    let right = 0;
    let judged = 0;
    for (const d of docs(MSNBC)) {
      const { mentions, entities } = await annotate(d.text, lookup);
      for (const m of mentions) {
        if (m.kind !== 'person' || m.entityId.startsWith('article:')) continue;
        const g = d.entities.find((e) => e.qid && e.type === 'PER' && e.start < m.end && m.start < e.end);
        if (!g) continue;
        judged++;
        if (/^Q\d+$/.test(m.entityId) ? g.qid === m.entityId : nameKey(entities[m.entityId]?.name ?? '') === nameKey(g.wiki ?? '')) right++;
      }
    }
    console.log(`MSNBC person linking precision ${(right / Math.max(1, judged)).toFixed(3)} (${right}/${judged})`);
    expect(judged).toBeGreaterThan(20);
    expect(right / judged).toBeGreaterThanOrEqual(LINK_PRECISION);
  });
});
