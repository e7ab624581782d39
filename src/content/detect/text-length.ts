/**
 * How many characters a text node shows: the page walk's innermost step (see `stats.ts`).
 */

/**
 * White space as the page shows it: runs of these collapse to one space. (Not `\s`, which also
 * takes in the wide spaces of CJK text and other marks that show as a gap of their own.)
 */
export const NOT_SPACE = /[^ \n\t\r\f\u00a0]/;
/** White space that is more than one plain space: what collapsing actually changes. */
const SPACE_TO_COLLAPSE = /[ \n\t\r\f\u00a0]{2,}|[\n\t\r\f\u00a0]/g;
/**
 * What makes a text's shown length differ from its length: white space other than single
 * spaces between words (a line break, a tab, a no-break space, two spaces, a space at either
 * end), or a CJK or Hangul character. Three in five texts that are not blank have none of it
 * (Readability corpus), and one native test then stands for the whole of `shownLength`.
 */
export const NEEDS_COUNTING = /[\n\t\r\f\u00a0\u2e80-\u9fff\uac00-\ud7af]| {2}|^ | $/;
/** CJK and Hangul characters, which count double since each carries about as much as a short word. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af]/;
const EVERY_WIDE = /[\u2e80-\u9fff\uac00-\ud7af]+/g;

/**
 * Visible length of a text: white space runs count as one character, ends trimmed, a CJK or
 * Hangul character counts two (0 for a text of white space only).
 * Done with the engine's native string and regular-expression code rather than a loop over
 * characters in script: the walk runs once per page, mostly before the engine has optimised
 * anything, and a character loop was then about a quarter of its time (and, for CJK text, the
 * largest single step on a Chinese page). Text nodes of white space only (the indentation
 * between tags: two in three text nodes, two in five of all nodes, over the Readability
 * corpus) stop at the walk's `NOT_SPACE` test and never come here.
 */
export function shownLength(data: string): number {
  // Plain single spaces are left alone, so prose usually comes back as the same string.
  const s = data.replace(SPACE_TO_COLLAPSE, ' ');
  let n = s.length;
  if (s.charCodeAt(0) === 32) n--;
  // One space alone is both ends.
  if (s.charCodeAt(s.length - 1) === 32 && s.length > 1) n--;
  // Each wide character once more: what removing them all takes away.
  if (WIDE.test(s)) n += s.length - s.replace(EVERY_WIDE, '').length;
  return n;
}
