/**
 * The build's working form of an entity: every source adds to drafts, the merge step joins
 * drafts that are the same thing, and the emitter turns each survivor into a head, alias keys
 * and a card. Kept as plain data so the merge rules and templates are easy to test.
 */
import { nameKey } from '../../src/core/text/normalise.js';
import { isCommonWord } from '../../src/core/lexicon/common-words.js';
import { AliasType, type KbKind } from '../../src/core/kb/lookup.js';
import type { RowRef } from './errors.js';
import type { KbSourceCredit } from '../../src/core/kb/format.js';

/**
 * One source file as the KB credits it: the shipped credit record (`KbSourceCredit` in
 * src/core/kb/format.ts — id, title, origin, licence, attribution, licence text, citation,
 * newest as-of date), used as is while building.
 */
export type SourceInfo = KbSourceCredit;

export interface Role {
  title: string;
  since?: string;
  until?: string;
  source: string;
  asOf: string;
}

export interface Dated<T> {
  value: T;
  source: string;
  asOf: string;
}

export interface Draft {
  id: string;
  kind: KbKind;
  name: string;
  /** nameKey → the alias as written and its type (the strongest type wins). */
  aliases: Map<string, { name: string; type: AliasType }>;
  roles: Role[];
  previousRoles: Role[];
  party?: Dated<string>;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** First-level division code ("US-TX", "MX-14" style). */
  region?: string;
  /** The region's readable name, for descriptions ("Texas"). */
  regionName?: string;
  /** A second-level division's name ("El Paso County"). */
  districtName?: string;
  born?: Dated<number>;
  died?: Dated<number>;
  occupation?: Dated<string>;
  orgType?: Dated<string>;
  parent?: Dated<string>;
  placeType?: Dated<string>;
  population?: Dated<number>;
  capital?: Dated<string>;
  /** Continent or sub-region, for countries. */
  area?: string;
  /** Free extra facts (already phrased as label/value). */
  extra: { label: string; value: string; source: string; asOf: string }[];
  url?: string;
  prominence: number;
  historical: boolean;
  needsContext: boolean;
  uncertain?: string;
  /** The canonical name is a reviewed or encyclopedic title (overlay, Wikipedia), not assembled from parts. */
  titleName?: boolean;
  /** For overlay rows: the date the row's facts were checked. */
  asOf?: string;
  /** Source ids that contributed. */
  sources: Set<string>;
  /** Other ids this draft is known by (bioguide, pantheon curid…), for merging. */
  keys: Set<string>;
  /** Where the draft came from, for error messages. */
  ref: RowRef;
  /** Set on a draft that must not be merged by name (it already has a strong identity). */
  gender?: string;
}

export function newDraft(id: string, kind: KbKind, name: string, source: string, ref: RowRef): Draft {
  const d: Draft = {
    id,
    kind,
    name,
    aliases: new Map(),
    roles: [],
    previousRoles: [],
    extra: [],
    prominence: 0,
    historical: false,
    needsContext: false,
    sources: new Set([source]),
    keys: new Set(),
    ref,
  };
  addAlias(d, name, AliasType.Full);
  return d;
}

/** Priority when the same key arrives with two types: a full name beats a short form beats a surname. */
const TYPE_RANK: Record<AliasType, number> = {
  [AliasType.Full]: 3,
  [AliasType.Short]: 2,
  [AliasType.Acronym]: 1,
  [AliasType.Surname]: 0,
};

/** Written in capitals only ("IKEA"): the KB build makes such a short name an acronym. */
function allCapitals(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

export function addAlias(d: Draft, name: string, type: AliasType): void {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) return;
  const key = nameKey(clean);
  if (!key) return;
  const old = d.aliases.get(key);
  // Of two equal forms, the one not in capitals: "Ikea" beside "IKEA" says the name counts in
  // any case, where "IKEA" alone would count only in capitals. Not for a word ("HaD" is "had").
  const better = !old || TYPE_RANK[type] > TYPE_RANK[old.type] ||
    (type === old.type && allCapitals(old.name) && !allCapitals(clean) && !isCommonWord(key));
  if (better) d.aliases.set(key, { name: clean, type });
}

/** The full-name keys of a draft (canonical name and Full aliases), for merge matching. */
export function fullKeys(d: Draft): string[] {
  const out: string[] = [];
  for (const [key, a] of d.aliases) if (a.type === AliasType.Full) out.push(key);
  return out;
}

/** Year of an ISO-ish date ("2025-01-20" → 2025). */
export function yearOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const m = /^(-?\d{1,4})/.exec(date);
  return m ? Number(m[1]) : undefined;
}

export function isIsoDate(s: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s);
}

/** The later of two ISO-ish dates (string order works for same-precision prefixes). */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}
