/**
 * The figures of an article: numbers, money, percentages and quantities with what they count,
 * their normalised value, the sentence they come from, and the related figures of the same thing.
 */
import type { EntityCard, Mention } from '../types.js';
import { SentenceIndex } from '../text/sentences.js';
import { countedAfter } from './counted.js';
import { groupRelated } from './group.js';
import { notAFigure, plainlyNotAFigure } from './not-figures.js';
import { findNumbers } from './parse-number.js';

/** A figure is shown with this confidence: the number itself is certain, what it counts less so. */
const FIGURE_CONFIDENCE = 0.9;

export interface FigureResult {
  mentions: Mention[];
  /** Each figure's card, by its id (a map: the ids are made here, and a map needs no interned keys). */
  cards: Map<string, EntityCard>;
}

export function findFigures(text: string): FigureResult {
  const mentions: Mention[] = [];
  const cards = new Map<string, EntityCard>();
  const found: { id: string; value: number; unit?: string; counts: string }[] = [];
  let sentences: SentenceIndex | undefined;
  for (const n of findNumbers(text)) {
    if (plainlyNotAFigure(n) || notAFigure(text, n)) continue;
    const counted = countedAfter(text, n.end);
    // A bare number with nothing counted and no unit says nothing on a card.
    if (!counted.counts && !n.unit) continue;
    const id = `figure:${found.length + 1}`;
    const surface = text.slice(n.start, n.end);
    const mention: Mention = {
      start: n.start, end: n.end, text: surface, kind: 'figure', entityId: id,
      confidence: FIGURE_CONFIDENCE,
    };
    mentions.push(mention);
    const name = counted.counts
      ? `${surface}${text[n.end] === '-' ? '-' : ' '}${counted.counts}`
      : surface;
    const figure = { id, value: n.value, counts: counted.counts, ...(n.unit ? { unit: n.unit } : {}) };
    found.push(figure);
    cards.set(id, {
      id, kind: 'figure', name, description: '', facts: [], inKb: false,
      figure: {
        value: n.value,
        ...(n.unit ? { unit: n.unit } : {}),
        counts: counted.counts,
        sentence: (sentences ??= new SentenceIndex(text)).around(n.start),
        related: [],
      },
    });
  }
  const related = groupRelated(found);
  for (const [id, others] of related) {
    const card = cards.get(id);
    if (card?.figure) card.figure.related = others;
  }
  return { mentions, cards };
}
