/**
 * One walk over the document that measures every element: how much text it holds, how much of
 * that is link text, and how much is prose — paragraphs long enough, linked little enough and
 * punctuated like sentences. Everything the scorer, the boilerplate pass and the no-article
 * decision need comes from these numbers, so the DOM is walked once and never queried per
 * candidate. Elements are numbered in document order: the descendants of element `i` are
 * exactly `i + 1 … end[i] - 1`.
 */
import { Columns } from './columns.js';
import { KNOWN_TAGS, Name, Tag, hintOf, isFurnitureRole, isHidden, nameBits, tagFacts, type TagFacts } from './hints.js';
import { META_FIELDS } from './metadata.js';
import { MAX_BONUS, candidateScore } from './score.js';
import { NEEDS_COUNTING, NOT_SPACE, shownLength } from './text-length.js';

/** Shortest run of text, in characters, that can be a paragraph of prose. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Paragraphs whose text is more than this share links are navigation, not prose. */
export const MAX_PARAGRAPH_LINK_SHARE = 0.35;
/**
 * Prose is counted in tenths of a character, so that its sums stay small integers: the walk and
 * the passes after it run mostly before V8 optimises them, and there every fractional number
 * read or summed is a new heap object (a page's worth of them was the largest share of what a
 * detection allocated). Divide by this for characters. (Int32: exact up to 200 million.)
 */
export const PROSE_UNIT = 10;
/** Punctuated prose counts whole… */
const PUNCTUATED_WEIGHT = PROSE_UNIT;
/** …and unpunctuated text ("Home Politics Sports", captions, labels) three tenths. */
const UNPUNCTUATED_WEIGHT = 3;

/** A heading at least this share link text is the title of a teaser pointing elsewhere. */
export const TEASER_LINK_SHARE = 0.6;

/** A written date: "2025-03-04", "2016年03月14日", "March 4, 2025", "4 March 2025", "04.03.2025". */
const DATE = /\b(?:19|20)\d\d[-/.年](?:0?[1-9]|1[0-2])[-/.月]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d|\b\d{1,2}(?:st|nd|rd|th)?\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? (?:19|20)\d\d|\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b/i;
/** A year, 1900-2099: in every form of `DATE`, and cheaper to look for. */
const YEAR = /(?:19|20)\d\d/;
/** Dates are looked for only in short texts: bylines and datelines, not inside prose. */
const MAX_DATE_TEXT = 120;
/** A price: "$12", "€ 9,99", "12.00 USD". Like DATE, it needs an ASCII digit. */
const PRICE = /[$€£¥₹]\s?\d|\d\s?(?:€|USD|EUR|GBP)\b/;
/** Prices are looked for only in texts shorter than this: labels, not sentences. */
const MAX_PRICE_TEXT = 40;

export const enum Flag {
  /** Class or id words of an article body. */
  ArticleName = 1,
  /** Class or id words, tag or role of page furniture (not inherited). */
  Furniture = 2,
  /** `<article>`, `itemprop=articleBody`, `role=main`, `<main>`. */
  ArticleMarkup = 4,
  /** Inside furniture (an ancestor, or itself). */
  InFurniture = 8,
  Heading = 16,
  Form = 32,
  /**
   * `aria-hidden=true`: icons and visual duplicates, but also the whole page behind an open
   * cookie dialog. So it is furniture (left out, counted for nothing) rather than skipped: an
   * article inside it can still win when nothing else can.
   */
  AriaHidden = 64,
  /** Inside an aria-hidden subtree (inherited): page-wide counts leave it out. */
  InAriaHidden = 128,
}

export interface PageCounts {
  /** Form controls (buttons, inputs, selects): apps, shops and service pages have many. */
  controls: number;
  forms: number;
  /** Text nodes with a price ("$12", "€ 9,99", "12.00 USD"). */
  prices: number;
  /** Characters inside `<code>` (not bare `<pre>`: plain-text documents such as RFCs use it). */
  code: number;
  /** `<time>` elements. */
  times: number;
  /** Elements whose class or id names a forum part (thread, post list, reply…). */
  forumNames: number;
  /** `<article>` elements: listings wrap each teaser in one. */
  articles: number;
}

/** What the walk found for `metadata.ts`, so that the document is not queried again. */
export interface MetadataSources {
  jsonLd: string[];
  /**
   * `<meta>` and `<link>` elements, head and body, whose key (`property`, `name` or `rel`, lower
   * case) is one `readMetadata` reads (`META_FIELDS`); most say something else (viewport, icons,
   * stylesheets, social cards).
   */
  metas: Element[];
  /** The key of each of `metas`, in the same order. */
  metaKeys: string[];
  /** `itemtype` attribute values (microdata). */
  itemtypes: string[];
  /** `datetime` of the first `<time>` that has one ('' or absent when none). */
  firstTime?: string;
}

