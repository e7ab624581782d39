/**
 * The parts inside the chosen article element to leave out: share bars, related links, adverts,
 * newsletter boxes, comment threads, hidden text. A part goes when its markup says furniture
 * and it holds little of the article's prose, or when it is mostly links with no prose of its
 * own. Bylines, datelines, captions and subheads stay: they belong to the story.
 */
import { Flag, type PageStats } from './stats.js';

/** Blocks mostly links (related stories, tag lists) go when their prose is this small… */
const LINK_BLOCK_MAX_PROSE_SHARE = 0.05;
/** …and their text is at least this share links. */
const LINK_BLOCK_MIN_LINK_SHARE = 0.7;
/** Link lists shorter than this (a "source" link under a photo) are not worth judging. */
const LINK_BLOCK_MIN_CHARS = 40;
/** Forms holding less than this share of the article's prose are sign-up or search boxes. */
const FORM_MAX_PROSE_SHARE = 0.1;

const LIST_LIKE = new Set(['UL', 'OL', 'DIV', 'SECTION', 'TABLE', 'DL', 'ASIDE', 'NAV', 'FOOTER', 'HEADER', 'FORM', 'P', 'SPAN']);

export function boilerplateInside(stats: PageStats, root: number): Set<Element> {
  const exclude = new Set<Element>();
  const { flags: flagsOf, rawProse, allText, link: linkOf, elements, end: endOf } = stats;
  const end = endOf[root] ?? root + 1;
  // Both in tenths of a character (PROSE_UNIT): only their ratio matters here.
  const articleProse = Math.max(1, stats.prose[root] ?? 0);
  // Each element's numbers are read only as far as its test needs them: this looks at every
  // element of the article, and most are neither furniture, forms nor long enough to judge.
  for (let i = root + 1; i < end; ) {
    const flags = flagsOf[i]!;
    let drop = false;
    // Furniture counted for nothing when the root was chosen (see stats.ts), so it goes whole.
    if (flags & Flag.Furniture) drop = true;
    else if (flags & Flag.Form) drop = rawProse[i]! <= FORM_MAX_PROSE_SHARE * articleProse;
    else {
      const text = allText[i]!;
      drop =
        text >= LINK_BLOCK_MIN_CHARS &&
        linkOf[i]! >= LINK_BLOCK_MIN_LINK_SHARE * text &&
        rawProse[i]! <= LINK_BLOCK_MAX_PROSE_SHARE * articleProse &&
        LIST_LIKE.has(elements[i]!.tagName.toUpperCase());
    }
    if (drop) {
      exclude.add(elements[i]!);
      i = endOf[i]!;
    } else i++;
  }
  const { hidden, hiddenParent } = stats;
  for (let k = 0; k < hidden.length; k++) {
    const p = hiddenParent[k]!;
    if (p >= root && p < end) exclude.add(hidden[k]!);
  }
  return exclude;
}
