/**
 * Chooses the element that holds the article: the one whose subtree gathers the most prose
 * while taking in little else. Prose and text add up along the tree, so one look at each
 * element's numbers is enough: an ancestor of the article body gains its siblings' prose
 * (the second half of a story split by an advert) and pays for their other text (sidebars,
 * link lists), at `OTHER_TEXT_COST` per character.
 */
import { Flag, PROSE_UNIT, type PageStats } from './stats.js';

/** What a character of text that is not prose costs a candidate, against one of prose. */
export const OTHER_TEXT_COST = 0.3;
/** Extra cost of link text: link lists around an article are the commonest page furniture. */
export const LINK_TEXT_COST = 0.25;
/**
 * What each teaser (a heading that links elsewhere) costs, in prose characters: a listing's
 * summaries are prose too, and its linked titles are what gives it away.
 */
export const TEASER_COST = 300;
/** Bonus for markup that says "article body" (`<article>`, `itemprop=articleBody`, `<main>`). */
const MARKUP_BONUS = 1.1;
/** Bonus for class or id words of article bodies. */
const NAME_BONUS = 1.05;
/** A little more than the most a score can be of its prose (the margin covers rounding). */
const MAX_BONUS = MARKUP_BONUS * NAME_BONUS * 1.000001;
/** Candidates inside page furniture (comments, sidebars) are taken only when nothing else is. */
const IN_FURNITURE_FACTOR = 0.25;

/** A candidate's score from its numbers (see `PageStats`). */
function scoreOf(prose: number, text: number, link: number, teasers: number, flags: number): number {
  if (prose <= 0) return 0;
  const other = Math.max(0, text - prose);
  let score = prose - OTHER_TEXT_COST * other - LINK_TEXT_COST * link - TEASER_COST * teasers;
  if (score <= 0) return 0;
  if (flags & Flag.ArticleMarkup) score *= MARKUP_BONUS;
  if (flags & Flag.ArticleName) score *= NAME_BONUS;
  if (flags & Flag.InFurniture) score *= IN_FURNITURE_FACTOR;
  return score;
}

/**
 * The best candidate's index, or -1 when no element holds any prose. One pass over columns
 * held in locals: it runs once per page, where each property read per element still costs.
 * A plain number comes back: an object made after the loop is code that V8 has never run when
 * it optimises the loop, and V8 threw the optimised loop away there on about one page in ten.
 */
export function bestCandidate(stats: PageStats): number {
  const { prose, text, link, teasers, flags, count } = stats;
  let index = -1;
  let best = 0;
  // No score is above its prose times both bonuses, so an element whose prose (in tenths of a
  // character, an integer) is at most this cannot win: most elements, the ancestors of a
  // paragraph or two, are passed over without being scored.
  let atMost = 0;
  for (let i = 0; i < count; i++) {
    const p = prose[i]!;
    if (p <= atMost) continue;
    const s = scoreOf(p / PROSE_UNIT, text[i]!, link[i]!, teasers[i]!, flags[i]!);
    if (s > best) {
      best = s;
      index = i;
      atMost = (best / MAX_BONUS) * PROSE_UNIT;
    }
  }
  return index;
}
