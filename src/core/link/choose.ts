/**
 * Choosing one KB entity among those an alias may name, with a confidence. Evidence: the kind
 * the recogniser expects, how the alias relates to the entity (full name, short name, acronym,
 * surname), prominence, the countries the article is about, whether the entity is historical,
 * and whether the article already named it.
 */
import { nameKey } from '../text/normalise.js';
import { AliasType, type AliasHit, type EntityHead, type KbLookup } from '../kb/lookup.js';
import { HISTORICAL_MIN_PROMINENCE, PROMINENT_ACRONYM, PROMINENT_SURNAME, SURNAME_MARGIN } from './thresholds.js';

export interface LinkContext {
  kb: KbLookup;
  /** Country codes the article is about, with weights (count of confident places). */
  countries: ReadonlyMap<string, number>;
  /** Entities already linked with confidence in this article, before this mention. */
  linked: { has(entity: number): boolean };
  /** The article's year, when known: historical entities are then penalised. */
  year?: number;
  /** May a small place (needsContext) link here? Decided by the caller from nearby mentions. */
  placeInContext: (head: EntityHead) => boolean;
}

export interface Choice {
  entity: number;
  type: AliasType;
  confidence: number;
}

const TYPE_BASE: Record<AliasType, number> = {
  [AliasType.Full]: 0.95,
  [AliasType.Surname]: 0.8,
  [AliasType.Acronym]: 0.88,
  [AliasType.Short]: 0.85,
};

export interface ChooseOptions {
  /** Only entities of these kinds. */
  kinds: ReadonlySet<string>;
  /** Surname hits are allowed (the recogniser saw a person, or the article named them). */
  allowSurname: boolean;
  /** Capitals here were evidence (mid-sentence prose). */
  strong: boolean;
  /** The span is a single common word. */
  commonWord: boolean;
  /** The alias key as written, to prefer entities whose own name it is. */
  key?: string;
  /** One word written without a possessive: no company whose name has one ("Casey's"). */
  bareWord?: boolean;
}

/**
 * Candidates scored per mention. The bundled KB numbers entities by prominence and lists an
 * alias's hits in that order, so the first candidates hold the winner and its real rivals.
 */
const MAX_CANDIDATES = 12;

/** How much prominence (0..1000 → 0..0.6) weighs against the other evidence. */
const PROMINENCE_WEIGHT = 0.6;
/** The written name is the entity's own name, not one of its other names. */
const CANONICAL_BONUS = 0.1;

const canonicalKeys = new WeakMap<KbLookup, Map<number, string>>();

function canonicalKey(kb: KbLookup, n: number): string {
  let map = canonicalKeys.get(kb);
  if (!map) {
    map = new Map();
    canonicalKeys.set(kb, map);
  }
  let key = map.get(n);
  if (key === undefined) {
    key = nameKey(kb.entity(n).name);
    if (map.size > 50_000) map.clear();
    map.set(n, key);
  }
  return key;
}

interface Scored {
  hit: AliasHit;
  head: EntityHead;
}

function sameThing(kb: KbLookup, a: Scored, b: Scored): boolean {
  if (a.head.kind === 'person' || b.head.kind === 'person') return false;
  if (a.head.needsContext || b.head.needsContext) return false;
  if (canonicalKey(kb, a.hit.entity) !== canonicalKey(kb, b.hit.entity)) return false;
  return a.head.kind !== b.head.kind || a.head.country === b.head.country;
}

interface ScoredHit extends Scored {
  score: number;
}

/**
 * The highest-scoring candidate other than `skip` that passes `test`; the earlier one among
 * equals (KB order: the more prominent). What a stable sort by score then a search would give,
 * without sorting.
 */
function topScored(scored: readonly ScoredHit[], skip: ScoredHit | undefined, test: (s: ScoredHit) => boolean): ScoredHit | undefined {
  let top: ScoredHit | undefined;
  for (const s of scored) {
    if (s === skip || (top && s.score <= top.score) || !test(s)) continue;
    top = s;
  }
  return top;
}

