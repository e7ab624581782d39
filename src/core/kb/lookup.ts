/**
 * What the recogniser and linker need from the knowledge base, whatever its storage: find the
 * entities an alias key may name, read an entity's head (kind, name, prominence, where it is),
 * and fetch its card. The bundled KB (`./format.ts`, `./indexed-kb.ts`) and the in-memory KB of
 * tests and user-defined entities both implement it.
 */
import type { EntityCard } from '../types.js';

export type KbKind = 'person' | 'org' | 'place';

/** How an alias relates to its entity: decides how much evidence a match needs. */
export const enum AliasType {
  /** The full name or a full alternative name ("Pete Hegseth", "Peter Brian Hegseth"). */
  Full = 0,
  /** A person's surname alone ("Hegseth", "Trevilla Trejo"). Needs coreference or prominence. */
  Surname = 1,
  /** An acronym or abbreviation ("DHS", "NORAD"). Matches only when written in capitals. */
  Acronym = 2,
  /** A short or common name ("the Pentagon", "Northern Command"). */
  Short = 3,
}

export interface AliasHit {
  entity: number;
  type: AliasType;
}

export interface EntityHead {
  /** Stable id: a Wikidata QID where a source has one, else "kb:<source>:<key>". */
  id: string;
  kind: KbKind;
  name: string;
  /** 0..1000; higher wins a tie between entities sharing an alias. */
  prominence: number;
  /**
   * Where the entity belongs, as ISO codes: "US", "US-TX", "MX". For places, the country and
   * first-level division; for people and organisations, the country they are tied to.
   */
  country?: string;
  region?: string;
  /** A place too small to link unless the article names its region or country nearby. */
  needsContext?: boolean;
  /** Dead or historical: described as such, and never preferred for a present-day article. */
  historical?: boolean;
}

export interface KbLookup {
  /** Entities an alias key (see `nameKey`) may name, or undefined. */
  lookup(key: string): readonly AliasHit[] | undefined;
  /** True when some alias key starts with `prefix + ' '` — lets the matcher stop extending early. */
  hasPrefix(prefix: string): boolean;
  /** The longest alias, in tokens. */
  readonly maxAliasTokens: number;
  entity(n: number): EntityHead;
  /** True for folded given names known from people in the sources ("pete", "claudia"). */
  isGivenName(key: string): boolean;
  /** The KB card of an entity; may load lazily. */
  card(n: number): Promise<EntityCard>;
}
