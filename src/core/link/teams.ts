/**
 * Places named as sports teams. Game reports call teams by their state, city or school
 * ("Oklahoma beat Baylor 27-14", "Oregon (3-2) will host Washington"): there the name is a
 * team, and a card for the state would be a wrong card. A name is taken for a team in the whole
 * article once one of its mentions stands where only a team does: right before its win-loss
 * record or a score, or right after a poll ranking or a score. (The linker applies this to
 * states and towns, not to countries.)
 */
import type { Token } from '../text/normalise.js';

/** A record "(7-2", or a score "27-14" not followed by a unit: right after the name (or its "'s"). */
const RECORD_OR_SCORE_AFTER = /^(?:['’]s)?\s{0,2}(?:\(\d{1,2}-\d{1,2}\b|\d{1,3}-\d{1,3}(?![\d-])(?!\s*(?:percent|per cent|%|vote|votes|majority|margin|decision|ruling)\b))/;
/** A poll ranking or a score right before the name: "No. 11", "23rd-ranked", "New Zealand 8-7". */
const RANKING_OR_SCORE_BEFORE = /(?:\bNo\.\s{0,2}\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)-ranked|(?<![\d-])\d{1,3}-\d{1,3})\s{0,2}$/;

/** Something every cue above holds. */
const ANY_CUE = /\d-\d|\bNo\.\s{0,2}\d|-ranked/;

/** How far around a mention the cues are looked for, in characters. */
const WINDOW = 24;

export interface NamedSpan {
  start: number;
  end: number;
}

/**
 * The keys (by `keyOf`) of the names among `spans` that the article uses as sports teams, of
 * those for which `maybePlace` holds.
 */
export function teamNames<S extends NamedSpan>(text: string, tokens: readonly Token[], spans: readonly S[], maybePlace: (span: S) => boolean, keyOf: (span: S) => string): Set<string> {
  const teams = new Set<string>();
  // Most texts hold no score, record or ranking at all: one native search says so.
  if (!ANY_CUE.test(text)) return teams;
  for (const span of spans) {
    const from = tokens[span.start]!.start;
    const to = tokens[span.end - 1]!.end;
    // The cue first: it is plain text, where asking whether a name may be a place reads the KB.
    if ((RECORD_OR_SCORE_AFTER.test(text.slice(to, to + WINDOW)) || RANKING_OR_SCORE_BEFORE.test(text.slice(Math.max(0, from - WINDOW), from))) &&
      maybePlace(span)) {
      teams.add(keyOf(span));
    }
  }
  return teams;
}
