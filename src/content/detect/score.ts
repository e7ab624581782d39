/**
 * Chooses the element that holds the article: the one whose subtree gathers the most prose
 * while taking in little else. Prose and text add up along the tree, so one look at each
 * element's numbers is enough: an ancestor of the article body gains its siblings' prose
 * (the second half of a story split by an advert) and pays for their other text (sidebars,
 * link lists), at `OTHER_TEXT_COST` per character.
 */
import { Flag } from './stats.js';

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
export const MAX_BONUS = MARKUP_BONUS * NAME_BONUS * 1.000001;
/** Candidates inside page furniture (comments, sidebars) are taken only when nothing else is. */
const IN_FURNITURE_FACTOR = 0.25;

/**
 * A candidate's score from its numbers (see `PageStats`), prose in characters. The walk
 * (`stats.ts`) scores each element as it closes, when its numbers are final, and keeps the
 * best: no second pass over every element.
 */
export function candidateScore(prose: number, text: number, link: number, teasers: number, flags: number): number {
  if (prose <= 0) return 0;
  const other = Math.max(0, text - prose);
  let score = prose - OTHER_TEXT_COST * other - LINK_TEXT_COST * link - TEASER_COST * teasers;
  if (score <= 0) return 0;
  if (flags & Flag.ArticleMarkup) score *= MARKUP_BONUS;
  if (flags & Flag.ArticleName) score *= NAME_BONUS;
  if (flags & Flag.InFurniture) score *= IN_FURNITURE_FACTOR;
  return score;
}
