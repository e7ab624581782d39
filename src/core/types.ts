/**
 * The shapes that cross module boundaries: what the recogniser finds in a text, and what a
 * card shows about it. Pure data, JSON-serialisable, so they travel unchanged from the core
 * through the background's message answer to the content script and the command-line tool.
 */

export const ENTITY_KINDS = ['person', 'org', 'place', 'figure'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

/** One highlighted span of the article text. Offsets are UTF-16 indices into that text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /**
   * The entity this mention refers to: a KB id ("Q22686", "kb:…"), an article-local id for a
   * person only the article knows ("article:…"), or a figure id ("figure:…").
   */
  entityId: string;
  /** 0..1: how sure the linker is. Mentions below the display threshold never reach here. */
  confidence: number;
}

/** One fact on a card, with where it came from and how old it is. */
export interface Fact {
  label: string;
  value: string;
  source: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM or YYYY) when the fact was last known true. */
  asOf: string;
}

/** What the article itself says about an entity. */
export interface ArticleContext {
  /** The role phrase used on first reference, e.g. "Defense Secretary". */
  rolePhrase?: string;
  mentionCount: number;
  /** 1 = the entity the article is most about. */
  salienceRank?: number;
}

/** What a figure counts, for cards of numbers. */
export interface FigureInfo {
  /** The normalised value (e.g. 1600, 0.25, 30000). */
  value: number;
  unit?: string;
  /** What is counted: "active-duty troops", "tariff". */
  counts: string;
  sentence: string;
  /** Ids of figures in the same article that count the same thing. */
  related: string[];
}

export interface EntityCard {
  id: string;
  kind: EntityKind;
  name: string;
  /** Composed from KB facts by templates; empty for entities only the article knows. */
  description: string;
  facts: Fact[];
  /** Where to read more; absent when nothing trustworthy is known. */
  url?: string;
  /** True when the card comes from the KB; false when it is built from the article alone. */
  inKb: boolean;
  article?: ArticleContext;
  figure?: FigureInfo;
  /**
   * Set when the KB card was not read yet and this is the entity's head alone: its number in
   * the KB, to ask for the card with `bg:cards`. The background answers a first `annotate`
   * without waiting for card files, so highlights do not wait for cards nobody has hovered.
   */
  pendingRef?: number;
}

export interface AnnotateResult {
  mentions: Mention[];
  entities: Record<string, EntityCard>;
}
