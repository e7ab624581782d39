/**
 * Is there an article on this page at all? Home pages, listings, search results, product pages,
 * service pages and web apps have text too, but not one long run of prose that the page is
 * about. The decision is a weighted sum of a few measurements of the chosen element and of what
 * the page says about itself, squashed to 0..1; the weights were fitted (logistic regression)
 * on the WCXB development split, 7 page types — see `scripts/eval-article.ts --fit`.
 */
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, namesNonArticle, type PageMetadata } from './metadata.js';
import { Flag, PROSE_UNIT, type PageStats } from './stats.js';

/**
 * A long read is an article whatever the model says: this much prose in this many paragraphs,
 * mostly prose, with no shop or listing metadata. Long documentation pages pass too (WCXB dev:
 * 57 of 91 documentation pages, 32 of 613 other non-article pages), and that is fine for a
 * reader: they are long prose worth annotating. Wikipedia and old table-layout essays, which
 * carry none of the metadata news sites have, are what this is for.
 */
export const LONG_READ_PROSE = 5000;
export const LONG_READ_PARAGRAPHS = 15;
const LONG_READ_MIN_DENSITY = 0.5;
const LONG_READ_PARAGRAPHS_PER_PRICE = 10;

export function isLongRead(stats: PageStats, root: number, meta: PageMetadata): boolean {
  if (root < 0) return false;
  // A long thread is many people's posts, not one article.
  if (meta.path && FORUM_PATH.test(meta.path)) return false;
  const prose = (stats.prose[root] ?? 0) / PROSE_UNIT;
  if (prose < LONG_READ_PROSE || (stats.paragraphs[root] ?? 0) < LONG_READ_PARAGRAPHS) return false;
  if (prose < LONG_READ_MIN_DENSITY * Math.max(1, stats.text[root] ?? 0)) return false;
  // Shops price things everywhere; an article may quote a price or two.
  if (stats.page.prices * LONG_READ_PARAGRAPHS_PER_PRICE > (stats.paragraphs[root] ?? 0)) return false;
  return !namesNonArticle(meta);
}

/** Below this much prose (weighted characters) nothing is an article, whatever else it says. */
export const MIN_ARTICLE_PROSE = 250;

export const FEATURE_NAMES = [
  'bias', 'logProse', 'logParagraphs', 'rootProseDensity', 'rootLinkShare', 'proseShareOfPage',
  'pageLinkShare', 'ldArticle', 'ldNotArticle', 'ogArticle', 'ogOther', 'urlDated',
  'urlListing', 'logMeanParagraph', 'logArticleElements', 'rootMarkup', 'dated', 'authored',
  'logPageTeasers', 'rootTextShare', 'urlDocs', 'logPrices', 'headingsPerKProse', 'codeShare',
  'logTimes', 'logForms', 'logControls', 'rootNamed', 'dateNearRoot', 'logPageDates',
  'logForumNames', 'urlForum',
] as const;

/** Weights in the order of FEATURE_NAMES. */
export const WEIGHTS: readonly number[] = [
  -2.446, 0.442, -0.281, 0.661, -2.627, 1.113, -1.366, 2.016, -1.390, 1.701, -0.385, 2.554,
  -1.006, -0.058, 0.161, 0.527, -0.076, 0.835, 0.122, 0.770, -1.232, -0.155, -0.200, -6.105,
  0.181, 0.104, -0.487, 0.428, 2.067, -0.612, -0.105, -2.476,
];

/**
 * At or above this probability the page is taken for an article. Below 0.5 on purpose: a
 * missed article costs the reader the whole feature, a product page with a few highlights
 * costs little (WCXB dev + Readability corpus, 5-fold cross-validated: 0.859 WCXB accuracy
 * here against 0.887 at 0.5, and 0.975 of the Readability corpus's reader-able pages found
 * against 0.934).
 */
export const ARTICLE_THRESHOLD = 0.3;

const DATED_PATH = /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)|\/(19|20)\d\d\/|[-_/]\d{6,}(\.html?)?$|\/(news|article|articles|story|stories|blog|posts?|opinion)\//i;
const LISTING_PATH = /\/(tag|tags|category|categories|topic|topics|search|archive|archives|shop|store|products?|collections?|cart|checkout|account|login|author|authors|page\/\d+)(\/|$|\?)|[?&](q|s|query|page)=/i;

const FORUM_PATH = /\/(forums?|threads?|t|topics?|community|discussions?|questions|board|boards|viewtopic\.php|showthread\.php)(\/|$|\?)|[?&](t|topic|thread)=\d/i;
const DOCS_PATH = /\/(docs?|documentation|api|reference|manual|guides?|tutorials?|learn|help|support|faq|kb)(\/|$)/i;

/** A dateline sits in or near the article element: this many levels up are searched. */
const DATE_SEARCH_LEVELS = 2;

function ancestor(stats: PageStats, i: number, levels: number): number {
  let a = i;
  for (let k = 0; k < levels && (stats.parent[a] ?? -1) >= 0; k++) a = stats.parent[a] ?? a;
  return a;
}

export function pageFeatures(stats: PageStats, root: number, meta: PageMetadata): number[] {
  const prose = root >= 0 ? (stats.prose[root] ?? 0) / PROSE_UNIT : 0;
  const paragraphs = root >= 0 ? stats.paragraphs[root] ?? 0 : 0;
  const rootText = root >= 0 ? Math.max(1, stats.text[root] ?? 0) : 1;
  const rootLink = root >= 0 ? stats.link[root] ?? 0 : 0;
  const pageText = Math.max(1, stats.text[0] ?? 0);
  const pageProse = Math.max(1, (stats.rawProse[0] ?? 0) / PROSE_UNIT);
  let ld = 0;
  let notLd = 0;
  for (const t of meta.types) {
    if (ARTICLE_TYPES.has(t)) ld = 1;
    else if (NON_ARTICLE_TYPES.has(t)) notLd = 1;
  }
  const og = meta.ogType;
  const path = meta.path;
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
    Math.log1p(stats.page.articles),
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
    root >= 0 && (stats.dates[ancestor(stats, root, DATE_SEARCH_LEVELS)] ?? 0) > 0 ? 1 : 0,
    Math.log1p(stats.dates[0] ?? 0),
    Math.log1p(stats.page.forumNames),
    path && FORUM_PATH.test(path) ? 1 : 0,
  ];
}

export function articleProbability(features: readonly number[], weights: readonly number[] = WEIGHTS): number {
  let z = 0;
  for (let k = 0; k < features.length; k++) z += (features[k] ?? 0) * (weights[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