export interface PageStats {
  elements: Element[];
  parent: Int32Array;
  /** One past the last descendant. */
  end: Int32Array;
  flags: Int32Array;
  /** Visible characters in the subtree (white space runs count as one), furniture left out. */
  text: Int32Array;
  /** Visible characters in the subtree, furniture included. */
  allText: Int32Array;
  /** Of `text`, characters inside links. */
  link: Int32Array;
  /** Of `allText`, characters inside links. */
  allLink: Int32Array;
  /** Weighted prose in the subtree, furniture included, in tenths of a character (`PROSE_UNIT`). */
  rawProse: Int32Array;
  /** Weighted prose, leaving out furniture subtrees, in tenths of a character (`PROSE_UNIT`). */
  prose: Int32Array;
  /** Prose paragraphs in the subtree, furniture left out. */
  paragraphs: Int32Array;
  /** Characters of heading text in the subtree. */
  headings: Int32Array;
  /** Headings that are links: the titles of teasers in a listing, furniture left out. */
  teasers: Int32Array;
  /** Headings in the subtree, furniture left out. */
  headingCount: Int32Array;
  /** Short texts holding a written date (datelines, bylines), furniture left out. */
  dates: Int32Array;
  /**
   * The element that holds the article: the best `candidateScore` (score.ts), the earliest on
   * a tie; -1 when no element holds any prose.
   */
  best: number;
  /** Page-wide counts that tell page types apart (see decide.ts). */
  page: PageCounts;
  metadata: MetadataSources;
  /** Elements hidden by the page, left out of every count; roots to exclude when inside. */
  hidden: Element[];
  /** For each hidden element, the index of its parent element. */
  hiddenParent: Int32Array;
  /** Elements numbered: the columns may be longer, and only their first `count` entries count. */
  count: number;
}

const TEXT_NODE = 3;

/** A sentence mark: . , ; ! ? and the CJK, Devanagari and Arabic ones (。，、।؟). */
const SENTENCE_MARK = /[.,;!?\u3002\uff0c\u3001\u0964\u061f]/;
/** Dates and prices need an ASCII digit: this cheap test comes before their expressions. */
const ASCII_DIGIT = /[0-9]/;

function hostOf1(url: string): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url);
  return m?.[1]?.toLowerCase();
}

/** The host of the page's canonical or Open Graph URL, by the keys the walk read (`MetadataSources`). */
function hostOf(sources: MetadataSources): string | undefined {
  const { metas, metaKeys } = sources;
  for (let k = 0; k < metas.length; k++) {
    const key = metaKeys[k];
    if (key === 'canonical' || key === 'og:url') {
      const el = metas[k]!;
      const host = hostOf1(el.getAttribute('href') ?? el.getAttribute('content') ?? '');
      if (host) return host;
    }
  }
  return undefined;
}

/** Same site: equal hosts up to a leading "www." or one sub-domain ("gma.yahoo.com", "news.yahoo.com"). */
function sameSite(a: string, b: string): boolean {
  const base = (h: string): string => h.split('.').slice(-2).join('.');
  return a === b || base(a) === base(b);
}

/** The walk without pauses (Node, the command-line tool, tests). */
export function measurePage(root: Element): PageStats {
  const walk = new Walk(root);
  // In slices too, only without pauses (see `FIRST_STEP`).
  while (!run(walk, sliceEnd(walk)));
  return finish(walk);
}

/**
 * Elements measured between two chances to yield: small enough to keep each slice short. Also
 * small enough that V8 seldom compiles the loop for on-stack replacement (a second compile of
 * the whole walk, 3-8 ms on a background thread) before it compiles the walk for its next call:
 * traced over 16 pages, 7 such compiles against 12 with slices of 512, and the pages over 150 µs
 * ran 4% faster (A/B over all 130 pages, geometric mean 0.956).
 */
const ELEMENTS_PER_STEP = 64;
/**
 * The first slice is a few elements only, so that the code after the walk's loop has run
 * before V8 optimises the loop. Optimised without type feedback for that code, the loop was
 * thrown away on its first exit, and with it all the optimising done so far: one corpus page
 * in six in Chromium, traced with --trace-deopt (15 of 85 pages; none after).
 */
const FIRST_STEP = 8;

/** How many elements the walk will have measured at the end of its next slice. */
function sliceEnd(w: Walk): number {
  // A page that fits the smallest columns is too short for V8 to optimise the loop while it
  // runs: it is walked in one slice, which spares it a second start of the loop.
  return w.count < FIRST_STEP && w.cols.capacity > MIN_CAPACITY ? FIRST_STEP : w.count + ELEMENTS_PER_STEP;
}

/**
 * The same walk as a generator that pauses every few hundred elements, so the content script
 * can give the page its thread back between slices on a huge page.
 */
export function* measurePageInSteps(root: Element): Generator<void, PageStats, void> {
  const walk = new Walk(root);
  while (!run(walk, sliceEnd(walk))) yield;
  return finish(walk);
}

/**
 * Elements carrying any attribute the walk reads besides class and id. Few elements have one,
 * so one native query per tree finds them all, and the walk asks each element only whether it
 * is the next one found instead of making an attribute call per attribute per element. A style
 * counts only when it could hide the element (`isHidden` needs "none" or "hidden" in it): of the
 * elements any style would list, three in five are there for a style that hides nothing (5,777
 * of 9,732 over the Readability corpus, 674 on one page), and each cost the walk six attribute
 * calls that told it nothing. For the same reason `itemprop` and `aria-hidden` count only with
 * the one value the walk looks for (546 fewer elements listed over the corpus, 67 on one page).
 * Both values are matched case-sensitively, in browsers as by `rareFlags`.
 */
const RARE_ATTRIBUTES = '[role],[itemprop="articleBody"],[aria-hidden="true"],[itemtype],[hidden],[style*="none" i],[style*="hidden" i]';

