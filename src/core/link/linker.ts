/**
 * Links raw spans to entities. People first: full names form the article's cast, surnames
 * and titled references join them, and each person links to the KB once for all their mentions.
 * Then organisations and places, with the countries the article is about as context.
 */
import type { Token } from '../text/normalise.js';
import { AliasType, type EntityHead, type KbLookup } from '../kb/lookup.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { isCapitalised } from '../recognise/chunks.js';
import type { RawSpan } from '../recognise/segment.js';
import { chooseEntity, type Choice, type LinkContext } from './choose.js';
import { PersonIndex, isAmbiguousSurname } from './coref.js';
import { DISPLAY_THRESHOLD, LINK_THRESHOLD, PLACE_CONTEXT_WINDOW } from './thresholds.js';

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

export interface LinkOutput {
  spans: LinkedSpan[];
  people: PersonIndex;
  /** Per person cluster: the KB entity it links to, if any. */
  personEntity: Map<number, Choice>;
}

export function link(input: LinkInput): LinkOutput {
  const { tokens, kb } = input;
  const people = new PersonIndex();
  const keysOf = (s: { start: number; end: number }): string[] =>
    tokens.slice(s.start, s.end).map((t) => t.key);

  // 1. The cast: every person span of two or more words is a full name.
  const spanPerson = new Map<RawSpan, number>();
  for (const span of input.spans) {
    if (span.kind === 'person' && span.end - span.start >= 2 && span.source !== 'kb') {
      spanPerson.set(span, people.addFull(keysOf(span)).id);
    } else if (span.kind === 'person' && span.end - span.start >= 2 &&
      span.hits.some((h) => h.type === AliasType.Full && kb.entity(h.entity).kind === 'person')) {
      spanPerson.set(span, people.addFull(keysOf(span)).id);
    }
  }

  // 2. Surname references: spans (of any kind) and loose capitalised words that are a surname
  // form of someone in the cast become that person.
  const spans: RawSpan[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const span of input.spans) {
    if (!spanPerson.has(span) && span.end - span.start <= 3) {
      const key = keysOf(span).join(' ');
      const cluster = people.bySurnameKey(key);
      if (cluster && !isAmbiguousSurname(people, key)) {
        const asPerson: RawSpan = { ...span, kind: 'person', source: 'coref' };
        spanPerson.set(asPerson, cluster.id);
        spans.push(asPerson);
        covered.fill(true, span.start, span.end);
        continue;
      }
    }
    spans.push(span);
    covered.fill(true, span.start, span.end);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isCapitalised(tokens[i]!)) continue;
    const found = people.matchAt(tokens, i);
    if (!found) continue;
    const end = i + found.length;
    if (covered.slice(i, end).some(Boolean)) continue;
    if (!tokens.slice(i, end).every(isCapitalised)) continue;
    const key = keysOf({ start: i, end }).join(' ');
    if (isAmbiguousSurname(people, key)) continue;
    // A common word ("Will", "Rose") as a surname needs a capital that means something.
    if (found.length === 1 && isCommonWord(tokens[i]!.key) && tokens[i]!.sentenceStart) continue;
    const span: RawSpan = {
      start: i, end, kind: 'person', source: 'coref', hits: [], strong: true, commonWord: false,
      titled: false,
    };
    spanPerson.set(span, found.cluster.id);
    spans.push(span);
    covered.fill(true, i, end);
  }
  spans.sort((a, b) => a.start - b.start);

  // 3. Context: countries of confidently named places; linked entities grow as we go.
  const countries = new Map<string, number>();
  const linked = new Set<number>();
  const placeMentions: { at: number; head: EntityHead }[] = [];
  for (const span of spans) {
    if (span.kind !== 'place' || span.source !== 'kb') continue;
    const places = span.hits.filter((h) => kb.entity(h.entity).kind === 'place' && !kb.entity(h.entity).needsContext);
    if (places.length !== 1) continue;
    const head = kb.entity(places[0]!.entity);
    placeMentions.push({ at: tokens[span.start]!.start, head });
    if (head.country) countries.set(head.country, (countries.get(head.country) ?? 0) + 1);
  }
  const ctxFor = (at: number): LinkContext => ({
    kb, countries, linked, year: input.year,
    placeInContext: (head) => placeMentions.some((p) =>
      Math.abs(p.at - at) <= PLACE_CONTEXT_WINDOW && p.head !== head &&
      ((head.region !== undefined && p.head.region === head.region) ||
        (head.region === undefined && p.head.country === head.country))),
  });

  // 4. People: one KB link per cluster, from its full-name mentions first.
  const personEntity = new Map<number, Choice>();
  const unknownFull = new Set<number>();
  for (const span of spans) {
    const cluster = spanPerson.get(span);
    if (cluster === undefined || span.source === 'coref') continue;
    if (span.end - span.start < 2) continue;
    const choice = chooseEntity(span.hits, ctxFor(tokens[span.start]!.start), {
      kinds: PERSON, allowSurname: false, strong: span.strong, commonWord: false,
    });
    if (choice && choice.confidence >= LINK_THRESHOLD) {
      const prior = personEntity.get(cluster);
      if (!prior || prior.confidence < choice.confidence) personEntity.set(cluster, choice);
      linked.add(choice.entity);
    } else {
      unknownFull.add(cluster);
    }
  }
  // A cluster whose full name the KB does not know must not link by surname to someone else.
  for (const c of unknownFull) if (!personEntity.has(c)) personEntity.delete(c);

  const out: LinkedSpan[] = [];
  const surnameOnly = new Map<string, Choice | undefined>();
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
      const key = keysOf(span).join(' ');
      let choice = surnameOnly.get(key);
      if (!surnameOnly.has(key)) {
        choice = chooseEntity(span.hits, ctxFor(tokens[span.start]!.start), {
          kinds: PERSON, allowSurname: true, strong: span.strong, commonWord: span.commonWord,
        });
        if (choice && choice.confidence < LINK_THRESHOLD) choice = undefined;
        surnameOnly.set(key, choice);
      }
      const evidence = span.source === 'kb' ? (span.strong ? 0.7 : 0.55) : PERSON_EVIDENCE[span.source] ?? 0.6;
      const confidence = choice ? choice.confidence : evidence;
      if (confidence < DISPLAY_THRESHOLD) continue;
      if (choice) linked.add(choice.entity);
      const c = people.addFull(keysOf(span));
      out.push({ start: span.start, end: span.end, kind: 'person', person: c.id, entity: choice?.entity, confidence, titled: span.titled });
      continue;
    }
    if (span.source === 'pattern') {
      const confidence = span.strong ? 0.7 : 0.55;
      if (confidence >= DISPLAY_THRESHOLD) out.push({ start: span.start, end: span.end, kind: span.kind, confidence, titled: false });
      continue;
    }
    const choice = chooseEntity(span.hits, ctxFor(tokens[span.start]!.start), {
      kinds: ALL_KINDS, allowSurname: true, strong: span.strong, commonWord: span.commonWord,
    });
    if (!choice || choice.confidence < LINK_THRESHOLD) continue;
    const head = kb.entity(choice.entity);
    linked.add(choice.entity);
    out.push({ start: span.start, end: span.end, kind: head.kind, entity: choice.entity, confidence: choice.confidence, titled: false });
  }
  return { spans: out, people, personEntity };
}
