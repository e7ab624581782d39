/**
 * Who the article is about: people (and other entities) ranked by how often and how early the
 * article names them. A headline or first-paragraph mention weighs as much as several later ones.
 */

export interface SalienceInput {
  id: string;
  mentions: number;
  /** Offset of the first mention, 0..1 of the article's length. */
  firstAt: number;
}

const EARLY_BONUS = 2;

export function salienceRanks(items: readonly SalienceInput[]): Map<string, number> {
  const scored = items.map((it) => ({ id: it.id, score: it.mentions + EARLY_BONUS * (1 - it.firstAt) }));
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return new Map(scored.map((s, i) => [s.id, i + 1]));
}
