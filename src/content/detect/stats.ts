/**
 * One walk over the document that measures every element: how much text it holds, how much of
 * that is link text, and how much is prose — paragraphs long enough, linked little enough and
 * punctuated like sentences. Everything the scorer, the boilerplate pass and the no-article
 * decision need comes from these numbers, so the DOM is walked once and never queried per
 * candidate. Elements are numbered in document order: the descendants of element `i` are
 * exactly `i + 1 … end[i] - 1`.
 */
import { Name, Tag, hintOf, isFurnitureRole, isHidden, nameBits, tagFacts, type TagFacts } from './hints.js';

/** Shortest run of text, in characters, that can be a paragraph of prose. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Paragraphs whose text is more than this share links are navigation, not prose. */
export const MAX_PARAGRAPH_LINK_SHARE = 0.35;
/** Unpunctuated text ("Home Politics Sports", captions, labels) counts this much as prose. */
const UNPUNCTUATED_WEIGHT = 0.3;

/** A heading at least this share link text is the title of a teaser pointing elsewhere. */
export const TEASER_LINK_SHARE = 0.6;

/** A written date: "2025-03-04", "2016年03月14日", "March 4, 2025", "4 March 2025", "04.03.2025". */
const DATE = /\b(?:19|20)\d\d[-/.年](?:0?[1-9]|1[0-2])[-/.月]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d|\b\d{1,2}(?:st|nd|rd|th)?\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? (?:19|20)\d\d|\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b/i;
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
}

/** What the walk found for `metadata.ts`, so that the document is not queried again. */
export interface MetadataSources {
  jsonLd: string[];
  /** `<meta>` and `<link>` elements, head and body. */
  metas: Element[];
  /** `itemtype` attribute values (microdata). */
  itemtypes: string[];
  /** `datetime` of the first `<time>` that has one. */
  firstTime?: string;
}

export interface PageStats {
  elements: Element[];
  tags: string[];
  parent: Int32Array;
  /** One past the last descendant. */
  end: Int32Array;
  flags: Uint8Array;
  /** Visible characters in the subtree (white space runs count as one), furniture left out. */
  text: Int32Array;
  /** Visible characters in the subtree, furniture included. */
  allText: Int32Array;
  /** Of `text`, characters inside links. */
  link: Int32Array;
  /** Of `allText`, characters inside links. */
  allLink: Int32Array;
  /** Weighted prose characters in the subtree, furniture included. */
  rawProse: Float64Array;
  /** Weighted prose characters, leaving out furniture subtrees. */
  prose: Float64Array;
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
  /** Page-wide counts that tell page types apart (see decide.ts). */
  page: PageCounts;
  metadata: MetadataSources;
  /** Elements hidden by the page, left out of every count; roots to exclude when inside. */
  hidden: Element[];
  /** For each hidden element, the index of its parent element. */
  hiddenParent: Int32Array;
  count: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * White space as the page shows it: runs of these collapse to one space. (Not `\s`, which also
 * takes in the wide spaces of CJK text and other marks that show as a gap of their own.)
 */
const NOT_SPACE = /[^ \n\t\r\f\u00a0]/;
/** White space that is more than one plain space: what collapsing actually changes. */
const SPACE_TO_COLLAPSE = /[ \n\t\r\f\u00a0]{2,}|[\n\t\r\f\u00a0]/g;
/** CJK and Hangul characters, which count double since each carries about as much as a short word. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af]/;
/** A sentence mark: . , ; ! ? and the CJK, Devanagari and Arabic ones (。，、।؟). */
const SENTENCE_MARK = /[.,;!?\u3002\uff0c\u3001\u0964\u061f]/;
/** Dates and prices need an ASCII digit: this cheap test comes before their expressions. */
const ASCII_DIGIT = /[0-9]/;

/**
 * Visible length of a text node's data: white space runs count as one character, ends
 * trimmed, a CJK or Hangul character counts two. The walk's innermost step, so it is done with
 * the engine's native string and regular-expression code rather than a loop over characters in
 * script: the walk runs once per page, mostly before the engine has optimised anything, and a
 * character loop was then about a quarter of its time. Text nodes of white space only (the
 * indentation between tags: two in three text nodes, two in five of all nodes, over the
 * Readability corpus) stop at the first test.
 */
export function visibleLength(data: string): number {
  if (!NOT_SPACE.test(data)) return 0;
  if (WIDE.test(data)) return wideLength(data);
  // Plain single spaces are left alone, so prose usually comes back as the same string.
  const s = data.replace(SPACE_TO_COLLAPSE, ' ');
  let n = s.length;
  if (s.charCodeAt(0) === 32) n--;
  if (s.charCodeAt(s.length - 1) === 32) n--;
  return n;
}

/** `visibleLength` of text holding CJK or Hangul characters, counted one by one. */
function wideLength(data: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
      if (!space) {
        n++;
        space = true;
      }
    } else {
      n += (c >= 0x2e80 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0) ? 2 : 1;
      space = false;
    }
  }
  if (space && n > 0) n--;
  return n;
}

