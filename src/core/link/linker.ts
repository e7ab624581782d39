/**
 * Links raw spans to entities. People first: full names form the article's cast, surnames
 * and titled references join them, and each person links to the KB once for all their mentions.
 * Then organisations and places, with the countries the article is about as context.
 */
import type { Token } from '../text/normalise.js';
import { AliasType, type AliasHit, type EntityHead, type KbLookup } from '../kb/lookup.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { DEMONYMS } from '../lexicon/org-place-words.js';
import { NAME_PARTICLES, isNameParticle, isRoleWord, isTitleWord } from '../lexicon/titles.js';
import { isGivenName } from '../recognise/people.js';
import { gapKind, isCapitalised } from '../recognise/chunks.js';
import { invertedAuthorWord } from '../recognise/citations.js';
import type { RawSpan } from '../recognise/segment.js';
import { chooseEntity, type Choice, type LinkContext } from './choose.js';
import { PersonIndex, isAmbiguousSurname } from './coref.js';
import { DISPLAY_THRESHOLD, LINK_THRESHOLD, PLACE_CONTEXT_WINDOW } from './thresholds.js';
import { teamNames } from './teams.js';

export interface LinkedSpan {
  /** Token indices [start, end). */
  start: number;
  end: number;
  kind: 'person' | 'org' | 'place';
  /** The KB entity number, when linked. */
  entity?: number;
  /** The article's person (cluster id), for people. */
  person?: number;
  confidence: number;
  titled: boolean;
}

export interface LinkInput {
  text: string;
  tokens: readonly Token[];
  spans: readonly RawSpan[];
  kb: KbLookup;
  year?: number;
}


const ALL_KINDS = new Set(['person', 'org', 'place']);
const PERSON = new Set(['person']);

/** Evidence that a span is a person, as a confidence (before linking). */
const PERSON_EVIDENCE: Record<string, number> = {
  title: 0.85, credit: 0.85, given: 0.8, initial: 0.75, speech: 0.65, kb: 0.9, coref: 0.85,
  pattern: 0.6,
};

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside', 'via', 'into']);

/** Demonyms that name a person: "Englishman", "Frenchwoman", "Republican", "Democrat". */
const PERSON_DEMONYM = /(?:man|woman|republican|democrat)s?$/;

/**
 * True when a capitalised word before a surname describes the person rather than naming someone
 * else: a title ("Gen. Smith", "Defense Secretary Hegseth"), a common word capitalised in a
 * headline ("Trump And Hegseth"), a nationality or a party ("Englishman Alliss", "the Republican
 * Trump").
 */
function describesPerson(key: string): boolean {
  // Only the nationality and party words that name a person ("Englishman", "Republican"), not
  // adjectives that also qualify things ("British Government", "Japanese Movie").
  return isTitleWord(key) || isRoleWord(key) || isCommonWord(key) || (DEMONYMS.has(key) && PERSON_DEMONYM.test(key));
}

/** May the words at `i` be read as a reference to a person of the cast? */
function referenceAllowed(
  tokens: readonly Token[],
  i: number,
  length: number,
  raw: RawSpan | undefined,
  people: PersonIndex,
): boolean {
  const key = tokens.slice(i, i + length).map((t) => t.key).join(' ');
  if (isAmbiguousSurname(people, key)) return false;
  const words = tokens.slice(i, i + length);
  if (!isCapitalised(words[words.length - 1]!)) return false;
  if (!words.every((w) => isCapitalised(w) || (NAME_PARTICLES.has(w.key) && w.shape === 'lower'))) return false;
  // A raw span that reaches further is a longer name ("Hegseth Foundation").
  if (raw && raw.end > i + length) return false;
  const before = tokens[i - 1];
  if (raw && raw.kind !== 'person' && before && PLACE_PREPOSITIONS.has(before.key)) return false;
  // A common word ("Will", "Rose") as a surname needs a capital that means something.
  if (length === 1 && isCommonWord(tokens[i]!.key) && tokens[i]!.sentenceStart) return false;
  return true;
}

/**
 * The linking context of one article, read at one offset at a time: what was linked before it
 * and which places are named near it. One object per article, moved along the text.
 */