/** A name that ends in a possessive: "Casey's", "Sainsbury’s". */
const POSSESSIVE_NAME = /\p{L}['’]s$/u;

/** A place at least this prominent may be named by a common word without nearby context. */
const COMMON_WORD_PLACE = 800;

export function chooseEntity(
  hits: readonly AliasHit[],
  ctx: LinkContext,
  options: ChooseOptions,
): Choice | undefined {
  const scored: ScoredHit[] = [];
  for (const hit of hits) {
    // Enough candidates to know the winner and its rivals; the rest are far less prominent.
    if (scored.length >= MAX_CANDIDATES) break;
    const head = ctx.kb.entity(hit.entity);
    if (!options.kinds.has(head.kind)) continue;
    const known = ctx.linked.has(hit.entity);
    if (hit.type === AliasType.Surname && !known && !options.allowSurname) continue;
    // A surname that could never link alone is no rival either.
    if (hit.type === AliasType.Surname && !known && (head.prominence < PROMINENT_SURNAME || head.historical)) continue;
    if (head.needsContext && !known && !ctx.placeInContext(head)) continue;
    // A company named with a possessive ("Casey's", "McDonald's") is written so: the bare name
    // ("stars as Casey") is a person's.
    if (options.bareWord && head.kind === 'org' && POSSESSIVE_NAME.test(head.name)) continue;
    // A word the article also uses as a word ("the suit of swords", "normal") names a town only
    // where its region or country is named nearby; major places are exempt.
    if (options.commonWord && head.kind === 'place' && head.prominence < COMMON_WORD_PLACE && !known && !ctx.placeInContext(head)) continue;
    let score = TYPE_BASE[hit.type] + (head.prominence / 1000) * PROMINENCE_WEIGHT;
    // "Mexico" is the name of Mexico, and only another name of Mexico City.
    if (options.key !== undefined && canonicalKey(ctx.kb, hit.entity) === options.key) score += CANONICAL_BONUS;
    if (head.country && ctx.countries.has(head.country)) score += 0.1;
    if (head.historical && ctx.year !== undefined) score -= 0.15;
    if (known) score += 0.5;
    scored.push({ hit, head, score });
  }
  if (scored.length === 0) return undefined;
  const best = topScored(scored, undefined, () => true)!;
  let confidence = TYPE_BASE[best.hit.type];
  if (ctx.linked.has(best.hit.entity)) confidence = Math.max(confidence, 0.9);
  if (best.hit.type === AliasType.Surname && !ctx.linked.has(best.hit.entity)) {
    // A surname alone: only the very prominent, and well ahead of any namesake.
    if (best.head.prominence < PROMINENT_SURNAME || best.head.historical) return undefined;
    const rival = topScored(scored, best, (s) => s.head.kind === 'person');
    if (rival && best.head.prominence - rival.head.prominence < SURNAME_MARGIN) return undefined;
    confidence = 0.78;
  }
  // An acronym, or a one-word organisation name ("Heritage", "Dawn", "Progress": small parties
  // abroad named by an ordinary word), links a little-known entity only where the article is
  // about its country.
  const oneWordOrg = best.head.kind === 'org' && options.key !== undefined && !options.key.includes(' ');
  if ((best.hit.type === AliasType.Acronym || oneWordOrg) && !ctx.linked.has(best.hit.entity) && best.head.prominence < PROMINENT_ACRONYM &&
    !(best.head.country && ctx.countries.has(best.head.country))) {
    return undefined;
  }
  // The same organisation or place entered twice by two sources ("European Union" as an
  // organisation and as a country) is no ambiguity: compare with the first real rival.
  const rival = topScored(scored, best, (s) => !sameThing(ctx.kb, best, s));
  if (rival) {
    const margin = best.score - rival.score;
    confidence *= Math.min(1, 0.55 + margin * 3);
  }
  if (best.head.historical && best.head.kind === 'person' && best.head.prominence < HISTORICAL_MIN_PROMINENCE &&
    !ctx.linked.has(best.hit.entity)) {
    confidence *= 0.7;
  }
  if (!options.strong) confidence *= 0.92;
  if (options.commonWord) confidence *= 0.85;
  return { entity: best.hit.entity, type: best.hit.type, confidence };
}
