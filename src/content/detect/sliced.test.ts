import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { detectArticle, detectArticleSliced } from './index.js';

const DIR = join(import.meta.dirname, '../../../test/fixtures/articles');

describe('detectArticleSliced', () => {
  it('gives the same answer as detectArticle, however often it pauses', async () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const html = readFileSync(join(DIR, file), 'utf8');
      const { document } = parseHTML(html);
      const whole = detectArticle(document);
      const sliced = await detectArticleSliced(document, () => true, async () => undefined);
      expect({ file, found: sliced.found, reason: sliced.reason, roots: sliced.roots, size: sliced.exclude.size })
        .toEqual({ file, found: whole.found, reason: whole.reason, roots: whole.roots, size: whole.exclude.size });
    }
  });

  it('pauses on a large page', async () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} of a long report on the council budget, with enough words to read as prose.</p>`).join('');
    const { document } = parseHTML(`<!doctype html><html><body><article>${paragraphs}</article></body></html>`);
    let pauses = 0;
    const sliced = await detectArticleSliced(document, () => true, async () => { pauses++; });
    expect(sliced.found).toBe(true);
    expect(pauses).toBeGreaterThan(3);
  });
});
