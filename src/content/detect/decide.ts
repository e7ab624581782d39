/**
 * Is there an article on this page at all? Home pages, listings, search results, product pages,
 * service pages and web apps have text too, but not one long run of prose that the page is
 * about. The decision is a weighted sum of a few measurements of the chosen element and of what
 * the page says about itself, squashed to 0..1; the weights were fitted (logistic regression)
 * on the WCXB development split, 7 page types — see `scripts/eval-article.ts --fit`.
 */
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, type PageMetadata } from './metadata.js';
import { Flag, type PageStats } from './stats.js';

/** Below this much prose (weighted characters) nothing is an article, whatever else it says. */
export const MIN_ARTICLE_PROSE = 250;

export const FEATURE_NAMES = [
  'bias', 'logProse', 'logParagraphs', 'rootProseDensity', 'rootLinkShare', 'proseShareOfPage',
  'pageLinkShare', 'ldArticle', 'ldNotArticle', 'ogArticle', 'ogOther', 'urlDated',
  'urlListing', 'logMeanParagraph', 'logArticleElements', 'rootMarkup', 'dated', 'authored',
  'logPageTeasers', 'rootTextShare', 'urlDocs', 'logPrices', 'headingsPerKProse', 'codeShare',
  'logTimes', 'logForms', 'logControls', 'rootNamed',
] as const;

/** Weights in the order of FEATURE_NAMES. */
export const WEIGHTS: readonly number[] = [
  -3.768, 0.420, -0.090, 1.934, -1.523, 0.805, -0.327, 2.462, -1.660, 1.965, -0.325, 2.715,
  -1.530, 0.008, 0.074, 0.652, -0.127, 0.740, -0.056, 0.787, -1.685, -0.104, -0.135, -4.803,
  -0.080, 0.108, -0.462, 0.236,
];

/**
 * At or above this probability the page is taken for an article. Below 0.5 on purpose: a
 * missed article costs the reader the whole feature, a product page with a few highlights
 * costs little (WCXB dev, 5-fold cross-validated: 0.842 accuracy here against 0.864 at
 * 0.5, and 4 more of the Readability corpus's 122 reader-able pages found).
 */
export const ARTICLE_THRESHOLD = 0.3;

const DATED_PATH = /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)|\/(19|20)\d\d\/|[-_/]\d{6,}(\.html?)?$|\/(news|article|articles|story|stories|blog|posts?|opinion)\//i;
const LISTING_PATH = /\/(tag|tags|category|categories|topic|topics|search|archive|archives|shop|store|products?|collections?|cart|checkout|account|login|author|authors|page\/\d+)(\/|$|\?)|[?&](q|s|query|page)=/i;

const DOCS_PATH = /\/(docs?|documentation|api|reference|manual|guides?|tutorials?|learn|help|support|faq|kb)(\/|$)/i;

export function pageFeatures(stats: PageStats, root: number, meta: PageMetadata): number[] {
  const prose = root >= 0 ? stats.prose[root] ?? 0 : 0;
  const paragraphs = root >= 0 ? stats.paragraphs[root] ?? 0 : 0;
  const rootText = root >= 0 ? Math.max(1, stats.text[root] ?? 0) : 1;
  const rootLink = root >= 0 ? stats.link[root] ?? 0 : 0;
  const pageText = Math.max(1, stats.text[0] ?? 0);
  const pageProse = Math.max(1, stats.rawProse[0] ?? 0);
  let ld = 0;
  let notLd = 0;
  for (const t of meta.types) {
    if (ARTICLE_TYPES.has(t)) ld = 1;
    else if (NON_ARTICLE_TYPES.has(t)) notLd = 1;
  }
  let articleElements = 0;
  for (let i = 0; i < stats.count; i++) if (stats.tags[i] === 'ARTICLE') articleElements++;
  const og = meta.ogType;
  let path = '';
  if (meta.url) {
    try {
      const u = new URL(meta.url, 'https://example.invalid/');
      path = u.pathname + u.search;
    } catch {
      path = meta.url;
    }
  }
  return [
    1,
    Math.log1p(prose / 100),
    Math.log1p(paragraphs),
    Math.min(1, prose / rootText),
    rootLink / rootText,
    Math.min(1, prose / pageProse),
    (stats.link[0] ?? 0) / pageText,
    ld,
    notLd,
    og === 'article' ? 1 : 0,
    og && og !== 'article' ? 1 : 0,
    path && DATED_PATH.test(path) ? 1 : 0,
    path && (LISTING_PATH.test(path) || path === '/') ? 1 : 0,
    paragraphs > 0 ? Math.log1p(prose / paragraphs / 100) : 0,
    Math.log1p(articleElements),
    root >= 0 && (stats.flags[root] ?? 0) & Flag.ArticleMarkup ? 1 : 0,
    meta.datedByMetadata ? 1 : 0,
    meta.hasAuthor ? 1 : 0,
    Math.log1p(stats.teasers[0] ?? 0),
    Math.min(1, rootText / Math.max(1, stats.allText[0] ?? 0)),
    path && DOCS_PATH.test(path) ? 1 : 0,
    Math.log1p(stats.page.prices),
    Math.min(5, (root >= 0 ? stats.headingCount[root] ?? 0 : 0) / (prose / 1000 + 1)),
    Math.min(1, stats.page.code / pageText),
    Math.log1p(stats.page.times),
    Math.log1p(stats.page.forms),
    Math.log1p(stats.page.controls),
    root >= 0 && (stats.flags[root] ?? 0) & Flag.ArticleName ? 1 : 0,
  ];
}

export function articleProbability(features: readonly number[], weights: readonly number[] = WEIGHTS): number {
  let z = 0;
  for (let k = 0; k < features.length; k++) z += (features[k] ?? 0) * (weights[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
