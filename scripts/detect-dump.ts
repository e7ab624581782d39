/**
 * Prints what article detection decides on every page of ../shared/corpora/readability and
 * wcxb-dev, one JSON line per page: found, reason, confidence, features, how many parts are
 * left out, the publication date, and a hash of the detected text. For speed work on the
 * detector: run it before and after a change and compare the two files, so a change meant to
 * be faster is shown to decide exactly as before.
 *
 *   npx tsx scripts/detect-dump.ts > before.jsonl   (then after the change)
 *   npx tsx scripts/detect-dump.ts > after.jsonl && cmp before.jsonl after.jsonl
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../src/content/detect/index.js';
import { detectionText } from '../src/content/detect/text.js';

const CORPORA = resolve(import.meta.dirname, '../../shared/corpora');

function dump(id: string, html: string): string {
  const doc = parseHTML(html).document as unknown as Document;
  const d = detectArticle(doc);
  const roots = d.found ? d.roots : d.candidate ? [d.candidate] : [];
  const text = detectionText({ roots, exclude: d.exclude });
  return JSON.stringify({
    id,
    found: d.found,
    reason: d.reason,
    confidence: d.confidence,
    features: d.features,
    excluded: d.exclude.size,
    published: d.published,
    text: createHash('md5').update(text).digest('hex'),
  });
}

const readability = join(CORPORA, 'readability');
for (const name of readdirSync(readability).sort()) {
  console.log(dump(name, readFileSync(join(readability, name, 'source.html'), 'utf8')));
}
const wcxb = join(CORPORA, 'wcxb-dev');
for (const line of readFileSync(join(wcxb, 'ground-truth.jsonl'), 'utf8').trim().split('\n')) {
  const { id } = JSON.parse(line) as { id: string };
  console.log(dump(id, gunzipSync(readFileSync(join(wcxb, 'html', `${id}.html.gz`))).toString('utf8')));
}
