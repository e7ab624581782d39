/**
 * One walk over the document that measures every element: how much text it holds, how much of
 * that is link text, and how much is prose — paragraphs long enough, linked little enough and
 * punctuated like sentences. Everything the scorer, the boilerplate pass and the no-article
 * decision need comes from these numbers, so the DOM is walked once and never queried per
 * candidate. Elements are numbered in document order: the descendants of element `i` are
 * exactly `i + 1 … end[i] - 1`.
 */
import { BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS, forumName, isFurnitureByMarkup, isHidden, nameHint } from './hints.js';

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
const PRICE = /[$€£¥₹]\s?\d|\d\s?(?:€|USD|EUR|GBP)\b/;
const CONTROL_TAGS = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

const SENTENCE_MARK = /[.,;!?。，、।؟]/;

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
  depth: Int32Array;
  flags: Uint8Array;
  /** Visible characters in the subtree (white space runs count as one), furniture left out. */
  text: Float64Array;
  /** Visible characters in the subtree, furniture included. */
  allText: Float64Array;
  /** Of `text`, characters inside links. */
  link: Float64Array;
  /** Of `allText`, characters inside links. */
  allLink: Float64Array;
  /** Weighted prose characters in the subtree, furniture included. */
  rawProse: Float64Array;
  /** Weighted prose characters, leaving out furniture subtrees. */
  prose: Float64Array;
  /** Prose paragraphs in the subtree, furniture left out. */
  paragraphs: Int32Array;
  /** Characters of heading text in the subtree. */
  headings: Float64Array;
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
 * The open shadow root to walk inside an element, if any. Only custom elements and elements
 * without children of their own are asked: those are where web components keep their content,
 * and asking every element would cost the walk a DOM call per element.
 */