/** Adds the elements under a shadow root that carry a rare attribute. */
function addRare(root: ShadowRoot, into: Set<Element>): void {
  const found = root.querySelectorAll(RARE_ATTRIBUTES);
  for (let k = 0; k < found.length; k++) into.add(found[k]!);
}

/**
 * Where the walk stands in the list of elements with a rare attribute once it has passed over
 * `el` without entering it: past every listed element inside (the list is in document order,
 * so those come next), `el` itself included. With `itemtypes`, their microdata types are kept
 * there: those of furniture read whole are still the page's, those of hidden parts are not.
 */
function passOver(rare: ArrayLike<Element>, at: number, el: Element, itemtypes: string[] | null): number {
  for (; at < rare.length && el.contains(rare[at]!); at++) {
    const itemtype = itemtypes && rare[at]!.getAttribute('itemtype');
    if (itemtype) itemtypes!.push(itemtype);
  }
  return at;
}

/**
 * Furniture holding more text than this is walked even with no paragraph element inside: the
 * article of a page built of line breaks and divs can sit in a wrapper whose name says
 * furniture, and is then the best candidate there is.
 */
const MAX_PASSED_OVER_TEXT = 2000;
/** Furniture whose text is longer than this before white space collapses is walked, not counted. */
const MAX_PASSED_OVER_SOURCE = 32 * MAX_PASSED_OVER_TEXT;
/** Characters of furniture read whole per walk, at most (one read may overrun it). */
const MAX_FURNITURE_READ = 1 << 20;

/** Shown characters of a text (`shownLength`, with the walk's test for texts it would not change). */
function shownChars(text: string): number {
  return NEEDS_COUNTING.test(text) ? shownLength(text) : text.length;
}

/** Shown characters of the text of `elements`, which the page never shows. */
function unshownChars(elements: HTMLCollectionOf<Element>): number {
  let chars = 0;
  for (let k = 0; k < elements.length; k++) chars += shownChars(elements[k]!.textContent ?? '');
  return chars;
}

/**
 * Furniture with no `<p>` inside and little text is not walked: its text would count for
 * nothing above it but the page's totals (furniture keeps its numbers to itself), nothing in it
 * can be the article, and it held three in ten of the elements the walk visited (Readability
 * corpus). What the page needs of
 * it comes from a few native reads instead: its shown text from `textContent`, less what
 * scripts, styles, `<noscript>` fallbacks and option lists hold (white space between its parts
 * counts one, a button's label or an icon's title a few characters: close enough for the
 * page's totals), counted as links, which such blocks mostly are; its controls, forms,
 * articles and times, and the JSON-LD in it, by tag. Returns the shown characters, or -1 when
 * the element must be walked.
 */
function furnitureText(w: Walk, el: Element, flags: number): number {
  if (el.firstElementChild === null || w.readBudget <= 0 || el.querySelector('p') !== null) return -1;
  const all = el.textContent ?? '';
  w.readBudget -= all.length;
  if (all.length > MAX_PASSED_OVER_SOURCE) return -1;
  const scripts = el.getElementsByTagName('script');
  const selects = el.getElementsByTagName('select');
  let chars = 0;
  if (all.length > 0) {
    chars = shownChars(all) - unshownChars(scripts) - unshownChars(selects);
    chars -= unshownChars(el.getElementsByTagName('style')) + unshownChars(el.getElementsByTagName('noscript'));
    if (chars > MAX_PASSED_OVER_TEXT) return -1;
  }
  // Counted as the walk counts them (`skipped`, `countOpened`): controls only where assistive
  // technology sees them, the rest wherever they are.
  for (let k = 0; k < scripts.length; k++) skipped(w, scripts[k]!, Tag.Skip | Tag.Script, flags);
  const page = w.page;
  if (!(flags & Flag.InAriaHidden)) {
    page.controls += el.getElementsByTagName('input').length + el.getElementsByTagName('button').length +
      selects.length + el.getElementsByTagName('textarea').length;
  }
  page.forms += el.getElementsByTagName('form').length;
  page.articles += el.getElementsByTagName('article').length;
  const times = el.getElementsByTagName('time');
  for (let k = 0; k < times.length; k++) countOpened(w, times[k]!, Tag.Time, 'TIME');
  return Math.max(0, chars);
}

/** Room for at least this many elements at first; the per-element arrays double when full. */
const MIN_CAPACITY = 64;
/**
 * The element arrays are made with room for at most this many elements: V8 keeps a larger
 * array made empty as a slow dictionary. Past it they grow as they are filled.
 */
const MAX_PRESIZED = 32_768;

/** A tag's facts (see `tagFacts`) and the `Flag` bits an element takes from its tag alone. */
class TagInfo {
  readonly tag: string;
  readonly bits: number;
  readonly flags: number;

  constructor(facts: TagFacts) {
    this.tag = facts.tag;
    this.bits = facts.bits;
    this.flags = tagFlags(facts.bits);
  }
}

/**
 * `TagInfo` of the tags pages are made of (`KNOWN_TAGS`), by the name the DOM gives them, made
 * once when the module loads. A page has 10-40 distinct tags, and working out each one's facts
 * anew in every walk cost a small page a tenth of its detection. Other names (custom elements,
 * tags named in lower case in XML documents) are worked out once per walk (`Walk.tagInfo`).
 */
const COMMON_TAGS = new Map<string, TagInfo>(KNOWN_TAGS.map((name) => [name, new TagInfo(tagFacts(name))]));