class ArticleContext implements LinkContext {
  private offset = 0;
  readonly linked: { has(entity: number): boolean };

  constructor(
    readonly kb: KbLookup,
    readonly countries: ReadonlyMap<string, number>,
    private readonly linkedAt: ReadonlyMap<number, number>,
    private readonly places: readonly { at: number; head: EntityHead }[],
    readonly year: number | undefined,
  ) {
    this.linked = { has: (entity: number) => (this.linkedAt.get(entity) ?? Infinity) < this.offset };
  }

  at(offset: number): this {
    this.offset = offset;
    return this;
  }

  placeInContext(head: EntityHead): boolean {
    // Place mentions are in text order: look only inside the window.
    const at = this.offset;
    for (let k = lowerBound(this.places, at - PLACE_CONTEXT_WINDOW); k < this.places.length; k++) {
      const p = this.places[k]!;
      if (p.at > at + PLACE_CONTEXT_WINDOW) break;
      if (p.head === head) continue;
      if (head.region !== undefined ? p.head.region === head.region : p.head.country === head.country) return true;
    }
    return false;
  }
}

/**
 * A state or province: a place with a region code that is no town. The KB's towns and cities
 * are GeoNames populated places ("kb:geonames:…"); its divisions come from other rows.
 */
function isDivision(head: EntityHead): boolean {
  return head.kind === 'place' && head.region !== undefined && !head.id.startsWith('kb:geonames:');
}

/** True when place `a` lies in division `b`, or in country `b` (a place with no region code). */
function liesIn(a: EntityHead, b: EntityHead): boolean {
  if (a === b || a.kind !== 'place' || b.kind !== 'place') return false;
  if (b.region === undefined) return a.country === b.country;
  return isDivision(b) && a.region === b.region;
}

/**
 * "Olympia, Washington", "Atlanta, Georgia", "Paris, Texas": a place, a comma, and the state,
 * province or country it lies in. Of all the pairs of candidates, the one where the first lies in
 * the second says what both names mean (the most prominent such pair): the state of Washington,
 * not the capital; the state of Georgia, not the country. The hits each name is then read from.
 */
function qualifiedPlaces(text: string, tokens: readonly Token[], spans: readonly RawSpan[], kb: KbLookup): Map<RawSpan, AliasHit[]> {
  const out = new Map<RawSpan, AliasHit[]>();
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]!;
    // "NEW YORK (Reuters) —", "LONDON —": a dateline names a town, not the state or county of
    // the same name.
    if (a.source === 'kb' && a.kind === 'place' && datelineAt(text, tokens, a)) {
      const towns = a.hits.filter((h) => kb.entity(h.entity).id.startsWith('kb:geonames:'));
      if (towns.length > 0 && towns.length < a.hits.length) {
        out.set(a, towns);
        continue;
      }
    }
    // "Washington, D.C.": the district's own qualifier, no name of its own in the KB.
    const after = a.source === 'kb' && a.kind === 'place' ? text.slice(tokens[a.end - 1]!.end, tokens[a.end - 1]!.end + 8) : '';
    if (DC_AFTER.test(after)) {
      const dc = a.hits.filter((h) => kb.entity(h.entity).region === 'US-DC');
      if (dc.length > 0) out.set(a, dc);
      continue;
    }
    // "Washington state", "Rakhine state": the state or province of that name, not its capital.
    if (STATE_AFTER.test(after)) {
      const states = a.hits.filter((h) => isDivision(kb.entity(h.entity)));
      if (states.length > 0) out.set(a, states);
      continue;
    }
    const b = spans[k + 1];
    if (!b) break;
    // The first name may be better known as something else ("Harvard, Massachusetts", "Stanford,
    // California"): any place among its hits can make the pair.
    if (a.source !== 'kb' || b.source !== 'kb' || b.kind !== 'place' || !a.hits.some((h) => kb.entity(h.entity).kind === 'place')) continue;
    if (!/^\s*,\s*$/.test(text.slice(tokens[a.end - 1]!.end, tokens[b.start]!.start))) continue;
    let best: [AliasHit, AliasHit] | undefined;
    let bestProminence = -1;
    for (const ha of a.hits) {
      const ea = kb.entity(ha.entity);
      for (const hb of b.hits) {
        const eb = kb.entity(hb.entity);
        if (!liesIn(ea, eb) || ea.prominence + eb.prominence <= bestProminence) continue;
        best = [ha, hb];
        bestProminence = ea.prominence + eb.prominence;
      }
    }
    if (!best) continue;
    out.set(a, [best[0]]);
    out.set(b, [best[1]]);
  }
  return out;
}

