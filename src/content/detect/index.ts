/**
 * Finds the element of a live document that holds the article body, the parts inside it to
 * leave out, and whether the page has an article at all. DOM-only, no layout, a pure function
 * of the document: the same code runs in the content script, the command-line annotator and
 * the evaluation in Node.
 *
 * How: one walk measures every element (`stats.ts`) and keeps the one gathering the most prose
 * for the least other text (`score.ts`); furniture inside it is left out (`exclude.ts`); a
 * small fitted model over those numbers and the page's own metadata says whether this is an
 * article page at all (`decide.ts`).
 */
import { boilerplateInside } from './exclude.js';
import { ARTICLE_THRESHOLD, MIN_ARTICLE_PROSE, articleProbability, isLongRead, pageFeatures } from './decide.js';
import { NON_ARTICLE_TYPES, readMetadata } from './metadata.js';
import { PROSE_UNIT, measurePage, measurePageInSteps, type PageStats } from './stats.js';

export interface ArticleDetection {
  found: boolean;
  /** The article element(s), in document order; empty when nothing holds prose. */
  roots: Element[];
  exclude: Set<Element>;
  /** 0..1: how likely the page is an article page. */
  confidence: number;
  /** Why this was (or was not) taken for an article: for debugging and the CLI. */
  reason: string;
  /** The article's publication date (ISO), when the page states it. */
  published?: string;
  /**
   * The best candidate even when `found` is false, so a reader who asks for highlights on a
   * page we judged not to be an article still gets the most prose-like part.
   */
  candidate?: Element;
  /** The measurements behind the decision, in the order of `FEATURE_NAMES` (for evaluation). */
  features?: number[];
}

export { FEATURE_NAMES } from './decide.js';

/**
 * A page with no more visible text than this, few links, and no prices or shop/listing
 * metadata, is read whole: it has no page furniture to keep highlights out of, and a short
 * note is worth annotating too.
 */
export const SHORT_PAGE_CHARS = 1200;
/** …as long as at most this share of its text is links (a short menu page is not a note). */
const SHORT_PAGE_MAX_LINK_SHARE = 0.25;

function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 2).join('.');
  return `<${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''}>`;
}

export function detectArticle(doc: Document): ArticleDetection {
  // The whole document, not `doc.body`: broken pages parse into several bodies in some DOMs.
  const body = doc.documentElement ?? doc.body;
  if (!body) return { found: false, roots: [], exclude: new Set(), confidence: 0, reason: 'empty document' };
  return decide(doc, body, measurePage(body));
}

/**
 * The same detection, with the page walk spread over slices: `due()` says when the current
 * slice is spent, `pause()` gives the page its thread back. Same answer as `detectArticle`.
 */
export async function detectArticleSliced(doc: Document, due: () => boolean, pause: () => Promise<void>): Promise<ArticleDetection> {
  const body = doc.documentElement ?? doc.body;
  if (!body) return { found: false, roots: [], exclude: new Set(), confidence: 0, reason: 'empty document' };
  const steps = measurePageInSteps(body);
  for (;;) {
    const step = steps.next();
    if (step.done) return decide(doc, body, step.value);
    if (due()) await pause();
  }
}

function decide(doc: Document, body: Element, stats: PageStats): ArticleDetection {
  const meta = readMetadata(stats.metadata);
  const published = meta.published ? { published: meta.published } : {};
  const index = stats.best;
  const features = pageFeatures(stats, index, meta);
  const probability = articleProbability(features);
  const root = index >= 0 ? stats.elements[index] : undefined;
  const pageText = stats.allText[0] ?? 0;
  const ownText = stats.text[0] ?? 0;
  const shopOrList = stats.page.prices > 0 || [...meta.types].some((t) => NON_ARTICLE_TYPES.has(t));
  if (ownText > 0 && pageText <= SHORT_PAGE_CHARS && !shopOrList && (stats.allLink[0] ?? 0) <= SHORT_PAGE_MAX_LINK_SHARE * pageText) {
    const whole = root && root !== doc.documentElement ? root : doc.body ?? body;
    return {
      found: true,
      roots: [whole],
      exclude: boilerplateInside(stats, index >= 0 && root === whole ? index : 0),
      confidence: Math.max(0.5, probability),
      reason: `short page (${Math.round(pageText)} characters): read whole from ${describe(whole)}`,
      candidate: whole,
      features,
      ...published,
    };
  }
  if (!root) {
    return { found: false, roots: [], exclude: new Set(), confidence: 0, reason: 'no prose on the page', features, ...published };
  }
  const prose = (stats.prose[index] ?? 0) / PROSE_UNIT;
  const exclude = boilerplateInside(stats, index);
  const enough = prose >= MIN_ARTICLE_PROSE;
  const longRead = isLongRead(stats, index, meta);
  const found = enough && (probability >= ARTICLE_THRESHOLD || longRead);
  const what = `${describe(root)}, ${Math.round(prose)} chars of prose in ${stats.paragraphs[index] ?? 0} paragraphs`;
  const reason = found
    ? `article: ${what} (p=${probability.toFixed(2)}${longRead ? ', a long read' : ''})`
    : `no article: ${enough ? `best block ${what} does not read like an article page` : `too little prose (${what})`} (p=${probability.toFixed(2)})`;
  return {
    found,
    roots: found ? [root] : [],
    exclude,
    confidence: probability,
    reason,
    candidate: root,
    features,
    ...published,
  };
}