/** The `TagInfo` of a tag name. */
function infoOf(w: Walk, name: string): TagInfo {
  return COMMON_TAGS.get(name) ?? w.tagInfo.get(name) ?? newTag(name, w.tagInfo);
}

/** The `TagInfo` of a tag name the walk has not met before, kept in `known`. */
function newTag(name: string, known: Map<string, TagInfo>): TagInfo {
  const info = new TagInfo(tagFacts(name));
  known.set(name, info);
  return info;
}

/** `Flag` bits an element takes from its tag alone. */
function tagFlags(tagBits: number): number {
  let flags = 0;
  if (tagBits & Tag.Furniture) flags |= Flag.Furniture | Flag.InFurniture;
  if (tagBits & Tag.Article) flags |= Flag.ArticleMarkup;
  if (tagBits & Tag.Heading) flags |= Flag.Heading;
  if (tagBits & Tag.Form) flags |= Flag.Form;
  return flags;
}

/** `Flag` bits of an element's class and id `Name` bits (see `hintOf`), by those bits. */
const NAME_FLAGS: readonly number[] = Array.from({ length: 16 }, (_, bits) => {
  const hint = hintOf(bits);
  return hint > 0 ? Flag.ArticleName : hint < 0 ? Flag.Furniture | Flag.InFurniture : 0;
});

/**
 * What most pages never fill (hidden parts, shadow roots, their rare attributes) starts as one
 * shared empty collection, never written: the walk compares with it before each write (`run`)
 * and puts its own in its place first. Code that runs once per detection runs without type
 * feedback for several detections, and there making three collections per walk cost more than
 * the test before each rare write.
 */
const NONE_HIDDEN = new Map<Element, number>();
const NO_SHADOW_RARE = new Set<Element>();
const NO_SHADOWS = new Map<number, ShadowRoot>();

/**
 * The state of one walk over a document, resumable so that it can run in slices (see `run`).
 * The steps are module functions taking this object rather than closures made per walk:
 * optimised code that V8 specialised to one walk's closures is thrown away when the next walk
 * makes new ones ("wrong call target"), and a class keeps one stable shape for every walk.
 */
class Walk {
  /**
   * Sized by one native count, so the columns rarely grow (open shadow trees can add more). Their
   * element list (`cols.elements`) is made with room for the page's elements too, so that
   * numbering them does not copy them as they grow.
   */
  cols: Columns;
  /**
   * Hidden elements and the element each sits in. A map, not arrays: a fresh array starts as an
   * array of small integers and changes kind with its first element, which threw away the
   * loop's optimised code on every walk ("wrong map").
   */
  hidden: Map<Element, number> = NONE_HIDDEN;
  readonly page = new Counts();
  readonly sources = new Sources();
  /**
   * The site's own host, from the canonical or Open Graph URL (read with the head, before the
   * body's headings are judged); undefined when the page does not say, null before it is read.
   */
  siteHost: string | null | undefined = null;
  /**
   * The document's elements with a rare attribute (see `RARE_ATTRIBUTES`) in document order,
   * which is the order the walk meets them, and the index of the next one it will meet: one
   * comparison per element tells whether it has one. Elements it passes over without entering
   * (skipped or hidden) are passed over in the list too (`passOver`).
   */
  readonly rare: ArrayLike<Element>;
  rareAt = 0;
  /** Elements with a rare attribute in the open shadow trees, added as each tree is entered. */
  shadowRare: Set<Element> = NO_SHADOW_RARE;
  /**
   * Characters furniture may still be read whole for (see `furnitureText`): nested furniture
   * is read again inside furniture that was walked, and this bounds what a page nesting large
   * furniture without paragraphs costs beyond its own text.
   */
  readBudget = MAX_FURNITURE_READ;
  /** `nameBits` per distinct class or id value, for this walk. */
  readonly names = new Map<string, number>();
  /** `TagInfo` per tag name met in this walk that is not in `COMMON_TAGS`. */
  readonly tagInfo = new Map<string, TagInfo>();
  /** Open shadow roots of open elements, walked after the element's own children. */
  shadows: Map<number, ShadowRoot> = NO_SHADOWS;
  // Where the walk stopped (see `run`): elements numbered so far, the next node to look at, the
  // innermost open element, and how many links and code elements are open around it.
  count = 0;
  next: Node | null = null;
  cur = 0;
  linkDepth = 0;
  codeDepth = 0;
  // The best candidate so far, its score, and the prose (in PROSE_UNIT) an element must pass
  // to be worth scoring (see `run`). The two numbers start at -0, which compares as 0 but is
  // not a small integer, so V8 stores them as doubles from the first walk on. Started at 0,
  // the first fractional score changed how they are stored in the middle of the first walk:
  // that replaced the shape of the walk object, and V8 relearned every access to it and
  // threw away the code compiled so far (traced with --log-ic).
  best = -1;
  bestScore = -0;
  bestBound = -0;