/** After a dateline's town: its state or country, then the agency in brackets or a dash. */
const DATELINE_AFTER = /^(?:,? [\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?)?(?: \([\p{Lu}][\p{L}]{1,20}\))? [-–—]/u;

/** True when span `a` is the town of a dateline: in capitals, first on its line. */
function datelineAt(text: string, tokens: readonly Token[], a: RawSpan): boolean {
  const first = tokens[a.start]!;
  const last = tokens[a.end - 1]!;
  if (first.shape !== 'upper' || last.shape !== 'upper') return false;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  if (text.slice(lineStart, first.start).trim() !== '') return false;
  return DATELINE_AFTER.test(text.slice(last.end, last.end + 60));
}

const DC_AFTER = /^\s*,\s*D\.\s?C\b/;
/** "state" in lower case right after a name: the state itself ("Washington state"). */
const STATE_AFTER = /^ state\b/;

/** First index whose offset is at least `at`, in a list sorted by offset. */
function lowerBound(list: readonly { at: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface LinkOutput {
  spans: LinkedSpan[];
  people: PersonIndex;
  /** Per person cluster: the KB entity it links to, if any. */
  personEntity: Map<number, Choice>;
}

export function link(input: LinkInput): LinkOutput {
  const { tokens, kb } = input;
  const people = new PersonIndex();
  const givenName = (key: string): boolean => isGivenName(key, kb);
  // The lookup key of a span: its tokens' keys joined by spaces, with no array in between.
  const keyOf = (s: { start: number; end: number }): string => {
    let key = tokens[s.start]!.key;
    for (let k = s.start + 1; k < s.end; k++) key += ' ' + tokens[k]!.key;
    return key;
  };
  const keysOf = (s: { start: number; end: number }): string[] =>
    tokens.slice(s.start, s.end).map((t) => t.key);

  // 1. The cast: every person span of two or more words is a full name.
  const spanPerson = new Map<RawSpan, number>();
  // People named with firm evidence (a title, a given name, the KB): only they may take over a
  // word the KB knows as a place or an organisation ("Paris said" after "Enrique Paris").
  const firm = new Set<number>();
  for (const span of input.spans) {
    if (span.kind === 'person' && span.end - span.start >= 2 && span.source !== 'kb') {
      const id = people.addFull(keysOf(span)).id;
      spanPerson.set(span, id);
      if (span.source !== 'repeat' && span.source !== 'speech') firm.add(id);
    } else if (span.kind === 'person' && span.end - span.start >= 2 &&
      span.hits.some((h) => h.type === AliasType.Full && kb.entity(h.entity).kind === 'person')) {
      const id = people.addFull(keysOf(span)).id;
      spanPerson.set(span, id);
      firm.add(id);
    }
  }

  // 2. References: wherever a full name or a surname form of someone in the cast is written
  // ("Hegseth", "Lopez Obrador", "von der Leyen"), that person is meant — over a KB name of
  // another kind ("Paris said", after "Enrique Paris"), but not after a place preposition
  // ("in Paris").
  // Spans by their first token: arrays, read at every capitalised token of the text.
  const fullSpanAt: (RawSpan | undefined)[] = new Array(tokens.length);
  const firstFull = new Map<number, number>();
  for (const [span, id] of spanPerson) {
    fullSpanAt[span.start] = span;
    firstFull.set(id, Math.min(firstFull.get(id) ?? Infinity, span.start));
  }
  const rawAt: (RawSpan | undefined)[] = new Array(tokens.length);
  for (const span of input.spans) if (!spanPerson.has(span)) rawAt[span.start] = span;
  const spans: RawSpan[] = [];
  for (let i = 0; i < tokens.length;) {
    // Spans start at capitalised words or name particles ("al-", "von"): skip other words fast.
    const first = tokens[i]!;
    if (first.shape === 'lower' && !isNameParticle(first.key)) {
      i++;
      continue;
    }
    const full = fullSpanAt[i];
    if (full) {
      spans.push(full);
      i = full.end;
      continue;
    }
    const raw = rawAt[i];
    const t = tokens[i]!;
    let found = isCapitalised(t) || (NAME_PARTICLES.has(t.key) && t.shape === 'lower')
      ? people.matchAt(tokens, i)
      : undefined;
    if (found && found.length === 1 && !isCapitalised(t)) found = undefined;
    // One word of an author's name in a reference list refers to no one the article names.
    if (found && found.length === 1 && invertedAuthorWord(input.text, t, givenName)) found = undefined;
    // A given name alone, when one person of the article has it and it is no common word.
    if (!found && t.shape === 'title' && !isCommonWord(t.key) && (!raw || raw.end === i + 1) &&
      !t.sentenceStart && !invertedAuthorWord(input.text, t, givenName)) {
      const cluster = givenName(t.key) ? people.byGivenName(t.key) : undefined;
      if (cluster && firm.has(cluster.id) && (!raw || raw.kind === 'person')) found = { cluster, length: 1 };
    }
    // A surname glued to a name before it is that other name's: "Jordan Smith" is not Adam Smith.
    // A word that describes the person is no other name (see `describesPerson`).
    // Particles belong to the surname: "Abdullatif Al-Zayani" is looked at from "Abdullatif".
    let p = i - 1;
    while (p > 0 && isNameParticle(tokens[p]!.key) && gapKind(input.text, tokens[p]!, tokens[p + 1]!) !== 'break') p--;
    const prev = p >= 0 ? tokens[p] : undefined;
    if (found && prev && isCapitalised(prev) && gapKind(input.text, prev, tokens[p + 1]!) === 'space' && !describesPerson(prev.key) &&
      keyOf({ start: i, end: i + found.length }) !== found.cluster.fullKey) {
      found = undefined;
    }
    // Over a KB place or organisation, only a firm person, and only after the full name:
    // "Jordan said" before "Michael Jordan" is the country.
    if (found && referenceAllowed(tokens, i, found.length, raw, people) &&
      (!raw || raw.kind === 'person' ||
        (firm.has(found.cluster.id) && (firstFull.get(found.cluster.id) ?? Infinity) < i))) {
      const end = i + found.length;
      const span: RawSpan = {
        start: i, end, kind: 'person', source: 'coref', hits: [], strong: true, commonWord: false,
        titled: raw?.titled ?? false,
      };
      spanPerson.set(span, found.cluster.id);
      spans.push(span);
      // Raw spans inside the reference give way to it.
      i = end;
      continue;
    }
    if (raw) {
      spans.push(raw);
      i = raw.end;
      continue;
    }
    i++;
  }
  spans.sort((a, b) => a.start - b.start);

  // 3. Context: countries of confidently named places; linked entities grow as we go.
  const countries = new Map<string, number>();
  // Entity → offset of its first confident link: "already named" means named before.
  const linkedAt = new Map<number, number>();
  const link = (entity: number, at: number): void => {
    if ((linkedAt.get(entity) ?? Infinity) > at) linkedAt.set(entity, at);
  };
  const placeMentions: { at: number; head: EntityHead }[] = [];
  for (const span of spans) {
    if (span.kind !== 'place' || span.source !== 'kb') continue;
    // One place by that name (not counting small ones): hits come most prominent first.
    let head: EntityHead | undefined;
    let count = 0;
    for (const h of span.hits) {
      const e = kb.entity(h.entity);
      if (e.kind !== 'place' || e.needsContext) continue;
      if (++count > 1) break;
      head = e;
    }
    if (count !== 1 || !head) continue;
    placeMentions.push({ at: tokens[span.start]!.start, head });
    if (head.country) countries.set(head.country, (countries.get(head.country) ?? 0) + 1);
  }
  const context = new ArticleContext(kb, countries, linkedAt, placeMentions, input.year);
  const ctxFor = (at: number): LinkContext => context.at(at);

  // 4. People: one KB link per cluster, from its full-name mentions first.
  const personEntity = new Map<number, Choice>();
  const unknownFull = new Set<number>();
  for (const span of spans) {
    const cluster = spanPerson.get(span);
    if (cluster === undefined || span.source === 'coref') continue;
    if (span.end - span.start < 2) continue;
    const choice = chooseEntity(span.hits, ctxFor(tokens[span.start]!.start), {
      kinds: PERSON, allowSurname: false, strong: span.strong, commonWord: false, key: keyOf(span),
    });
    if (choice && choice.confidence >= LINK_THRESHOLD) {
      const prior = personEntity.get(cluster);
      if (!prior || prior.confidence < choice.confidence) personEntity.set(cluster, choice);
      link(choice.entity, tokens[span.start]!.start);
    } else {
      unknownFull.add(cluster);
    }
  }
  // A cluster whose full name the KB does not know must not link by surname to someone else.
  for (const c of unknownFull) if (!personEntity.has(c)) personEntity.delete(c);

  const out: LinkedSpan[] = [];
  const surnameOnly = new Map<string, Choice | undefined>();
  const qualified = qualifiedPlaces(input.text, tokens, spans, kb);
  const teams = teamNames(input.text, tokens, spans, (span) => span.hits.some((h) => kb.entity(h.entity).kind === 'place'), keyOf);
  for (const span of spans) {
    const cluster = spanPerson.get(span);
    if (cluster !== undefined) {
      const choice = personEntity.get(cluster);
      const base = PERSON_EVIDENCE[span.source] ?? 0.7;
      out.push({
        start: span.start, end: span.end, kind: 'person', person: cluster,
        entity: choice?.entity,
        confidence: choice ? Math.min(choice.confidence, 0.99) : base,
        titled: span.titled,
      });
      continue;
    }
    if (span.kind === 'person') {
      // A single titled name ("President Trump", "Mr. Maliki") or a KB surname with no full name
      // in the article: link by prominence, else show as the article's own person.
      const key = keyOf(span);
      let choice = surnameOnly.get(key);
      if (!surnameOnly.has(key)) {
        choice = chooseEntity(span.hits, ctxFor(tokens[span.start]!.start), {
          kinds: PERSON, allowSurname: true, strong: span.strong, commonWord: span.commonWord, key,
        });
        if (choice && choice.confidence < LINK_THRESHOLD) choice = undefined;
        surnameOnly.set(key, choice);
      }
      // A KB surname that did not link names no one we can show.
      const evidence = span.source === 'kb' ? 0 : PERSON_EVIDENCE[span.source] ?? 0.6;
      const confidence = choice ? choice.confidence : evidence;
      if (confidence < DISPLAY_THRESHOLD) continue;
      if (choice) link(choice.entity, tokens[span.start]!.start);
      const c = people.addFull(keysOf(span));
      out.push({ start: span.start, end: span.end, kind: 'person', person: c.id, entity: choice?.entity, confidence, titled: span.titled });
      continue;
    }
    if (span.source === 'pattern') {
      const confidence = span.strong ? 0.7 : 0.55;
      if (confidence >= DISPLAY_THRESHOLD) out.push({ start: span.start, end: span.end, kind: span.kind, confidence, titled: false });
      continue;
    }
    // A place qualified by its state ("Olympia, Washington") is in its context, word or not.
    const qualifiedHits = qualified.get(span);
    const choice = chooseEntity(qualifiedHits ?? span.hits, ctxFor(tokens[span.start]!.start), {
      kinds: ALL_KINDS, allowSurname: true, strong: span.strong, commonWord: span.commonWord && qualifiedHits === undefined,
      bareWord: span.end - span.start === 1 && !tokens[span.start]!.possessive,
      key: keyOf(span),
    });
    if (!choice || choice.confidence < LINK_THRESHOLD) continue;
    const head = kb.entity(choice.entity);
    // A state or city the article uses as a sports team's name is the team, whom we cannot
    // show. (A country stays: its national team plays for it, and a country card still fits.)
    if (head.kind === 'place' && head.region !== undefined && teams.has(keyOf(span))) continue;
    link(choice.entity, tokens[span.start]!.start);
    out.push({ start: span.start, end: span.end, kind: head.kind, entity: choice.entity, confidence: choice.confidence, titled: false });
  }
  return { spans: out, people, personEntity };
}
