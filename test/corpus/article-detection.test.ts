/**
 * Article detection on real pages from ../shared (skipped, saying so, when it is absent):
 * the seed page keeps highlights inside its article; the Readability corpus meets the F1 and
 * speed targets of issue 4; WCXB's non-article pages are mostly recognised. The full figures
 * come from `npm run eval:article`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { collectText } from '../../src/content/collect.js';
import { detectArticle } from '../../src/content/detect/index.js';
import { detectionText } from '../../src/content/detect/text.js';
import { bagF1, bagOfWords } from '../../src/content/detect/metric.js';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const present = existsSync(`${SHARED}corpora/readability`);
if (!present) console.warn(`article-detection corpus suite skipped: ${SHARED} is absent (the corpora live in ../shared)`);

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
};

describe.skipIf(!present)('article detection on ../shared pages', () => {
  it('seed page: the whole article body and nothing of the trending bar, sidebar, comments or footer', () => {
    const doc = parse(readFileSync(`${SHARED}fixtures/seed-article.html`, 'utf8'));
    const d = detectArticle(doc);
    expect(d.found).toBe(true);
    const text = collectText(d.roots, { exclude: d.exclude }).text.replace(/\s+/g, ' ');
    for (const p of Array.from(doc.querySelectorAll('article p, article li, article h1, article figcaption'))) {
      expect(text).toContain((p.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60));
    }
    for (const outside of ['Trending', 'Elon Musk', 'Most read', 'Greg Abbott', 'rio_grande_dad', 'Ron DeSantis', 'Beto', 'Privacy', 'Politics']) {
      expect(text).not.toContain(outside);
    }
  });

  it('Readability corpus: mean F1 ≥ 0.95, no page below 0.5 but the known non-articles, ≥ 5× faster', () => {
    const dir = `${SHARED}corpora/readability/`;
    const f1s: number[] = [];
    const ours: number[] = [];
    const theirs: number[] = [];
    const low: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const doc = parse(readFileSync(`${dir}${name}/source.html`, 'utf8'));
      const want = bagOfWords(parse(readFileSync(`${dir}${name}/expected.html`, 'utf8')).documentElement?.textContent ?? '');
      let t = performance.now();
      const d = detectArticle(doc);
      ours.push(performance.now() - t);
      t = performance.now();
      new Readability(doc.cloneNode(true) as Document).parse();
      theirs.push(performance.now() - t);
      const { f1 } = bagF1(bagOfWords(detectionText(d)), want);
      f1s.push(f1);
      if (f1 < 0.5) low.push(name);
    }
    const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
    console.log(`Readability corpus: mean F1 ${mean.toFixed(4)}, below 0.5: ${low.join(', ') || 'none'}; median ${median(ours).toFixed(2)} ms vs ${median(theirs).toFixed(2)} ms`);
    expect(mean).toBeGreaterThanOrEqual(0.95);
    // Pages allowed below 0.5, each with its reason.
    const KNOWN_LOW = new Map([
      ['js-link-replacement', 'a test stub: three words inside one link, no article'],
      ['mozilla-1', 'a product landing page (Firefox features), judged not an article'],
      ['nytimes-5', 'a home page of teasers, judged not an article'],
    ]);
    expect(low.filter((n) => !KNOWN_LOW.has(n))).toEqual([]);
    expect(median(ours)).toBeLessThanOrEqual(median(theirs) / 5);
  });

  it('WCXB dev: says "article" on articles and "no article" on most other page types', () => {
    const dir = `${SHARED}corpora/wcxb-dev/`;
    const rows = readFileSync(`${dir}ground-truth.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; page_type: string });
    let right = 0;
    for (const row of rows) {
      const doc = parse(gunzipSync(readFileSync(`${dir}html/${row.id}.html.gz`)).toString('utf8'));
      if (detectArticle(doc).found === (row.page_type === 'article')) right++;
    }
    const accuracy = right / rows.length;
    console.log(`WCXB dev: article / not-article accuracy ${accuracy.toFixed(3)} over ${rows.length} pages`);
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