  constructor(root: Element) {
    const capacity = Math.max(MIN_CAPACITY, root.getElementsByTagName('*').length + 1);
    const elements = new Array<Element>(Math.min(capacity, MAX_PRESIZED));
    const cols = new Columns(capacity, elements, this.page, this.sources);
    this.cols = cols;
    // The root is opened before the walk: it opens a paragraph unit whatever its tag, so that
    // every text has one. Its rare attributes are read when it has one (the list holds only
    // its descendants): one native test rather than four attribute calls on most pages.
    this.rare = root.querySelectorAll(RARE_ATTRIBUTES);
    const facts = infoOf(this, root.tagName);
    if (facts.tag === 'ARTICLE') this.page.articles++;
    // Its unit is itself, 0, as the columns start out.
    elements[0] = root;
    cols.parent[0] = -1;
    cols.flags[0] = elementFlags(this, root, facts, 0, root.matches(RARE_ATTRIBUTES));
    cols.tagBits[0] = facts.bits;
    this.count = 1;
    this.next = root.firstChild;
  }
}

/** `nameBits` of a class or id value the walk has not met before, kept in `w.names`. */
function newName(w: Walk, value: string): number {
  const bits = nameBits(value);
  w.names.set(value, bits);
  return bits;
}

/** Elements that are never entered: form controls, metadata, scripts, the head. */
function skipped(w: Walk, el: Element, tagBits: number, parentFlags: number): void {
  if (tagBits & Tag.Control) {
    if (!(parentFlags & Flag.InAriaHidden)) w.page.controls++;
  } else if (tagBits & Tag.Meta) {
    // Read here, where the walk's code has type feedback, rather than once per detection in
    // `readMetadata`, where V8 runs it without for several detections.
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('rel') ?? '').toLowerCase();
    if (META_FIELDS.has(key)) {
      w.sources.metas.push(el);
      w.sources.metaKeys.push(key);
    }
  } else if (tagBits & Tag.Script) {
    if (el.getAttribute('type') === 'application/ld+json') w.sources.jsonLd.push(el.textContent ?? '');
  } else if (tagBits & Tag.Head) {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const facts = infoOf(w, c.tagName);
      if (!(facts.bits & Tag.Head)) skipped(w, c, facts.bits, parentFlags);
    }
  }
}

/**
 * An element's flags: what its parent's flags pass down (`inherited`), its tag, its class and
 * id words, and its rare attributes. Counts the page's forum names on the way. For the root;
 * the walk's loop does the same steps inline for every other element (see `run`).
 */
function elementFlags(w: Walk, el: Element, tag: TagInfo, inherited: number, isRare: boolean): number {
  const tagBits = tag.bits;
  let flags = (inherited & (Flag.InFurniture | Flag.InAriaHidden)) | tag.flags;
  // SVG and MathML elements give an object for `className`.
  const className: unknown = el.className;
  const id = el.id;
  let bits = 0;
  if (typeof className === 'string' && className !== '') bits = w.names.get(className) ?? newName(w, className);
  if (id !== '') bits |= w.names.get(id) ?? newName(w, id);
  if (bits !== 0 && !(tagBits & Tag.Root)) {
    const named = NAME_FLAGS[bits]!;
    // Article markup outweighs furniture words ("article.post-share-wrapper").
    if (named & Flag.ArticleName || !(tagBits & Tag.Article)) flags |= named;
  }
  if (isRare) flags |= rareFlags(w, el, tagBits);
  if (bits & Name.Forum && !(flags & Flag.InAriaHidden)) w.page.forumNames++;
  return flags;
}

/** What the rare attributes of an element add to its flags (and the page's microdata types). */
function rareFlags(w: Walk, el: Element, tagBits: number): number {
  let flags = 0;
  const role = el.getAttribute('role');
  if (isFurnitureRole(role)) flags |= Flag.Furniture | Flag.InFurniture;
  if (!(tagBits & Tag.Article) && (role === 'main' || el.getAttribute('itemprop') === 'articleBody')) flags |= Flag.ArticleMarkup;
  if (el.getAttribute('aria-hidden') === 'true') flags |= Flag.AriaHidden | Flag.InAriaHidden | Flag.Furniture | Flag.InFurniture;
  const itemtype = el.getAttribute('itemtype');
  if (itemtype) w.sources.itemtypes.push(itemtype);
  return flags;
}

