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
  'logPageTeasers', 'rootTextShare',
] as const;

/** Weights in the order of FEATURE_NAMES. */
export const WEIGHTS: readonly number[] = [
  -4.882, 0.281, -0.286, 2.493, -1.185, 0.802, -0.687, 2.248, -1.620, 1.809, -0.399, 2.558,
  -1.669, -0.043, 0.056, 0.317, 0.034, 0.772, -0.055, 2.053,
];

/** At or above this probability the page is taken for an article. */
export const ARTICLE_THRESHOLD = 0.5;

const DATED_PATH = /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)|\/(19|20)\d\d\/|[-_/]\d{6,}(\.html?)?$|\/(news|article|articles|story|stories|blog|posts?|opinion)\//i;
const LISTING_PATH = /\/(tag|tags|category|categories|topic|topics|search|archive|archives|shop|store|products?|collections?|cart|checkout|account|login|author|authors|page\/\d+)(\/|$|\?)|[?&](q|s|query|page)=/i;

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
  ];
}

export function articleProbability(features: readonly number[], weights: readonly number[] = WEIGHTS): number {
  let z = 0;
  for (let k = 0; k < features.length; k++) z += (features[k] ?? 0) * (weights[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
