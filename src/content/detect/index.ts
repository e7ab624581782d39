/**
 * Finds the element(s) of a live document that hold the article body, and the parts inside to
 * leave out. DOM-only (no layout), so the same code runs in the content script and in Node.
 *
 * First heuristic: explicit markup (`itemprop=articleBody`, a single `<article>`, `<main>`),
 * else the block with the most paragraph text; boilerplate inside it is excluded by tag, role
 * and class hints.
 */

export interface ArticleDetection {
  found: boolean;
  roots: Element[];
  exclude: Set<Element>;
  /** 0..1 */
  confidence: number;
  /** Why this was (or was not) taken for an article: for debugging and the CLI. */
  reason: string;
  /** The article's publication date (ISO), when the page states it. */
  published?: string;
}

const BOILERPLATE_SELECTOR = [
  'nav', 'aside', 'footer', 'form', '[role="navigation"]', '[role="complementary"]',
  '[aria-label*="comment" i]', '[class*="share" i]', '[class*="related" i]',
  '[class*="comment" i]', '[class*="newsletter" i]', '[class*="advert" i]', '[id*="comment" i]',
].join(',');

/** Minimum prose, in characters, for a block to count as an article body. */
const MIN_ARTICLE_CHARS = 500;

function paragraphText(el: Element): number {
  let total = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) total += (p.textContent ?? '').trim().length;
  return total;
}

function publishedDate(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  const meta = doc.querySelector('meta[property="article:published_time"]');
  const content = meta?.getAttribute('content');
  if (content) return content;
  return doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
}

export function detectArticle(doc: Document): ArticleDetection {
  const candidates: [Element | null, string][] = [
    [doc.querySelector('[itemprop="articleBody"]'), 'itemprop=articleBody'],
    [doc.querySelectorAll('article').length === 1 ? doc.querySelector('article') : null, 'single <article>'],
    [doc.querySelector('main, [role="main"]'), '<main>'],
  ];
  let root: Element | undefined;
  let reason = 'no article markup';
  for (const [el, why] of candidates) {
    if (el && paragraphText(el) >= MIN_ARTICLE_CHARS) {
      root = el;
      reason = why;
      break;
    }
  }
  if (!root) {
    let best = 0;
    for (const el of Array.from(doc.querySelectorAll('div, section, article'))) {
      const score = paragraphText(el) - (el.textContent ?? '').length * 0.1;
      if (score > best) {
        best = score;
        root = el;
      }
    }
    if (root && paragraphText(root) < MIN_ARTICLE_CHARS) root = undefined;
    reason = root ? 'most paragraph text' : 'no block with enough paragraph text';
  }
  const published = publishedDate(doc);
  if (!root) return { found: false, roots: [], exclude: new Set(), confidence: 0, reason, ...(published ? { published } : {}) };
  const exclude = new Set(Array.from(root.querySelectorAll(BOILERPLATE_SELECTOR)));
  return { found: true, roots: [root], exclude, confidence: 0.7, reason, ...(published ? { published } : {}) };
}