function pointsIntoSite(w: Walk, href: string | undefined): boolean {
  if (!href) return true;
  const c = href.charCodeAt(0);
  if (c === 35 /* # */ || href.startsWith('javascript:')) return false;
  if (!/^([a-z][a-z0-9+.-]*:)?\/\//i.test(href)) return true;
  if (w.siteHost === null) w.siteHost = hostOf(w.sources);
  if (w.siteHost === undefined) return true;
  const host = hostOf1(href);
  return host === undefined || sameSite(host, w.siteHost);
}

/** A heading's unit is a teaser title when mostly a link into the site. */
function judgeHeading(w: Walk, i: number, c: Columns): void {
  const chars = c.unitText[i]!;
  c.headings[i] = c.headings[i]! + chars;
  if (chars > 0 && c.unitLink[i]! >= chars * TEASER_LINK_SHARE && pointsIntoSite(w, firstHref(i, c))) c.teasers[i]!++;
}

/** The href of the first link in paragraph unit `i`, undefined when it has none. */
function firstHref(i: number, c: Columns): string | undefined {
  const link = c.unitFirstLink[i]!;
  return link > 0 ? c.elements[link]!.getAttribute('href') ?? '' : undefined;
}

/** A text node's dates and prices (it holds an ASCII digit and is short). */
function datesAndPrices(w: Walk, data: string, n: number, i: number, c: Columns, inCode: boolean): void {
  // Counted once for the element, however many of its texts hold one. Every form of DATE holds
  // a year: most short texts with a digit ("5 comments", "Page 2") fail that simpler test first.
  if (YEAR.test(data) && c.ownDated[i] === 0 && DATE.test(data)) {
    c.ownDated[i] = 1;
    c.dates[i]!++;
  }
  if (n < MAX_PRICE_TEXT && !inCode && !(c.flags[i]! & Flag.InAriaHidden) && PRICE.test(data)) w.page.prices++;
}

/** What an opened code, form, time or article element adds to the page's counts. */
function countOpened(w: Walk, el: Element, tagBits: number, tag: string): void {
  if (tagBits & Tag.Article && tag === 'ARTICLE') w.page.articles++;
  if (tagBits & Tag.Form) w.page.forms++;
  else if (tagBits & Tag.Time) {
    w.page.times++;
    if (w.sources.firstTime === '') w.sources.firstTime = el.getAttribute('datetime') ?? '';
  }
}

/**
 * Walks on until `limit` elements are measured or the document ends; true when it ends. The
 * loop keeps its per-node state in local variables, and the open elements as a chain of parent
 * indices rather than stacks: it runs once per page, mostly before the engine has optimised it.
 */
function run(w: Walk, limit: number): boolean {
  let c = w.cols;
  let { parent, end, flags: flagsOf, tagBits: tagBitsOf, unit: unitOf, text: ownText, link: ownLink, unitText, unitLink, unitPunct } = c;
  let { prose: ownProse, rawProse, allText, allLink, paragraphs: ownParagraph, headings: ownHeads, teasers: ownTeaser, dates: ownDate, headingCount } = c;
  let { capacity, unitFirstLink } = c;
  // The same element list whatever columns the walk has grown into.
  const { elements } = c;
  const { rare, tagInfo, names } = w;
  let { shadowRare, shadows } = w;
  // How many open elements wait for their shadow root to be walked, and whether any element of
  // a shadow tree has a rare attribute: kept here, as asking a map or a set its size is a call.
  let hosts = shadows.size;
  let shadowTrees = shadowRare.size !== 0;
  // The next element with a rare attribute in the document (see `Walk.rare`); after the last,
  // the walk's root, which the loop never meets. Not null: V8 optimises `el === nextRare` for
  // the elements it has compared so far, and threw the optimised loop away at the first null.
  const pastLast = elements[0]!;
  let rareAt = w.rareAt;
  let nextRare = rareAt < rare.length ? rare[rareAt]! : pastLast;
  // The node to look at, the innermost open element, the paragraph unit its text goes to.
  let node = w.next;
  let i = w.cur;
  let unit = unitOf[i]!;
  let n = w.count;
  let linkDepth = w.linkDepth;
  let codeDepth = w.codeDepth;
  let best = w.best;
  let bestScore = w.bestScore;
  let bestBound = w.bestBound;
  let done = false;
  for (;;) {
    if (node !== null) {
      // Elements have a tag name, text and comments none: one read tells an element apart
      // and names its tag.
      const tagName: string | undefined = (node as Element).tagName;
      if (tagName === undefined) {
        // A text or a comment: both carry `data`, and a blank one is passed over whichever it
        // is, so only what is not blank (one node in three) is asked which it is.
        const data: string | undefined = (node as CharacterData).data;
        const text = node;
        node = node.nextSibling;
        if (data === undefined) continue;
        // A text whose first character is not white space is not blank: told without the
        // regular expression for most texts that hold words (NaN for an empty one: tested).
        const first = data.charCodeAt(0);
        if (!(first > 32 && first !== 160) && !NOT_SPACE.test(data)) continue;
        if (text.nodeType !== TEXT_NODE) continue;
        const chars = NEEDS_COUNTING.test(data) ? shownLength(data) : data.length;
        ownText[i] = ownText[i]! + chars;
        allText[i] = allText[i]! + chars;
        unitText[unit] = unitText[unit]! + chars;
        if (linkDepth > 0) {
          ownLink[i] = ownLink[i]! + chars;
          allLink[i] = allLink[i]! + chars;
          unitLink[unit] = unitLink[unit]! + chars;
        }
        if (unitPunct[unit] === 0 && SENTENCE_MARK.test(data)) unitPunct[unit] = 1;
        if (chars <= MAX_DATE_TEXT && ASCII_DIGIT.test(data)) datesAndPrices(w, data, chars, i, c, codeDepth > 0);
        // Not shown to assistive technology: left out of the page-wide counts.
        if (codeDepth > 0 && !(flagsOf[i]! & Flag.InAriaHidden)) w.page.code += chars;
        continue;
      }
      const el = node as Element;
      const facts = COMMON_TAGS.get(tagName) ?? tagInfo.get(tagName) ?? newTag(tagName, tagInfo);
      const tagBits = facts.bits;
      if (tagBits & Tag.Skip) {
        skipped(w, el, tagBits, flagsOf[i]!);
        if (rareAt < rare.length) {
          rareAt = passOver(rare, rareAt, el, null);
          nextRare = rareAt < rare.length ? rare[rareAt]! : pastLast;
        }
        node = el.nextSibling;
        continue;
      }
      // Before the rare-attribute list moves on: the slice may end here and meet `el` again.
      if (n >= limit) break;
      let isRare = false;
      if (el === nextRare) {
        isRare = true;
        nextRare = ++rareAt < rare.length ? rare[rareAt]! : pastLast;
      } else if (shadowTrees) isRare = shadowRare.has(el);
      if (isRare && isHidden(el)) {
        if (w.hidden === NONE_HIDDEN) w.hidden = new Map();
        w.hidden.set(el, i);
        if (rareAt < rare.length) {
          rareAt = passOver(rare, rareAt, el, null);
          nextRare = rareAt < rare.length ? rare[rareAt]! : pastLast;
        }
        node = el.nextSibling;
        continue;
      }
      if (n >= capacity) {
        w.cols = c = c.grown(capacity * 2);
        ({ parent, end, flags: flagsOf, tagBits: tagBitsOf, unit: unitOf, text: ownText, link: ownLink, unitText, unitLink, unitPunct } = c);
        ({ prose: ownProse, rawProse, allText, allLink, paragraphs: ownParagraph, headings: ownHeads, teasers: ownTeaser, dates: ownDate, headingCount } = c);
        ({ capacity, unitFirstLink } = c);
      }
      // Open the element: number it, and work out its flags.
      const k = n++;
      elements[k] = el;
      parent[k] = i;
      tagBitsOf[k] = tagBits;
      // Its flags, worked out as `elementFlags` does for the root: inline, since a helper
      // called for every element is compiled by V8 on its own (0.5-6 ms on a background
      // thread, traced) and each call costs in unoptimised code.
      let flags = (flagsOf[i]! & (Flag.InFurniture | Flag.InAriaHidden)) | facts.flags;
      const className: unknown = el.className;
      const id = el.id;
      let bits = 0;
      if (typeof className === 'string' && className !== '') bits = names.get(className) ?? newName(w, className);
      if (id !== '') bits |= names.get(id) ?? newName(w, id);
      if (bits !== 0 && !(tagBits & Tag.Root)) {
        const named = NAME_FLAGS[bits]!;
        if (named & Flag.ArticleName || !(tagBits & Tag.Article)) flags |= named;
      }
      if (isRare) flags |= rareFlags(w, el, tagBits);
      if (bits & Name.Forum && !(flags & Flag.InAriaHidden)) w.page.forumNames++;
      flagsOf[k] = flags;
      const ownUnit = tagBits & Tag.Block ? k : unit;
      unitOf[k] = ownUnit;
      const first = el.firstChild;
      // One test passes over what most elements are not: a link (a quarter of all elements) or
      // a tag the page counts.
      if (tagBits & Tag.Opening) {
        if (tagBits & Tag.Link) {
          if (unitFirstLink[unit] === 0) unitFirstLink[unit] = k;
        } else countOpened(w, el, tagBits, facts.tag);
      }
      // Furniture with no paragraph inside (menus, share bars, most footers) is passed over
      // whole, its text counted in one native read (see `furnitureText`).
      if (flags & Flag.Furniture && tagBits & Tag.Block && first !== null) {
        const chars = furnitureText(w, el, flags);
        if (chars >= 0) {
          end[k] = n;
          if (chars > 0) {
            allText[k] = chars;
            allLink[k] = chars;
            // As its sums would be added when it closed (aria-hidden parts count for nothing).
            if (!(flags & Flag.AriaHidden)) {
              allText[i] = allText[i]! + chars;
              allLink[i] = allLink[i]! + chars;
            }
          }
          if (rareAt < rare.length) {
            rareAt = passOver(rare, rareAt, el, w.sources.itemtypes);
            nextRare = rareAt < rare.length ? rare[rareAt]! : pastLast;
          }
          node = el.nextSibling;
          continue;
        }
      }
      // Only elements that can host one are asked for a shadow root (custom elements, and
      // childless ones of the tags that take one): that is where web components keep their
      // content, and asking every element would cost a DOM call each.
      let hosting = false;
      if (tagBits & Tag.Custom || (first === null && tagBits & Tag.ShadowHost)) {
        const shadow = (el as { shadowRoot?: ShadowRoot | null }).shadowRoot;
        if (shadow) {
          if (shadows === NO_SHADOWS) w.shadows = shadows = new Map();
          shadows.set(k, shadow);
          hosts++;
          hosting = true;
        }
      }
      // An element with nothing inside (one in ten: images, line breaks, icons) closes here: all
      // its sums are zero, so closing it would only add zeros to its parent's. Except a heading,
      // which counts as one even when empty.
      if (first === null && !hosting && !(tagBits & Tag.Heading)) {
        end[k] = n;
        node = el.nextSibling;
        continue;
      }
      if (tagBits & (Tag.Link | Tag.Code)) {
        if (tagBits & Tag.Link) linkDepth++;
        else codeDepth++;
      }
      i = k;
      unit = ownUnit;
      node = first;
      continue;
    }
    // No more children: an open shadow root's are walked after the light ones.
    if (hosts > 0) {
      const shadow = shadows.get(i);
      if (shadow) {
        shadows.delete(i);
        hosts--;
        if (shadowRare === NO_SHADOW_RARE) w.shadowRare = shadowRare = new Set();
        addRare(shadow, shadowRare);
        shadowTrees = shadowRare.size !== 0;
        node = shadow.firstChild;
        continue;
      }
    }
    // Close the innermost open element: the paragraph unit it opened, if any, is judged — a
    // heading (a teaser's title when mostly a link into the site), or prose when long
    // enough and little linked.
    const tagBits = tagBitsOf[i]!;
    const f = flagsOf[i]!;
    // Its own prose so far (its descendants'); read once, as each column read costs.
    let prose = ownProse[i]!;
    end[i] = n;
    if (tagBits & (Tag.Link | Tag.Code)) {
      if (tagBits & Tag.Link) linkDepth--;
      else codeDepth--;
    }
    if (tagBits & Tag.Block) {
      // Its subtree is done, so its numbers are final. (Headings are all blocks.)
      if (f & Flag.Heading) {
        judgeHeading(w, i, c);
        headingCount[i] = headingCount[i]! + 1;
      } else {
        // A paragraph of prose when long enough and little linked.
        const chars = unitText[i]!;
        if (chars >= MIN_PARAGRAPH_CHARS && unitLink[i]! <= chars * MAX_PARAGRAPH_LINK_SHARE) {
          const weighted = chars * (unitPunct[i] ? PUNCTUATED_WEIGHT : UNPUNCTUATED_WEIGHT);
          prose += weighted;
          ownProse[i] = prose;
          rawProse[i] = rawProse[i]! + weighted;
          ownParagraph[i] = ownParagraph[i]! + 1;
        }
      }
    }
    // Score it. No score is above its prose times both bonuses, so an element with no more
    // prose than `bestBound` cannot win, and most elements (ancestors of a paragraph or two)
    // are passed over unscored. Elements close after their descendants, so on a tie the lower
    // number (the earlier in the document, an ancestor) wins.
    if (prose > bestBound) {
      const score = candidateScore(prose / PROSE_UNIT, ownText[i]!, ownLink[i]!, ownTeaser[i]!, f);
      if (score > bestScore || (score === bestScore && score > 0 && i < best)) {
        best = i;
        bestScore = score;
        bestBound = (score / MAX_BONUS) * PROSE_UNIT;
      }
    }
    // Add its sums to its parent's. aria-hidden parts count for nothing above them, as if
    // skipped (see Flag.AriaHidden). Furniture keeps its numbers to itself: a comment thread's
    // prose is no evidence that its parent holds the article, and its text costs the parent
    // nothing, since it will be left out (exclude.ts). Forms are judged by their text later:
    // whole pages sit in one. Most sums are zero (no text in an image, no heading in most
    // subtrees), and each column read or written costs: one test stands for the sums it
    // bounds. No text means no link text, own or all; no raw prose, no own prose or
    // paragraphs; no heading, no heading text and no teaser. The root has no parent: when it
    // closes, the walk is done.
    if (i === 0) {
      done = true;
      node = null;
      break;
    }
    const up = parent[i]!;
    if (!(f & Flag.AriaHidden)) {
      const own = !(f & Flag.Furniture);
      const all = allText[i]!;
      if (all !== 0) {
        allText[up] = allText[up]! + all;
        const links = allLink[i]!;
        if (links !== 0) allLink[up] = allLink[up]! + links;
        if (own) {
          ownText[up] = ownText[up]! + ownText[i]!;
          if (links !== 0) ownLink[up] = ownLink[up]! + ownLink[i]!;
          // Dates are in texts, so there are none where there is no text.
          const dates = ownDate[i]!;
          if (dates !== 0) ownDate[up] = ownDate[up]! + dates;
        }
      }
      const raw = rawProse[i]!;
      if (raw !== 0) {
        rawProse[up] = rawProse[up]! + raw;
        if (own) {
          ownProse[up] = ownProse[up]! + prose;
          ownParagraph[up] = ownParagraph[up]! + ownParagraph[i]!;
        }
      }
      if (own) {
        const headings = headingCount[i]!;
        if (headings !== 0) {
          headingCount[up] = headingCount[up]! + headings;
          ownHeads[up] = ownHeads[up]! + ownHeads[i]!;
          ownTeaser[up] = ownTeaser[up]! + ownTeaser[i]!;
        }
      }
    }
    node = elements[i]!.nextSibling;
    i = up;
    unit = unitOf[up]!;
  }
  w.count = n;
  w.rareAt = rareAt;
  w.next = node;
  w.cur = done ? 0 : i;
  w.linkDepth = linkDepth;
  w.codeDepth = codeDepth;
  w.best = best;
  w.bestScore = bestScore;
  w.bestBound = bestBound;
  return done;
}

/** `PageCounts` as a class: see `Columns`. */
class Counts implements PageCounts {
  controls = 0;
  forms = 0;
  prices = 0;
  code = 0;
  times = 0;
  forumNames = 0;
  articles = 0;
}

/**
 * Where the walk puts what `metadata.ts` reads: made when the walk starts and filled as it
 * goes; `firstTime` is '' until a `<time>` gives one.
 */
class Sources implements MetadataSources {
  readonly jsonLd: string[] = [];
  readonly metas: Element[] = [];
  readonly metaKeys: string[] = [];
  readonly itemtypes: string[] = [];
  firstTime = '';
}

/**
 * The walk's findings, set on its columns (see `Columns`), which are then its `PageStats`.
 * Most pages hide nothing the walk can see: then no iterator is made (before V8 optimises
 * this, each step of one allocates).
 */
function finish(w: Walk): PageStats {
  const c = w.cols;
  c.count = w.count;
  c.best = w.best;
  if (w.hidden.size > 0) {
    c.hidden = [...w.hidden.keys()];
    c.hiddenParent = Int32Array.from(w.hidden.values());
  }
  return c;
}
