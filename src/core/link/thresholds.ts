/**
 * The confidence thresholds of the linker, each with its reason. Precision before recall: a
 * wrong card costs more trust than a missing one.
 */

/** Below this a mention is not shown at all: the evidence that it is a name is too thin. */
export const DISPLAY_THRESHOLD = 0.5;

/**
 * Below this a mention is not linked to a KB entity. A person is then shown with a card built
 * from the article alone; an organisation or place is dropped (an empty card helps no one).
 */
export const LINK_THRESHOLD = 0.7;

/**
 * A surname alone ("Trump") links without the full name in the article only for people this
 * prominent (KB prominence, 0..1000) — and only when no other person of that surname comes near.
 */
export const PROMINENT_SURNAME = 800;

/**
 * An acronym alone ("ABC", "PRI", "LDP") links without the full name in the article only to an
 * entity this prominent, or to one of a country the article names: three capitals are shared
 * by many small bodies (the KB's "ABC" is a Cuban party; the news means a broadcaster).
 */
export const PROMINENT_ACRONYM = 400;

/** How far ahead of the runner-up (in prominence points) a surname-only link must be. */
export const SURNAME_MARGIN = 150;

/**
 * A historical person below this prominence (a 19th-century congressman) shares names with
 * people in today's news: named alone, such a person is not linked.
 */
export const HISTORICAL_MIN_PROMINENCE = 600;

/** How near (characters) a region or country must be named for a small place to link. */
export const PLACE_CONTEXT_WINDOW = 400;