function shadowOf(el: Element, tag: string): ShadowRoot | null {
  if (!tag.includes('-') && el.firstChild) return null;
  return (el as { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
}

/** Visible length of a text node: white space runs count as one character, ends trimmed. */
function visibleLength(data: string): number {
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
      // A CJK character carries about as much as a short word: count it double so that
      // thresholds in characters hold across scripts.
      n += c >= 0x2e80 && c < 0xa000 ? 2 : c >= 0xac00 && c < 0xd7b0 ? 2 : 1;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
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
  const steps = measurePageInSteps(root);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Elements measured between two chances to yield: small enough to keep each slice short. */
const ELEMENTS_PER_STEP = 512;

/**
 * The same walk as a generator that pauses every few hundred elements, so the content script
 * can give the page its thread back between slices on a huge page.
 */
export function* measurePageInSteps(root: Element): Generator<void, PageStats, void> {
  const elements: Element[] = [];
  const tags: string[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const flagList: number[] = [];
  const hidden: Element[] = [];
  const hiddenParents: number[] = [];
  // Per element, filled as the walk goes.
  const text: number[] = [];
  const link: number[] = [];
  const own: number[] = []; // prose credited to the element itself as a paragraph unit
  const ends: number[] = [];
  const heads: number[] = [];
  // Inline text of the paragraph unit the element opens (blocks only).
  const inline: number[] = [];
  const inlineLink: number[] = [];
  const inlinePunct: boolean[] = [];
  const teaserOwn: number[] = [];
  // The first link inside each paragraph unit: tells a teaser title (a link to another page
  // of the site) from a table-of-contents entry or a link out to a shop.
  const firstHref: (string | undefined)[] = [];
  const dateOwn: number[] = [];

  const open = (el: Element, tag: string, parent: number, block: number, inherited: number): number => {
    const i = elements.length;
    elements.push(el);
    tags.push(tag);
    parents.push(parent);
    depths.push(parent < 0 ? 0 : (depths[parent] ?? 0) + 1);
    let flags = inherited & (Flag.InFurniture | Flag.InAriaHidden);
    const hint = tag === 'BODY' || tag === 'HTML' ? 0 : nameHint(el);
    if (hint > 0) flags |= Flag.ArticleName;
    if ((hint < 0 && tag !== 'MAIN' && tag !== 'ARTICLE') || isFurnitureByMarkup(el, tag)) flags |= Flag.Furniture | Flag.InFurniture;
    if (tag === 'ARTICLE' || tag === 'MAIN') flags |= Flag.ArticleMarkup;
    else if (el.getAttribute('itemprop') === 'articleBody' || el.getAttribute('role') === 'main') flags |= Flag.ArticleMarkup;
    if (HEADING_TAGS.has(tag)) flags |= Flag.Heading;
    if (tag === 'FORM') flags |= Flag.Form;
    if (el.getAttribute('aria-hidden') === 'true') flags |= Flag.AriaHidden | Flag.InAriaHidden | Flag.Furniture | Flag.InFurniture;
    if (!(flags & Flag.InAriaHidden) && forumName(el)) page.forumNames++;
    const itemtype = el.getAttribute('itemtype');
    if (itemtype) metadata.itemtypes.push(itemtype);
    flagList.push(flags);
    text.push(0);
    link.push(0);
    own.push(0);
    ends.push(0);
    heads.push(0);
    inline.push(0);
    inlineLink.push(0);
    inlinePunct.push(false);
    firstHref.push(undefined);
    teaserOwn.push(0);
    dateOwn.push(0);
    void block;
    return i;
  };

  // Open-element stacks: element index, nearest paragraph unit, inside-link depth.
  const stack: number[] = [];
  const blockStack: number[] = [];
  let linkDepth = 0;
  let codeDepth = 0;
  const linkStack: boolean[] = [];
  const codeStack: boolean[] = [];
  const page: PageCounts = { controls: 0, forms: 0, prices: 0, code: 0, times: 0, forumNames: 0 };
  const metadata: MetadataSources = { jsonLd: [], metas: [], itemtypes: [] };
  // The site's own host, from the canonical or Open Graph URL (read with the head, before the
  // body's headings are judged); undefined when the page does not say.
  let siteHost: string | null | undefined = null;
  const pointsIntoSite = (href: string | undefined): boolean => {
    if (!href) return true;
    const c = href.charCodeAt(0);
    if (c === 35 /* # */ || href.startsWith('javascript:')) return false;
    if (!/^([a-z][a-z0-9+.-]*:)?\/\//i.test(href)) return true;
    if (siteHost === null) siteHost = hostOf(metadata.metas);
    if (siteHost === undefined) return true;
    const host = hostOf1(href);
    return host === undefined || sameSite(host, siteHost);
  };
  const skipped = (el: Element, tag: string): void => {
    if (CONTROL_TAGS.has(tag)) {
      if (!((flagList[cur] ?? 0) & Flag.InAriaHidden)) page.controls++;
    }
    else if (tag === 'META' || tag === 'LINK') metadata.metas.push(el);
    else if (tag === 'SCRIPT') {
      if (el.getAttribute('type') === 'application/ld+json') metadata.jsonLd.push(el.textContent ?? '');
    } else if (tag === 'HEAD') {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        const t = c.tagName.toUpperCase();
        if (t !== 'HEAD') skipped(c, t);
      }
    }
  };

  const close = (i: number): void => {
    ends[i] = elements.length;
    const tag = tags[i] ?? '';
    if (BLOCK_TAGS.has(tag)) {
      const chars = inline[i] ?? 0;
      const flags = flagList[i] ?? 0;
      if (flags & Flag.Heading) {
        heads[i] = (heads[i] ?? 0) + chars;
        if (chars > 0 && (inlineLink[i] ?? 0) >= chars * TEASER_LINK_SHARE && pointsIntoSite(firstHref[i])) teaserOwn[i] = 1;
      }
      else if (chars >= MIN_PARAGRAPH_CHARS && (inlineLink[i] ?? 0) <= chars * MAX_PARAGRAPH_LINK_SHARE) {
        own[i] = chars * (inlinePunct[i] ? 1 : UNPUNCTUATED_WEIGHT);
      }
    }
  };

  const rootTag = root.tagName.toUpperCase();
  let cur = open(root, rootTag, -1, -1, 0);
  stack.push(cur);
  blockStack.push(cur);
  linkStack.push(false);
  codeStack.push(false);
  let next: Node | null = root.firstChild;
  let curNode: Node = root;
  /** Elements whose shadow root's children were walked. */
  const shadowWalked = new Set<number>();

  for (;;) {
    if (next) {
      const type = next.nodeType;
      if (type === TEXT_NODE) {
        const data = (next as Text).data;
        const n = visibleLength(data);
        if (n > 0) {
          text[cur] = (text[cur] ?? 0) + n;
          const b = blockStack[blockStack.length - 1] ?? cur;
          inline[b] = (inline[b] ?? 0) + n;
          if (linkDepth > 0) {
            link[cur] = (link[cur] ?? 0) + n;
            inlineLink[b] = (inlineLink[b] ?? 0) + n;
          }
          if (!inlinePunct[b] && SENTENCE_MARK.test(data)) inlinePunct[b] = true;
          if (n <= MAX_DATE_TEXT && DATE.test(data)) dateOwn[cur] = 1;
          if ((flagList[cur] ?? 0) & Flag.InAriaHidden) {
            // Not shown to assistive technology: left out of the page-wide counts.
          } else if (codeDepth > 0) page.code += n;
          else if (n < 40 && PRICE.test(data)) page.prices++;
        }
        next = next.nextSibling;
        continue;
      }
      if (type !== ELEMENT_NODE) {
        next = next.nextSibling;
        continue;
      }
      const el = next as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) {
        skipped(el, tag);
        next = el.nextSibling;
        continue;
      }
      if (isHidden(el)) {
        hidden.push(el);
        hiddenParents.push(cur);
        next = el.nextSibling;
        continue;
      }
      if (elements.length % ELEMENTS_PER_STEP === 0) yield;
      const i = open(el, tag, cur, blockStack[blockStack.length - 1] ?? cur, flagList[cur] ?? 0);
      const isLink = tag === 'A';
      if (isLink) {
        const b = blockStack[blockStack.length - 1] ?? cur;
        if (firstHref[b] === undefined) firstHref[b] = el.getAttribute('href') ?? '';
      }
      if (isLink) linkDepth++;
      const isCode = tag === 'CODE';
      if (isCode) codeDepth++;
      if (tag === 'FORM') page.forms++;
      else if (tag === 'TIME') {
        page.times++;
        if (metadata.firstTime === undefined) {
          const dt = el.getAttribute('datetime');
          if (dt) metadata.firstTime = dt;
        }
      }
      const block = BLOCK_TAGS.has(tag);
      if (el.firstChild || shadowOf(el, tag)) {
        stack.push(i);
        if (block) blockStack.push(i);
        linkStack.push(isLink);
        codeStack.push(isCode);
        cur = i;
        curNode = el;
        next = el.firstChild;
        continue;
      }
      if (isLink) linkDepth--;
      if (isCode) codeDepth--;
      close(i);
      next = el.nextSibling;
      continue;
    }
    // No more children: an open shadow root's are walked after the light ones (a web
    // component's article text lives there); then close the current element and go on after it.
    const shadow = curNode === root ? null : shadowOf(curNode as Element, tags[cur] ?? '');
    if (shadow && !shadowWalked.has(cur)) {
      shadowWalked.add(cur);
      next = shadow.firstChild;
      continue;
    }
    close(cur);
    stack.pop();
    if (blockStack[blockStack.length - 1] === cur) blockStack.pop();
    if (linkStack.pop()) linkDepth--;
    if (codeStack.pop()) codeDepth--;
    if (stack.length === 0) break;
    next = curNode.nextSibling;
    cur = stack[stack.length - 1] ?? 0;
    curNode = elements[cur] ?? root;
  }

  // Sums, in reverse document order so children are done before parents.
  const count = elements.length;
  const rawProse = new Float64Array(count);
  const prose = new Float64Array(count);
  const paragraphs = new Int32Array(count);
  const allText = new Float64Array(count);
  const cleanText = new Float64Array(count);
  const cleanLink = new Float64Array(count);
  const allLink = new Float64Array(count);
  const headings = new Float64Array(count);
  const teasers = new Int32Array(count);
  const headingCount = new Int32Array(count);
  const dates = new Int32Array(count);
  const parent = Int32Array.from(parents);
  const flags = Uint8Array.from(flagList);
  for (let i = count - 1; i >= 0; i--) {
    const mine = own[i] ?? 0;
    const r = (rawProse[i] ?? 0) + mine;
    const c = (prose[i] ?? 0) + mine;
    const n = (paragraphs[i] ?? 0) + (mine > 0 ? 1 : 0);
    const t = (cleanText[i] ?? 0) + (text[i] ?? 0);
    const a = (allText[i] ?? 0) + (text[i] ?? 0);
    const l = (cleanLink[i] ?? 0) + (link[i] ?? 0);
    const al = (allLink[i] ?? 0) + (link[i] ?? 0);
    allLink[i] = al;
    const h = (headings[i] ?? 0) + (heads[i] ?? 0);
    const z = (teasers[i] ?? 0) + (teaserOwn[i] ?? 0);
    teasers[i] = z;
    const hc = (headingCount[i] ?? 0) + ((flags[i] ?? 0) & Flag.Heading ? 1 : 0);
    headingCount[i] = hc;
    const dt = (dates[i] ?? 0) + (dateOwn[i] ?? 0);
    dates[i] = dt;
    rawProse[i] = r;
    prose[i] = c;
    paragraphs[i] = n;
    cleanText[i] = t;
    allText[i] = a;
    cleanLink[i] = l;
    headings[i] = h;
    const p = parent[i] ?? -1;
    if (p < 0) continue;
    // aria-hidden parts count for nothing above them, as if skipped (see Flag.AriaHidden).
    if ((flags[i] ?? 0) & Flag.AriaHidden) continue;
    rawProse[p] = (rawProse[p] ?? 0) + r;
    allText[p] = (allText[p] ?? 0) + a;
    allLink[p] = (allLink[p] ?? 0) + al;
    // Furniture keeps its numbers to itself: a comment thread's prose is no evidence that its
    // parent holds the article, and its text costs the parent nothing, since it will be left
    // out (exclude.ts). Forms are judged by their text later: whole pages sit in one.
    if (!((flags[i] ?? 0) & Flag.Furniture)) {
      prose[p] = (prose[p] ?? 0) + c;
      paragraphs[p] = (paragraphs[p] ?? 0) + n;
      cleanText[p] = (cleanText[p] ?? 0) + t;
      cleanLink[p] = (cleanLink[p] ?? 0) + l;
      headings[p] = (headings[p] ?? 0) + h;
      teasers[p] = (teasers[p] ?? 0) + z;
      headingCount[p] = (headingCount[p] ?? 0) + hc;
      dates[p] = (dates[p] ?? 0) + dt;
    }
  }

  return {
    elements,
    tags,
    parent,
    end: Int32Array.from(ends),
    depth: Int32Array.from(depths),
    flags,
    text: cleanText,
    allText,
    link: cleanLink,
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
    count,
  };
}