function hostOf1(url: string): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url);
  return m?.[1]?.toLowerCase();
}

function hostOf(metas: readonly Element[]): string | undefined {
  for (const el of metas) {
    const key = (el.getAttribute('rel') ?? el.getAttribute('property') ?? '').toLowerCase();
    if (key === 'canonical' || key === 'og:url') {
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

/** The walk, done in one go (Node, the command-line tool, tests). */
export function measurePage(root: Element): PageStats {
  const walk = walker(root);
  walk.run(Infinity);
  return walk.finish();
}

/** Elements measured between two chances to yield: small enough to keep each slice short. */
const ELEMENTS_PER_STEP = 512;

/**
 * The same walk as a generator that pauses every few hundred elements, so the content script
 * can give the page its thread back between slices on a huge page.
 */
export function* measurePageInSteps(root: Element): Generator<void, PageStats, void> {
  const walk = walker(root);
  while (!walk.run(walk.count() + ELEMENTS_PER_STEP)) yield;
  return walk.finish();
}

/**
 * Elements carrying any attribute the walk reads besides class and id. Few elements have one,
 * so one native query per tree finds them all, and the walk asks each element only whether it
 * is in that set instead of making an attribute call per attribute per element.
 */
const RARE_ATTRIBUTES = '[role],[itemprop],[aria-hidden],[itemtype],[hidden],[style]';

/** Adds the elements under `root` (a document's element or a shadow root) that carry a rare attribute. */
function addRare(root: Element | ShadowRoot, into: Set<Element>): void {
  const found = root.querySelectorAll(RARE_ATTRIBUTES);
  for (let k = 0; k < found.length; k++) into.add(found[k]!);
}

/** A class or id as a string: SVG and MathML elements give an object for `className`. */
function nameOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Room for at least this many elements at first; the per-element arrays double when full. */
const MIN_CAPACITY = 64;

/**
 * One walk, as a closure over its state. The loop itself (`run`) is a plain function rather
 * than the body of a generator, so that the engine can optimise it while it runs (a generator's
 * loop is not), and per-element numbers go to preallocated typed arrays rather than a dozen
 * growing lists. (A closure rather than a class: its variables minify, properties would not.)
 */
function walker(root: Element): { run: (limit: number) => boolean; count: () => number; finish: () => PageStats } {
  const elements: Element[] = [];
  const tags: string[] = [];
  let count = 0;
  // Sized by one native count, so the arrays rarely grow (open shadow trees can add more).
  let capacity = Math.max(MIN_CAPACITY, root.getElementsByTagName('*').length + 1);
  let parentOf = new Int32Array(capacity);
  let endOf = new Int32Array(capacity);
  let flagsOf = new Uint8Array(capacity);
  /** Characters of text directly inside (not in child elements). */
  let ownText = new Int32Array(capacity);
  /** Of `ownText`, inside links. */
  let ownLink = new Int32Array(capacity);
  /** Prose credited to the element itself as a paragraph unit. */
  let ownProse = new Float64Array(capacity);
  let ownHeads = new Int32Array(capacity);
  /** 1 for a teaser title (then the teasers in the subtree, once summed). */
  let ownTeaser = new Int32Array(capacity);
  /** 1 for a text holding a date (then the dates in the subtree, once summed). */
  let ownDate = new Int32Array(capacity);
  /** 1 for a paragraph of prose (then the paragraphs in the subtree, once summed). */
  let ownParagraph = new Int32Array(capacity);
  // The paragraph unit each block element opens: the inline text inside it, how much of it is
  // links, whether it is punctuated, and its first link's href, which tells a teaser title (a
  // link to another page of the site) from a table-of-contents entry.
  let unitText = new Int32Array(capacity);
  let unitLink = new Int32Array(capacity);
  let unitPunct = new Uint8Array(capacity);
  const unitHref: (string | undefined)[] = [];

  const hidden: Element[] = [];
  const hiddenParents: number[] = [];
  const page: PageCounts = { controls: 0, forms: 0, prices: 0, code: 0, times: 0, forumNames: 0 };
  const metadata: MetadataSources = { jsonLd: [], metas: [], itemtypes: [] };
  /**
   * The site's own host, from the canonical or Open Graph URL (read with the head, before the
   * body's headings are judged); undefined when the page does not say, null before it is read.
   */
  let siteHost: string | null | undefined = null;
  /** Elements with a rare attribute (see `RARE_ATTRIBUTES`), shadow trees added as they are entered. */
  const rare = new Set<Element>();
  /** `nameBits` per distinct class or id value, for this walk. */
  const names = new Map<string, number>();
  /** Facts of tag names outside the known table, for this walk. */
  const otherTags = new Map<string, TagFacts>();

  // Where the walk stopped: the next node to look at, the innermost open element.
  let savedNext: Node | null = null;
  let savedCur = 0;
  let curNode: Node = root;
  /** Open elements (those with children), innermost last, with their `Tag` bits. */
  const stack: number[] = [];
  const stackBits: number[] = [];
  /**
   * The open shadow root of each open element, to walk after its own children (a web
   * component's article text lives there), null when there is none or once it is walked.
   */
  const stackShadow: (ShadowRoot | null)[] = [];
  /** Open paragraph units (block elements with children, and the root), innermost last. */
  const blocks: number[] = [];
  let linkDepth = 0;
  let codeDepth = 0;

  function grow(): void {
    capacity *= 2;
    const more = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity);
      b.set(a);
      return b;
    };
    parentOf = more(parentOf);
    endOf = more(endOf);
    flagsOf = more(flagsOf);
    ownText = more(ownText);
    ownLink = more(ownLink);
    ownProse = more(ownProse);
    ownHeads = more(ownHeads);
    ownTeaser = more(ownTeaser);
    ownDate = more(ownDate);
    ownParagraph = more(ownParagraph);
    unitText = more(unitText);
    unitLink = more(unitLink);
    unitPunct = more(unitPunct);
  }

  /** `nameBits` of an attribute value, once per distinct value. */
  function nameBitsOf(value: string | null): number {
    if (!value) return 0;
    let bits = names.get(value);
    if (bits === undefined) {
      bits = nameBits(value);
      names.set(value, bits);
    }
    return bits;
  }

  function open(el: Element, tag: string, tagBits: number, parent: number, inherited: number, rare: boolean): number {
    const i = count++;
    if (i >= capacity) grow();
    elements.push(el);
    tags.push(tag);
    parentOf[i] = parent;
    let flags = inherited & (Flag.InFurniture | Flag.InAriaHidden);
    if (tagBits & Tag.Furniture) flags |= Flag.Furniture | Flag.InFurniture;
    if (tagBits & Tag.Article) flags |= Flag.ArticleMarkup;
    if (tagBits & Tag.Heading) flags |= Flag.Heading;
    if (tagBits & Tag.Form) flags |= Flag.Form;
    const bits = nameBitsOf(nameOf(el.className)) | nameBitsOf(nameOf(el.id));
    const hint = bits === 0 || tagBits & Tag.Root ? 0 : hintOf(bits);
    if (hint > 0) flags |= Flag.ArticleName;
    else if (hint < 0 && !(tagBits & Tag.Article)) flags |= Flag.Furniture | Flag.InFurniture;
    if (rare) {
      const role = el.getAttribute('role');
      if (isFurnitureRole(role)) flags |= Flag.Furniture | Flag.InFurniture;
      if (!(tagBits & Tag.Article) && (role === 'main' || el.getAttribute('itemprop') === 'articleBody')) flags |= Flag.ArticleMarkup;
      if (el.getAttribute('aria-hidden') === 'true') flags |= Flag.AriaHidden | Flag.InAriaHidden | Flag.Furniture | Flag.InFurniture;
      const itemtype = el.getAttribute('itemtype');
      if (itemtype) metadata.itemtypes.push(itemtype);
    }
    if (bits & Name.Forum && !(flags & Flag.InAriaHidden)) page.forumNames++;
    flagsOf[i] = flags;
    return i;
  }

  function push(i: number, tagBits: number, shadow: ShadowRoot | null): void {
    stack.push(i);
    stackBits.push(tagBits);
    stackShadow.push(shadow);
    // The root opens a unit whatever its tag, so that every text has one.
    if (tagBits & Tag.Block || i === 0) blocks.push(i);
  }

  /** Elements that are never entered: form controls, metadata, scripts, the head. */
  function skipped(el: Element, tagBits: number): void {
    if (tagBits & Tag.Control) {
      if (!(flagsOf[savedCur]! & Flag.InAriaHidden)) page.controls++;
    } else if (tagBits & Tag.Meta) metadata.metas.push(el);
    else if (tagBits & Tag.Script) {
      if (el.getAttribute('type') === 'application/ld+json') metadata.jsonLd.push(el.textContent ?? '');
    } else if (tagBits & Tag.Head) {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        const facts = tagFacts(c.tagName, otherTags);
        if (!(facts.bits & Tag.Head)) skipped(c, facts.bits);
      }
    }
  }

  function pointsIntoSite(href: string | undefined): boolean {
    if (!href) return true;
    const c = href.charCodeAt(0);
    if (c === 35 /* # */ || href.startsWith('javascript:')) return false;
    if (!/^([a-z][a-z0-9+.-]*:)?\/\//i.test(href)) return true;
    if (siteHost === null) siteHost = hostOf(metadata.metas);
    if (siteHost === undefined) return true;
    const host = hostOf1(href);
    return host === undefined || sameSite(host, siteHost);
  }

  /**
   * Closes the innermost open element: the paragraph unit it opened, if any, is judged — a
   * heading (a teaser's title when mostly a link into the site), or prose when long enough
   * and little linked.
   */
  function pop(): void {
    const i = stack.pop()!;
    const bits = stackBits.pop()!;
    stackShadow.pop();
    endOf[i] = count;
    if (bits & Tag.Link) linkDepth--;
    if (bits & Tag.Code) codeDepth--;
    if (blocks[blocks.length - 1] !== i) return;
    blocks.pop();
    const chars = unitText[i]!;
    const linked = unitLink[i]!;
    if (!(bits & Tag.Block)) return;
    if (flagsOf[i]! & Flag.Heading) {
      ownHeads[i] = ownHeads[i]! + chars;
      if (chars > 0 && linked >= chars * TEASER_LINK_SHARE && pointsIntoSite(unitHref[i])) ownTeaser[i] = 1;
    } else if (chars >= MIN_PARAGRAPH_CHARS && linked <= chars * MAX_PARAGRAPH_LINK_SHARE) {
      ownProse[i] = chars * (unitPunct[i] ? 1 : UNPUNCTUATED_WEIGHT);
      ownParagraph[i] = 1;
    }
  }

  /** Walks on until `limit` elements are measured or the document ends; true when it ends. */
  function run(limit: number): boolean {
    let next = savedNext;
    let cur = savedCur;
    for (;;) {
      if (next) {
        const type = next.nodeType;
        if (type === TEXT_NODE) {
          const data = (next as Text).data;
          const n = visibleLength(data);
          if (n > 0) {
            ownText[cur] = ownText[cur]! + n;
            const b = blocks[blocks.length - 1]!;
            unitText[b] = unitText[b]! + n;
            if (linkDepth > 0) {
              ownLink[cur] = ownLink[cur]! + n;
              unitLink[b] = unitLink[b]! + n;
            }
            if (!unitPunct[b] && SENTENCE_MARK.test(data)) unitPunct[b] = 1;
            if (n <= MAX_DATE_TEXT && ASCII_DIGIT.test(data)) {
              if (DATE.test(data)) ownDate[cur] = 1;
              if (n < MAX_PRICE_TEXT && codeDepth === 0 && !(flagsOf[cur]! & Flag.InAriaHidden) && PRICE.test(data)) page.prices++;
            }
            // Not shown to assistive technology: left out of the page-wide counts.
            if (codeDepth > 0 && !(flagsOf[cur]! & Flag.InAriaHidden)) page.code += n;
          }
          next = next.nextSibling;
          continue;
        }
        if (type !== ELEMENT_NODE) {
          next = next.nextSibling;
          continue;
        }
        const el = next as Element;
        const facts = tagFacts(el.tagName, otherTags);
        const tagBits = facts.bits;
        if (tagBits & Tag.Skip) {
          savedCur = cur;
          skipped(el, tagBits);
          next = el.nextSibling;
          continue;
        }
        const isRare = rare.has(el);
        if (isRare && isHidden(el)) {
          hidden.push(el);
          hiddenParents.push(cur);
          next = el.nextSibling;
          continue;
        }
        if (count >= limit) {
          savedNext = next;
          savedCur = cur;
          return false;
        }
        const i = open(el, facts.tag, tagBits, cur, flagsOf[cur]!, isRare);
        if (tagBits & Tag.Link) {
          const b = blocks[blocks.length - 1]!;
          if (unitHref[b] === undefined) unitHref[b] = el.getAttribute('href') ?? '';
          linkDepth++;
        }
        if (tagBits & Tag.Code) codeDepth++;
        if (tagBits & Tag.Form) page.forms++;
        else if (tagBits & Tag.Time) {
          page.times++;
          if (metadata.firstTime === undefined) {
            const dt = el.getAttribute('datetime');
            if (dt) metadata.firstTime = dt;
          }
        }
        const first = el.firstChild;
        // Only custom elements and childless ones are asked for a shadow root: that is where web
        // components keep their content, and asking every element would cost a DOM call each.
        const shadow = tagBits & Tag.Custom || !first ? (el as { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null : null;
        if (first || shadow) {
          push(i, tagBits, shadow);
          cur = i;
          curNode = el;
          next = first;
          continue;
        }
        if (tagBits & Tag.Link) linkDepth--;
        if (tagBits & Tag.Code) codeDepth--;
        endOf[i] = count;
        next = el.nextSibling;
        continue;
      }
      // No more children: an open shadow root's are walked after the light ones; then close the
      // current element and go on after it.
      const top = stackShadow.length - 1;
      const shadow = stackShadow[top];
      if (shadow) {
        stackShadow[top] = null;
        addRare(shadow, rare);
        next = shadow.firstChild;
        continue;
      }
      pop();
      if (stack.length === 0) {
        savedNext = null;
        return true;
      }
      next = curNode.nextSibling;
      cur = stack[stack.length - 1]!;
      curNode = elements[cur]!;
    }
  }

  /**
   * Sums along the tree, once the walk is done. Children come after their parent in document
   * order, so one backward pass adds each element's finished sums into its parent's. The
   * walk's own arrays become the "furniture left out" sums in place; the "furniture included"
   * sums start as copies of them.
   */
  function finish(): PageStats {
    const n = count;
    const parent = parentOf.subarray(0, n);
    const flags = flagsOf.subarray(0, n);
    const prose = ownProse.subarray(0, n);
    const text = ownText.subarray(0, n);
    const link = ownLink.subarray(0, n);
    const headings = ownHeads.subarray(0, n);
    const teasers = ownTeaser.subarray(0, n);
    const dates = ownDate.subarray(0, n);
    const paragraphs = ownParagraph.subarray(0, n);
    const rawProse = prose.slice();
    const allText = text.slice();
    const allLink = link.slice();
    const headingCount = new Int32Array(n);
    for (let i = n - 1; i >= 0; i--) {
      const f = flags[i]!;
      if (f & Flag.Heading) headingCount[i]!++;
      const p = parent[i]!;
      // aria-hidden parts count for nothing above them, as if skipped (see Flag.AriaHidden).
      if (p < 0 || f & Flag.AriaHidden) continue;
      rawProse[p]! += rawProse[i]!;
      allText[p]! += allText[i]!;
      allLink[p]! += allLink[i]!;
      // Furniture keeps its numbers to itself: a comment thread's prose is no evidence that its
      // parent holds the article, and its text costs the parent nothing, since it will be left
      // out (exclude.ts). Forms are judged by their text later: whole pages sit in one.
      if (f & Flag.Furniture) continue;
      prose[p]! += prose[i]!;
      paragraphs[p]! += paragraphs[i]!;
      text[p]! += text[i]!;
      link[p]! += link[i]!;
      headings[p]! += headings[i]!;
      teasers[p]! += teasers[i]!;
      headingCount[p]! += headingCount[i]!;
      dates[p]! += dates[i]!;
    }
    return {
      elements,
      tags,
      parent,
      end: endOf.subarray(0, n),
      flags,
      text,
      allText,
      link,
      allLink,
      rawProse,
      prose,
      paragraphs,
      headings,
      teasers,
      headingCount,
      dates,
      page,
      metadata,
      hidden,
      hiddenParent: Int32Array.from(hiddenParents),
      count: n,
    };
  }

  addRare(root, rare);
  const facts = tagFacts(root.tagName, otherTags);
  open(root, facts.tag, facts.bits, -1, 0, true);
  push(0, facts.bits, null);
  savedNext = root.firstChild;
  return { run, count: () => count, finish };
}
