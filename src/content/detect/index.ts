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
import { namesNonArticle, readMetadata, type PageMetadata } from './metadata.js';
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

/** How a detection's confidence follows from the page's article probability. */
const enum Confidence {
  /** Nothing to be confident about (no prose, or no document). */
  None,
  /** The probability itself. */
  Probability,
  /** At least one half: a short page is read whole whatever the model says. */
  AtLeastHalf,
}

/**
 * The measurements behind a decision (`pageFeatures`) and the article probability they give,
 * each worked out once, when first needed. A short page is read whole without them, and the
 * content script reads neither: they were a tenth of a small page's detection. The walk's
 * numbers stay in memory for as long as the detection is kept (the content script keeps it
 * only while it scans).
 */
class Measurements {
  private computed: number[] | undefined;
  private p = -1;

  constructor(
    private readonly stats: PageStats,
    private readonly index: number,
    private readonly meta: PageMetadata,
  ) {}

  features(): number[] {
    return (this.computed ??= pageFeatures(this.stats, this.index, this.meta));
  }

  probability(): number {
    if (this.p < 0) this.p = articleProbability(this.features());
    return this.p;
  }
}

/**
 * An `ArticleDetection` whose `reason`, `confidence` and `features` are worked out when read:
 * the content script reads none of them, and describing the chosen element was a tenth of a
 * small page's detection.
 */
class Detection implements ArticleDetection {
  constructor(
    readonly found: boolean,
    readonly roots: Element[],
    readonly exclude: Set<Element>,
    private readonly rule: Confidence,
    private readonly explain: () => string,
    private readonly measured?: Measurements,
    readonly candidate?: Element,
    readonly published?: string,
  ) {}

  get reason(): string {
    return this.explain();
  }

  get confidence(): number {
    if (this.rule === Confidence.None || !this.measured) return 0;
    const p = this.measured.probability();
    return this.rule === Confidence.AtLeastHalf ? Math.max(0.5, p) : p;
  }

  get features(): number[] | undefined {
    return this.measured?.features();
  }
}

function emptyDocument(): ArticleDetection {
  return new Detection(false, [], new Set(), Confidence.None, () => 'empty document');
}

export function detectArticle(doc: Document): ArticleDetection {
  // The whole document, not `doc.body`: broken pages parse into several bodies in some DOMs.
  const body = doc.documentElement ?? doc.body;
  if (!body) return emptyDocument();
  return decide(doc, body, measurePage(body));
}

/**
 * The same detection, with the page walk spread over slices: `due()` says when the current
 * slice is spent, `pause()` gives the page its thread back. Same answer as `detectArticle`.
 */
export async function detectArticleSliced(doc: Document, due: () => boolean, pause: () => Promise<void>): Promise<ArticleDetection> {
  const body = doc.documentElement ?? doc.body;
  if (!body) return emptyDocument();
  const steps = measurePageInSteps(body);
  for (;;) {
    const step = steps.next();
    if (step.done) return decide(doc, body, step.value);
    if (due()) await pause();
  }
}

function decide(doc: Document, body: Element, stats: PageStats): ArticleDetection {
  const meta = readMetadata(stats.metadata);
  const published = meta.published;
  const index = stats.best;
  const measured = new Measurements(stats, index, meta);
  const root = index >= 0 ? stats.elements[index] : undefined;
  const pageText = stats.allText[0] ?? 0;
  const ownText = stats.text[0] ?? 0;
  const shopOrList = stats.page.prices > 0 || namesNonArticle(meta);
  if (ownText > 0 && pageText <= SHORT_PAGE_CHARS && !shopOrList && (stats.allLink[0] ?? 0) <= SHORT_PAGE_MAX_LINK_SHARE * pageText) {
    const whole = root && root !== doc.documentElement ? root : doc.body ?? body;
    const exclude = boilerplateInside(stats, index >= 0 && root === whole ? index : 0);
    const why = (): string => `short page (${Math.round(pageText)} characters): read whole from ${describe(whole)}`;
    return new Detection(true, [whole], exclude, Confidence.AtLeastHalf, why, measured, whole, published);
  }
  if (!root) return new Detection(false, [], new Set(), Confidence.None, () => 'no prose on the page', measured, undefined, published);
  const prose = (stats.prose[index] ?? 0) / PROSE_UNIT;
  const paragraphs = stats.paragraphs[index] ?? 0;
  const exclude = boilerplateInside(stats, index);
  const enough = prose >= MIN_ARTICLE_PROSE;
  const probability = measured.probability();
  const longRead = isLongRead(stats, index, meta);
  const found = enough && (probability >= ARTICLE_THRESHOLD || longRead);
  const why = (): string => {
    const what = `${describe(root)}, ${Math.round(prose)} chars of prose in ${paragraphs} paragraphs`;
    return found
      ? `article: ${what} (p=${probability.toFixed(2)}${longRead ? ', a long read' : ''})`
      : `no article: ${enough ? `best block ${what} does not read like an article page` : `too little prose (${what})`} (p=${probability.toFixed(2)})`;
  };
  return new Detection(found, found ? [root] : [], exclude, Confidence.Probability, why, measured, root, published);
}
