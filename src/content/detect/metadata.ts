/**
 * What the page says about itself: schema.org types (JSON-LD and microdata), Open Graph type,
 * its own URL, publication date, and the JSON-LD `articleBody` length when a site ships the
 * text there. Read from a handful of `<script>`, `<meta>` and `<link>` elements, never from the
 * body text.
 */

export interface PageMetadata {
  /** schema.org types named anywhere in JSON-LD or microdata, e.g. "NewsArticle", "Product". */
  types: Set<string>;
  /** `og:type`, lower case ("article", "website", "product"), when given. */
  ogType?: string;
  /** The canonical or Open Graph URL, when given. */
  url?: string;
  /** The path and query of `url` ('' when no URL is given): what URL patterns are tested on. */
  path: string;
  published?: string;
  /** Characters of JSON-LD `articleBody`, 0 when absent. */
  articleBodyChars: number;
  /** JSON-LD `isAccessibleForFree: false`: a paywalled article. */
  paywalled: boolean;
  /** The page names an author (JSON-LD `author`, `<meta name=author>`, `rel=author`). */
  hasAuthor: boolean;
  /** The date came from metadata, not from the first `<time>` on the page. */
  datedByMetadata: boolean;
}

/** schema.org types that are articles (or read like one). */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'Report', 'ScholarlyArticle', 'TechArticle',
  'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReportageNewsArticle', 'ReviewNewsArticle',
  'BackgroundNewsArticle', 'LiveBlogPosting', 'SocialMediaPosting', 'AdvertiserContentArticle',
  'SatiricalArticle', 'MedicalScholarlyArticle', 'Review', 'Recipe', 'HowTo',
]);

/** schema.org types of pages that are not one article. */
export const NON_ARTICLE_TYPES = new Set([
  'Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'ItemList', 'CollectionPage',
  'SearchResultsPage', 'ProfilePage', 'DiscussionForumPosting', 'QAPage', 'FAQPage',
  'SoftwareApplication', 'WebApplication', 'Event', 'JobPosting', 'RealEstateListing', 'Store',
  'LocalBusiness', 'Restaurant', 'Organization', 'ContactPage', 'Course', 'Movie', 'Book',
]);

import type { MetadataSources } from './stats.js';

/** Whether the page's metadata names a type of page that is not one article (a shop, a listing…). */
export function namesNonArticle(meta: PageMetadata): boolean {
  // No iterator for the many pages that name no type at all.
  if (meta.types.size === 0) return false;
  for (const t of meta.types) if (NON_ARTICLE_TYPES.has(t)) return true;
  return false;
}

const MAX_JSON_CHARS = 500_000;

const enum MetaField {
  Type,
  Author,
  Url,
  Published,
}

/**
 * The `<meta>` and `<link>` keys (property, name or rel, lower case) read, and what each gives.
 * The page walk keeps only the elements with one of these keys (see `MetadataSources`).
 */
export const META_FIELDS = new Map<string, MetaField>([
  ['og:type', MetaField.Type],
  ['author', MetaField.Author], ['article:author', MetaField.Author], ['parsely-author', MetaField.Author], ['dc.creator', MetaField.Author],
  ['canonical', MetaField.Url], ['og:url', MetaField.Url],
  ['article:published_time', MetaField.Published], ['date', MetaField.Published], ['pubdate', MetaField.Published],
]);

function collectTypes(value: unknown, meta: PageMetadata, depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectTypes(v, meta, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  for (const t of types) if (typeof t === 'string') meta.types.add(t.replace(/^https?:\/\/schema\.org\//, ''));
  const body = obj['articleBody'];
  if (typeof body === 'string') meta.articleBodyChars = Math.max(meta.articleBodyChars, body.length);
  if (obj['author']) meta.hasAuthor = true;
  const date = obj['datePublished'];
  if (typeof date === 'string' && !meta.published) meta.published = date;
  if (obj['isAccessibleForFree'] === false || obj['isAccessibleForFree'] === 'False' || obj['isAccessibleForFree'] === 'false') meta.paywalled = true;
  // Look inside @graph, mainEntity and the like, but not into every nested value: an article's
  // `publisher` is an Organization and does not make the page an organisation's.
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    if (key in obj) collectTypes(obj[key], meta, depth + 1);
  }
}

export function readMetadata(sources: MetadataSources): PageMetadata {
  const meta: PageMetadata = { types: new Set(), path: '', articleBodyChars: 0, paywalled: false, hasAuthor: false, datedByMetadata: false };
  // Indexed loops: this runs once per page, before V8 optimises it, when each step of an
  // iterator allocates.
  for (let k = 0; k < sources.jsonLd.length; k++) {
    const json = sources.jsonLd[k]!;
    if (json.length > MAX_JSON_CHARS) continue;
    try {
      collectTypes(JSON.parse(json), meta, 0);
    } catch {
      // Sites ship broken JSON-LD often; a regular expression still finds the type and date.
      for (const m of json.matchAll(/"@type"\s*:\s*"([A-Za-z]+)"/g)) if (m[1]) meta.types.add(m[1]);
      if (/"author"\s*:/.test(json)) meta.hasAuthor = true;
      const date = /"datePublished"\s*:\s*"([^"]+)"/.exec(json);
      if (date?.[1] && !meta.published) meta.published = date[1];
    }
  }
  for (let k = 0; k < sources.itemtypes.length; k++) {
    const itemtype = sources.itemtypes[k]!;
    const t = /schema\.org\/([A-Za-z]+)/.exec(itemtype);
    if (t?.[1]) meta.types.add(t[1]);
  }
  const { metas, metaKeys } = sources;
  for (let k = 0; k < metas.length; k++) {
    const field = META_FIELDS.get(metaKeys[k]!);
    if (field === undefined) continue;
    const el = metas[k]!;
    const content = el.getAttribute('content') ?? el.getAttribute('href') ?? '';
    if (!content) continue;
    if (field === MetaField.Type) meta.ogType = content.toLowerCase();
    else if (field === MetaField.Author) meta.hasAuthor = true;
    else if (field === MetaField.Url) {
      if (!meta.url) meta.url = content;
    } else if (!meta.published) meta.published = content;
  }
  meta.datedByMetadata = meta.published !== undefined;
  if (!meta.published && sources.firstTime) meta.published = sources.firstTime;
  meta.path = meta.url ? pathOf(meta.url) : '';
  return meta;
}

/** The path and query of a URL, relative ones read against an invented origin. */
function pathOf(url: string): string {
  try {
    const u = new URL(url, 'https://example.invalid/');
    return u.pathname + u.search;
  } catch {
    return url;
  }
}
