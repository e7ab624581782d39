/**
 * Splits each capitalised run into what it holds: titles, KB names (people, organisations,
 * places), people the KB does not know, and organisation or place names built on a head word
 * ("… University", "… River"). The result is a list of raw spans for the linker; nothing is
 * decided here about which entity a KB name means.
 */
import { foldWord, possessiveEndingLength, type Token } from '../text/normalise.js';
import { AliasType, type AliasHit, type EntityHead, type KbLookup } from '../kb/lookup.js';
import { FUNCTION_WORDS, isCommonWord } from '../lexicon/common-words.js';
import { invertedAuthorWord } from './citations.js';
import { stateAbbreviationAt } from './state-abbreviations.js';
import { DEMONYMS, MONTH_WORDS, ORG_HEADS_OF, ORG_SUFFIXES, PLACE_HEADS_OF, PLACE_SUFFIXES } from '../lexicon/org-place-words.js';
import { PERSONAL_HONORIFICS, SPEECH_VERBS, isRoleWord, isTitleWord } from '../lexicon/titles.js';
import { appositiveAfter } from '../context/appositive.js';
import { roleBefore, titleZoneEnd } from '../context/titles.js';
import { capitalisedRuns, gapKind, isCapitalised, joinableAfter } from './chunks.js';
import { guardMatch, type CaseEvidence, type GuardedMatch } from './guards.js';
import { matchesAt } from './kb-matcher.js';
import { definedAcronyms } from './acronyms.js';
import { isGivenName, personEvidence, speaks, type PersonEvidence, type PersonTest } from './people.js';
import { PROMINENT_SURNAME } from '../link/thresholds.js';

export type SpanSource = 'kb' | PersonEvidence | 'credit' | 'pattern' | 'coref';

export interface RawSpan {
  /** Token indices [start, end). */
  start: number;
  end: number;
  kind: 'person' | 'org' | 'place';
  source: SpanSource;
  /** KB entities the span's words may name (all kinds; the linker filters). */
  hits: readonly AliasHit[];
  /** The first token's capital is evidence (mid-sentence prose). */
  strong: boolean;
  /** A single common word: needs more than a capital to link. */
  commonWord: boolean;
  titled: boolean;
}

/**
 * Credit lines name people: "REUTERS/Jane Roe", "(Reporting by Jane Roe and John Doe; Editing
 * by Max Mustermann)". Only names, commas and "and" may stand between the "by" and the name.
 */
const CREDIT_BEFORE = /(?:\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Bloomberg)\s*\/\s*|^\s*[Bb]y\s+|\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]hoto(?:graph)?s?|[Pp]hotographed)\s+by\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:(?:and|&)\s+|,\s*)?(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:and|&)\s+|(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4},\s*)*)$/u;

/** Words before a storm's given name ("Tropical Storm Isaias" keeps "Storm" in the run). */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'superstorm', 'supertyphoon']);

/** Words a photo credit line uses for where a picture came from ("Pool via REUTERS", "Handout"). */
const CREDIT_LINE_WORDS = new Set(['pool', 'handout', 'courtesy', 'file', 'staff', 'illustration', 'photo', 'photos']);

/** Words of a credit line that are not names: "Writing by", "Editing by". */
const CREDIT_VERBS = new Set(['reporting', 'writing', 'editing', 'additional', 'compiled', 'photo', 'photos']);

export interface SegmentInput {
  text: string;
  tokens: readonly Token[];
  kb: KbLookup;
  evidence: CaseEvidence;
  /** Capitalised words written alone (a run of one), with their counts: surnames used later. */
  isolated: ReadonlyMap<string, number>;
  /** Keys of the wire services the text credits in a dateline or a photo credit: organisations. */
  wireServices: ReadonlySet<string>;
  /** Acronyms the text defines for an organisation ("European Central Bank (ECB)"), as found. */
  orgAcronyms: Set<string>;
  /**
   * Every acronym the text spells out, with the folded name it stands for (see `acronyms.ts`);
   * read on the first word in capitals that the KB knows.
   */
  acronyms?: ReadonlyMap<string, string>;
  /** Given names: the built-in list and the KB's people's. */
  givenName: (key: string) => boolean;
  /** Per token: the guarded KB match there (null: none), once looked up. */
  kbMemo: (GuardedMatch | null | undefined)[];
  /** The person test, moved from position to position: one object for the whole text. */
  personTest: RunPersonTest;
}

/**
 * A word used alone more often than this is the article's own term for something (a product,
 * a people, a team), not a surname that a weak two-word name can claim: "Mozilla" alone 144
 * times on its own page, one quoted title "…Publicly Rips Mozilla".
 */
const MAX_SURNAME_REPEATS = 20;

/**
 * The person test of one position of a run. Its costlier facts (a major place at the end, an
 * appositive after, a surname used alone elsewhere) are read only when `personEvidence` gets
 * to them — most stretches are decided before — and one object serves every position.
 */
class RunPersonTest implements PersonTest {
  text = '';
  tokens: readonly Token[] = [];
  start = 0;
  end = 0;
  kb!: KbLookup;
  caseless: readonly boolean[] = [];
  lowerKeys: ReadonlySet<string> = new Set();
  titled = false;
  mononymFirst = false;
  private input!: SegmentInput;
  private m: GuardedMatch | undefined;
  private joinAny!: (left: number) => boolean;

  at(
    input: SegmentInput, start: number, end: number, titled: boolean, mononymFirst: boolean,
    m: GuardedMatch | undefined, joinAny: (left: number) => boolean,
  ): this {
    this.input = input;
    this.text = input.text;
    this.tokens = input.tokens;
    this.kb = input.kb;
    this.caseless = input.evidence.caseless;
    this.lowerKeys = input.evidence.lowerKeys;
    this.start = start;
    this.end = end;
    this.titled = titled;
    this.mononymFirst = mononymFirst;
    this.m = m;
    this.joinAny = joinAny;
    return this;
  }

  get lastIsMajorPlace(): boolean {
    return this.end - this.start >= 2 && majorPlace(this.kb, kbAt(this.input, this.end - 1, this.joinAny));
  }

  get appositive(): boolean {
    return this.end - this.start >= 2 && appositiveAfter(this.text, this.tokens, this.end) !== undefined;
  }

  /** Only for words no KB knows as a place or an organisation: "New Mexico-Texas" is no one. */
  get repeatedSurname(): boolean {
    const { input, end } = this;
    const alone = input.isolated.get(this.tokens[end - 1]!.key) ?? 0;
    return end - this.start >= 2 && alone > 0 && alone <= MAX_SURNAME_REPEATS &&
      onlyPeople(this.kb, this.m) && onlyPeople(this.kb, kbAt(input, end - 1, this.joinAny));
  }
}

/**
 * A dateline's wire service: "BEIJING (Reuters) -", "NEW YORK, Dec 7 (AP) —", "Dec 7 (AFP) -". A
 * line opens with a place in capitals and/or a date, then one capitalised word in brackets and
 * a dash.
 */
const DATELINE = /(?:\p{Lu}[\p{Lu}.'’-]+(?:[ /]\p{Lu}[\p{Lu}.'’-]+)*(?:, \p{Lu}\p{Ll}{2,8}\.? \d{1,2})?|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}) \((\p{Lu}\p{L}{1,20})\) [-–—] /uy;

/** A photo credit's agency, in capitals, opening a line: "REUTERS / Jane Roe". */
const AGENCY_SLASH = /(\p{Lu}{3,})[ \t]?\//uy;

/** … or after "via", ending the line or before a slash: "Jane Roe / Pool via REUTERS". */
const VIA_AGENCY = /via (\p{Lu}{3,})(?=[ \t]?\/|[ \t]*(?:[\r\n]|$))/uy;

/**
 * The wire services a text credits (folded keys): organisations wherever the text names them.
 * Only the lines holding a ") -" or a "/" are read, and the places after "via": credits are rare,
 * and looking for them must cost next to nothing in the articles without.
 */
export function wireServices(text: string): Set<string> {
  const found = new Set<string>();
  lineStartCredits(text, ') ', DATELINE, found, (at) => {
    const dash = text.charCodeAt(at + 2);
    return dash === 45 || dash === 0x2013 || dash === 0x2014;
  });
  lineStartCredits(text, '/', AGENCY_SLASH, found);
  for (let at = text.indexOf('via '); at >= 0; at = text.indexOf('via ', at + 4)) {
    const before = text.charCodeAt(at - 1);
    if ((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95) continue;
    VIA_AGENCY.lastIndex = at;
    const via = VIA_AGENCY.exec(text);
    if (via) found.add(foldWord(via[1]!));
  }
  return found;
}

/**
 * For each line holding `needle` (at a place `at` that `near` accepts), runs the sticky
 * `pattern` once from the line's start and adds the folded first group it captures.
 */
function lineStartCredits(text: string, needle: string, pattern: RegExp, found: Set<string>, near: (at: number) => boolean = () => true): void {
  let lastLine = -1;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    if (!near(at)) continue;
    const line = text.lastIndexOf('\n', at) + 1;
    if (line === lastLine) continue;
    lastLine = line;
    pattern.lastIndex = line;
    const credit = pattern.exec(text);
    if (credit) found.add(foldWord(credit[1]!));
  }
}

/** Counts the capitalised words that stand alone: a run of one, not a common word. */
export function isolatedWords(runs: readonly { start: number; end: number }[], tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs) {
    if (run.end - run.start !== 1) continue;
    const t = tokens[run.start]!;
    if (t.shape !== 'title' || isCommonWord(t.key)) continue;
    // At a sentence start a capital means little, unless the word speaks ("Garbers said").
    const next = tokens[run.end];
    if (t.sentenceStart && !(next && SPEECH_VERBS.has(next.key))) continue;
    counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  }
  return counts;
}

export function segment(base: Omit<SegmentInput, 'isolated' | 'wireServices' | 'orgAcronyms' | 'acronyms' | 'givenName' | 'kbMemo' | 'personTest'>): RawSpan[] {
  const { text, tokens, kb } = base;
  const joinable = (left: number): boolean => joinableAfter(text, tokens, left);
  const lineJoin = (left: number): boolean => {
    // A name written across a line break: the line ends with a given name, an initial or a
    // title, and no full stop.
    const t = tokens[left]!;
    return isGivenName(t.key, kb) || isTitleWord(t.key) || t.end - t.start === 1;
  };
  const runs = capitalisedRuns(text, tokens, lineJoin);
  // The KB may also read a name across a spaced ampersand ("Johnson & Johnson", "Procter &
  // Gamble"), though runs never join there: "Tom Smith & Jane Roe" are two people.
  const joinAny = (left: number): boolean => {
    if (joinable(left)) return true;
    const gap = gapKind(text, tokens[left]!, tokens[left + 1]!);
    return gap === 'spaced-amp' || (gap === 'line' && lineJoin(left));
  };
  const input: SegmentInput = {
    ...base, isolated: isolatedWords(runs, tokens), wireServices: wireServices(text), orgAcronyms: new Set(),
    givenName: (key) => isGivenName(key, kb),
    kbMemo: new Array(tokens.length),
    personTest: new RunPersonTest(),
  };
  const spans: RawSpan[] = [];
  let covered = 0;
  for (const run of runs) {
    if (run.end <= covered) continue;
    const start = Math.max(run.start, covered);
    covered = segmentRun(input, start, run.end, joinable, joinAny, spans);
  }
  return spans.filter((s) => !possessiveOfName(text, tokens, s.end - 1));
}

/**
 * "Lloyd's of London", "Ripley's of …": a name ending in a possessive with "of" and a capitalised
 * word right after is the first word of a longer name, not a person or a thing of its own.
 */
function possessiveOfName(text: string, tokens: readonly Token[], last: number): boolean {
  const t = tokens[last]!;
  const of = tokens[last + 1];
  const next = tokens[last + 2];
  return t.possessive && of?.key === 'of' && of.shape === 'lower' && next !== undefined && isCapitalised(next) &&
    text.slice(t.end + possessiveEndingLength(text, t), of.start) === ' ' && gapKind(text, of, next) === 'space';
}

/** Longest KB alias at `i` that passes the guards, or undefined. Memoised per token. */
function kbAt(
  input: SegmentInput,
  i: number,
  joinable: (left: number) => boolean,
): GuardedMatch | undefined {
  const memo = input.kbMemo;
  const known = memo[i];
  if (known !== undefined) return known ?? undefined;
  let found: GuardedMatch | null = null;
  for (const m of matchesAt(input.tokens, i, input.kb, joinable)) {
    const g = guardMatch(m, input.tokens, input.evidence);
    const spelled = g && withDefinedAcronyms(g, input);
    const kept = spelled && withoutShoutedSmallPlaces(withoutDemonymPlaces(spelled, input), input);
    if (kept) {
      found = kept;
      break;
    }
  }
  memo[i] = found;
  return found ?? undefined;
}

/**
 * A word in capitals inside mixed-case prose is an acronym or a term ("AJAX", "LOT"), not the small
 * town or the person its letters spell; organisations ("REUTERS", "OPEC") and major places
 * ("LONDON / BRUSSELS (Reuters)") keep their hits, and a line's first word may be a dateline.
 */
function withoutShoutedSmallPlaces(g: GuardedMatch | undefined, input: SegmentInput): GuardedMatch | undefined {
  if (!g || g.end - g.start !== 1) return g;
  const t = input.tokens[g.start]!;
  if (t.shape !== 'upper' || t.end - t.start < 3 || t.sentenceStart || (input.evidence.caseless[g.start] ?? false)) return g;
  const kb = input.kb;
  const small = (h: AliasHit): boolean => {
    if (h.type === AliasType.Acronym) return false;
    const head = kb.entity(h.entity);
    return head.kind === 'person' || (head.kind === 'place' && head.prominence < MAJOR_PLACE);
  };
  if (!g.hits.some(small)) return g;
  const hits = g.hits.filter((h) => !small(h));
  return hits.length > 0 ? { ...g, hits } : undefined;
}

/** What a head word followed by "of" starts: an organisation, a place, or neither. */
function headOfKind(key: string): 'org' | 'place' | undefined {
  if (ORG_HEADS_OF.has(key)) return 'org';
  return PLACE_HEADS_OF.has(key) ? 'place' : undefined;
}

/**
 * An acronym the article spells out itself ("Asynchronous Task Framework (ATF)") names what the
 * article says: of its KB hits, only the entities also known by that spelled-out name stay.
 */
function withDefinedAcronyms(g: GuardedMatch, input: SegmentInput): GuardedMatch | undefined {
  const token = input.tokens[g.start]!;
  if (g.end - g.start !== 1 || token.shape !== 'upper') return g;
  input.acronyms ??= definedAcronyms(input.text);
  const spelled = input.acronyms.get(token.key);
  if (spelled === undefined) return g;
  const named = new Set((input.kb.lookup(spelled) ?? []).map((h) => h.entity));
  const hits = g.hits.filter((h) => named.has(h.entity));
  return hits.length > 0 ? { ...g, hits } : undefined;
}

/**
 * A nationality word alone ("German", "Mexican") is an adjective, never the small place that
 * happens to bear the name (German, New York): its place hits are dropped.
 */
function withoutDemonymPlaces(g: GuardedMatch, input: SegmentInput): GuardedMatch | undefined {
  const key = input.tokens[g.start]!.key;
  // Compass words are demonyms in the lexicon ("South Korean") but also regions ("the South").
  if (g.end - g.start !== 1 || !DEMONYMS.has(key) || COMPASS_WORDS.has(key)) return g;
  const kb = input.kb;
  if (g.hits.every((h) => kb.entity(h.entity).kind !== 'place')) return g;
  const hits = g.hits.filter((h) => kb.entity(h.entity).kind !== 'place');
  return hits.length > 0 ? { ...g, hits } : undefined;
}

function segmentRun(
  input: SegmentInput,
  runStart: number,
  runEnd: number,
  joinable: (left: number) => boolean,
  joinAny: (left: number) => boolean,
  out: RawSpan[],
): number {
  const { text, tokens, kb, evidence } = input;
  let end = runEnd;
  const state = stateAbbreviationAt(text, tokens, kb, runStart, runEnd);
  if (state) {
    out.push(state);
    return runEnd;
  }
  if (namesNothing(text, tokens, runStart, runEnd, input.givenName)) return runEnd;
  // "Sarah White Writing by …": the credit verb is not part of the name.
  while (end - runStart > 1 && CREDIT_VERBS.has(tokens[end - 1]!.key) &&
    (tokens[end]?.key === 'by' || tokens[end]?.key === 'reporting')) end--;
  // "University of Texas", "Bank of England": an organisation head with "of".
  let i = runStart;
  const zoneEnd = titleZoneEnd(tokens, runStart, end);
  // The title zone may hold an organisation or a country: "U.S. President", "Tesla CEO".
  while (i < zoneEnd) {
    const t = tokens[i]!;
    const m = kbAt(input, i, joinAny);
    if (isRoleWord(t.key) && !isCapitalisedNameOnly(t)) {
      // A name the KB knows that starts with a role word is that name, not a title: "General
      // Motors", "White House", "Air Force", "Supreme Court" — even where it runs past the zone.
      const named = m && m.end - m.start >= 2 ? kbSpan(m, kb) : undefined;
      if (m && named && named.kind !== 'person') {
        out.push(named);
        i = m.end;
        continue;
      }
      i++;
      continue;
    }
    const zoneSpan = m && m.end <= zoneEnd ? kbSpan(m, kb) : undefined;
    if (m && zoneSpan && zoneSpan.kind !== 'person') {
      out.push(zoneSpan);
      i = m.end;
      continue;
    }
    i++;
  }
  i = Math.max(i, zoneEnd);
  // A sentence-initial common word ("The", "But", "When") is not part of a name — but in a run of
  // three or more words ending in an organisation or place head word, only a function word is
  // left out: "Field Level Media" keeps its first word, "The Washington Post" does not. (Two-word
  // runs stay as they were: letting those keep the word cost place precision on CoNLL++.)
  const headed = end - i >= 3 && (ORG_SUFFIXES.has(tokens[end - 1]!.key) || PLACE_SUFFIXES.has(tokens[end - 1]!.key));
  // A possessive inside a run is part of the name ("People's Bank of China" opening a sentence).
  while (i < end - 1 && tokens[i]!.sentenceStart && isCommonWord(tokens[i]!.key) && !tokens[i]!.possessive &&
    !isGivenName(tokens[i]!.key, kb) && !(headed && !FUNCTION_WORDS.has(tokens[i]!.key))) {
    const m = kbAt(input, i, joinAny);
    // "The Pentagon" at a sentence start: the name is "Pentagon" when the KB knows it so.
    if (m && m.end - m.start > 1 && !(tokens[i]!.key === 'the' && kbAt(input, i + 1, joinAny))) break;
    i++;
  }
  let unknownBefore = false;
  while (i < end) {
    const titled = roleBefore(text, tokens, i) !== undefined;
    const credit = end - i >= 2 && isCredit(text, tokens[i]!.start);
    const m = kbAt(input, i, joinAny);
    // A wire service the article credits, wherever else it is named: "a Reuters tally"; an
    // acronym the article defines for an organisation, there and wherever else it is used.
    if (end - i === 1 && !m && (input.wireServices.has(tokens[i]!.key) || orgAcronymAt(input, i, out))) {
      out.push(patternSpan(i, end, 'org', tokens, evidence));
      return end;
    }
    // An organisation or place head word with "of" after the run: "University of Texas at
    // Austin", "Bay of Islands" (not the Bay region of Somalia).
    const headOf = end - i === 1 ? headOfKind(tokens[i]!.key) : undefined;
    if (headOf && tokens[end]?.key === 'of' &&
      tokens[end + 1] && isCapitalised(tokens[end + 1]!) && joinable(end) && joinable(end - 1)) {
      let k = end + 2;
      while (k < tokens.length && isCapitalised(tokens[k]!) && joinable(k - 1)) k++;
      if (!m || m.end < k) {
        out.push(patternSpan(i, k, headOf, tokens, evidence));
        return k;
      }
    }
    const mononymFirst = m !== undefined && m.end === i + 1 && end - i >= 2 &&
      m.hits.some((h) => h.type === AliasType.Full && kb.entity(h.entity).kind === 'person');
    const evidenceOf = personEvidence(input.personTest.at(input, i, end, titled || credit, mononymFirst, m, joinAny));
    // "Schumacher said": a surname the KB knows, speaking — a person, if not one to link. Not
    // the second half of a hyphenated name ("Rolls-Royce said").
    if (!evidenceOf && end - i === 1 && m && m.end === end && speaks(tokens, i, end) && text.charCodeAt(tokens[i]!.start - 1) !== 45 &&
      !isCommonWord(tokens[i]!.key) && !(evidence.caseless[i] ?? false) &&
      m.hits.some((h) => h.type === AliasType.Surname) && onlyPeople(kb, m)) {
      out.push(personSpan(i, end, 'speech', m, tokens, evidence, kb, false));
      return end;
    }
    const personHitsAll = m && m.end === end && m.hits.some((h) => kb.entity(h.entity).kind === 'person');
    // A title before a name the KB knows only as a place or organisation is no title here —
    // unless it is one only people carry: "Lord Sainsbury" is no supermarket.
    const knownThing = m !== undefined && m.end === end && !onlyPeople(kb, m) &&
      !(i > 0 && PERSONAL_HONORIFICS.has(tokens[i - 1]!.key));
    if ((titled || credit) && evidenceOf && !knownThing) {
      out.push(personSpan(i, end, credit && !titled ? 'credit' : 'title', m, tokens, evidence, kb, true));
      return end;
    }
    const whole = m && m.end >= end ? kbSpan(m, kb) : undefined;
    // A surname alone after a name we did not take is that name's: "Dallas Roberts" is not John Roberts.
    if (m && whole && unknownBefore && !(evidence.caseless[i] ?? false) &&
      m.end === i + 1 && surnameAt(input, i, end, joinAny)) {
      return end;
    }
    // A place or organisation ending the run after a capitalised word nothing took is the end of
    // a longer name: "Air France", "Credit Suisse", "Health Canada", "Real Madrid", "Arab Spring".
    // A compass word or a demonym before a name only places bear leaves it its own ("Southern
    // California", "the Russian Tuva region"), as do capitals that say nothing and a given name before a major
    // place, a town without its comma ("Austin Texas").
    if (m && whole && unknownBefore && whole.kind !== 'person' && m.end === i + 1 && i > 0 &&
      !COMPASS_WORDS.has(tokens[i - 1]!.key) && !(DEMONYMS.has(tokens[i - 1]!.key) && m.hits.every((h) => kb.entity(h.entity).kind === 'place')) &&
      !(evidence.caseless[i] ?? false) &&
      !(isGivenName(tokens[i - 1]!.key, kb) && majorPlace(kb, m))) {
      return end;
    }
    if (m && whole) {
      out.push(whole);
      i = m.end;
      end = Math.max(end, m.end);
      if (i >= end) return end;
      continue;
    }
    const length = end - i;
    const lastKey = tokens[end - 1]!.key;
    // "George Bush Intercontinental Airport", "New York Times": a head word at the end names the
    // whole run, whatever the KB knows of its first words.
    if (length >= 2 && ORG_SUFFIXES.has(lastKey)) {
      const to = ofComplement(input, end, joinable);
      out.push(patternSpan(i, to, 'org', tokens, evidence));
      return to;
    }
    if (length >= 2 && PLACE_SUFFIXES.has(lastKey)) {
      out.push(patternSpan(i, end, 'place', tokens, evidence));
      return end;
    }
    if (evidenceOf) {
      out.push(personSpan(i, end, evidenceOf, personHitsAll ? m : undefined, tokens, evidence, kb, false));
      return end;
    }
    const part = m ? kbSpan(m, kb) : undefined;
    if (m && part) {
      // Part of a longer name the KB does not know: "Latin America" is not "America", "Red Bull"
      // not "Bull". An unknown capitalised word beside the match inside the run says so.
      // A surname alone inside a longer unknown name is someone else's: "Gunner Cruz".
      const surnameOnly = part.kind === 'person' && m.hits.every((h) => h.type === AliasType.Surname);
      // In a headline every word is capitalised: neighbours say nothing there.
      const loud = evidence.caseless[i] ?? false;
      // A place or organisation with a surname right after it is someone's given name: "Jordan
      // Smith", "Dallas Roberts", "Sydney Sweeney".
      if (!loud && (part.kind !== 'person' || surnameOnly) &&
        (unknownBefore || unknownAt(input, m.end, end, joinAny) || (part.kind !== 'person' && surnameAt(input, m.end, end, joinAny)))) {
        unknownBefore = true;
        i = m.end;
        continue;
      }
      out.push(part);
      i = m.end;
      end = Math.max(end, m.end);
      unknownBefore = false;
      continue;
    }
    // Opening a sentence, only a word that is no common word is surely a name ("Chelsea Clinton").
    // A role word that heads no title here is a name word like any other: "Air France",
    // "Health Canada" are not France and Canada.
    // A lower-case particle inside a run joins one name ("Partido de los Trabajadores del
    // Kurdistán"); a conjunction or an article does not ("El Salvador y Venezuela").
    const t = tokens[i]!;
    unknownBefore = isCapitalised(t)
      ? !FUNCTION_WORDS.has(t.key) && !OTHER_FUNCTION_WORDS.has(t.key) && (!t.sentenceStart || !isCommonWord(t.key)) && !isTitleWord(t.key)
      : !NOT_NAME_JOINS.has(t.key);
    i++;
  }
  return end;
}

/**
 * Runs that name nothing, whatever the KB holds under their words: a storm ("Hurricane Sandy",
 * "Typhoon Haiyan"); a function word opening a sentence ("Most major cities …", "She drew"); one
 * word of an author's name in a reference list ("Davis, Denise (2007)", "Linz, B.;"); and a
 * photo credit's own words ("Jane Roe / Pool via REUTERS / File Photo").
 */
function namesNothing(text: string, tokens: readonly Token[], start: number, end: number, givenName: (key: string) => boolean): boolean {
  const t = tokens[start]!;
  if (STORM_WORDS.has(t.key)) return end - start >= 2;
  if (end - start !== 1) return false;
  if (t.sentenceStart && t.shape === 'title' && FUNCTION_WORDS.has(t.key)) return true;
  if (invertedAuthorWord(text, t, givenName)) return true;
  return CREDIT_LINE_WORDS.has(t.key) &&
    (creditLine(text, lineStartOf(text, t.start)) || /^ via \p{Lu}{2,}/u.test(text.slice(t.end, t.end + 8)));
}

/** Words for a part of a place: "Southern California", "Central Asia", "Greater London". */
const COMPASS_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'upper', 'lower', 'greater', 'inner', 'outer', 'mid', 'downtown', 'rural', 'coastal', 'metro',
]);

/**
 * Articles and prepositions of other languages, capitalised at a sentence start: no name of
 * their own ("En Chile", "Im Iran", "Au Canada").
 */
const OTHER_FUNCTION_WORDS = new Set([
  'en', 'em', 'na', 'nas', 'nos', 'da', 'das', 'dos', 'de', 'del', 'la', 'las', 'los', 'el', 'le', 'les',
  'au', 'aux', 'du', 'des', 'dans', 'im', 'nach', 'aus', 'vom', 'zum', 'zur', 'und', 'y', 'e', 'il',
  'nel', 'della', 'per', 'tra', 'sobre', 'entre', 'desde', 'hacia', 'para', 'por',
]);

/**
 * Lower-case words inside a capitalised run that leave the next name its own: conjunctions ("El
 * Salvador y Venezuela") and articles ("En la Argentina"), unlike "of" words ("del Kurdistán").
 */
const NOT_NAME_JOINS = new Set(['and', 'y', 'e', 'et', 'und', 'i', 'och', 'og', 'la', 'el', 'los', 'las', 'le', 'les', 'il', 'lo']);

/** Words that join an organisation's head word to what it is of: "Institute of Technology". */
const OF_WORDS = new Set(['of', 'on', 'for']);
/** Lower-case words inside that complement: "Organization of the Petroleum Exporting Countries". */
const INNER_WORDS = new Set(['of', 'and', 'the', 'for', 'on']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** The longest complement taken, in tokens. */
const MAX_COMPLEMENT = 7;

/**
 * Where an organisation name ending at token `end` (its head word: "Committee", "Institute")
 * really ends, when "of", "on" or "for" and capitalised words follow: "Advisory Committee on
 * Immunization Practices", "Georgia Institute of Technology". A day or a month is no part of
 * it ("the Senate Committee on Monday").
 */
function ofComplement(input: SegmentInput, end: number, joinable: (left: number) => boolean): number {
  const { tokens } = input;
  const link = tokens[end];
  if (!link || link.shape !== 'lower' || !OF_WORDS.has(link.key) || !joinable(end - 1) || !joinable(end)) return end;
  let k = end + 1;
  if (tokens[k]?.key === 'the' && tokens[k]!.shape === 'lower' && joinable(k)) k++;
  let to = end;
  while (k < tokens.length && k - end <= MAX_COMPLEMENT) {
    const t = tokens[k]!;
    if (isCapitalised(t) && !WEEKDAYS.has(t.key) && !MONTH_WORDS.has(t.key)) {
      to = k + 1;
      if (!joinable(k)) break;
      k++;
      continue;
    }
    // "and", "of" inside the complement, only between capitalised words.
    if (to === k && t.shape === 'lower' && INNER_WORDS.has(t.key) && joinable(k)) {
      k++;
      continue;
    }
    break;
  }
  return to;
}

/**
 * Is token `i` an acronym of an organisation: one the text defined before, or its definition
 * here — in brackets right after an organisation's name ("the European Central Bank (ECB)")?
 */
function orgAcronymAt(input: SegmentInput, i: number, out: readonly RawSpan[]): boolean {
  const { text, tokens } = input;
  const t = tokens[i]!;
  if (t.shape !== 'upper' || t.key.length < 2 || t.key.length > 6 || !/^[a-z]+$/.test(t.key)) return false;
  if (input.orgAcronyms.has(t.key)) return true;
  const named = out[out.length - 1];
  if (!named || named.kind !== 'org' || named.end !== i || text.charCodeAt(t.end) !== 41) return false;
  const gap = text.slice(tokens[i - 1]!.end, t.start);
  if (gap !== ' (' && gap !== '(') return false;
  input.orgAcronyms.add(t.key);
  return true;
}

/** True when token `k` is inside the run, capitalised, and no role or organisation/place head word. */
function plainWordAt(input: SegmentInput, k: number, end: number): boolean {
  if (k >= end) return false;
  const t = input.tokens[k]!;
  return isCapitalised(t) && !isRoleWord(t.key) && !ORG_SUFFIXES.has(t.key) && !PLACE_SUFFIXES.has(t.key);
}

/** True when token `k` (inside the run) is a capitalised word neither the KB nor the lexicons know. */
function unknownAt(input: SegmentInput, k: number, end: number, joinAny: (left: number) => boolean): boolean {
  return plainWordAt(input, k, end) && kbAt(input, k, joinAny) === undefined;
}

/** True when token `k` (inside the run) is a surname the KB knows, and no country or state: "Smith", "Clinton". */
function surnameAt(input: SegmentInput, k: number, end: number, joinAny: (left: number) => boolean): boolean {
  if (!plainWordAt(input, k, end)) return false;
  const m = kbAt(input, k, joinAny);
  return m !== undefined && m.end === k + 1 && m.hits.some((h) => h.type === AliasType.Surname) && !majorPlace(input.kb, m);
}

/** Prominence from which a place is a country or a state: never someone's surname by default. */
const MAJOR_PLACE = 800;

function majorPlace(kb: KbLookup, m: GuardedMatch | undefined): boolean {
  return m !== undefined && m.end - m.start === 1 &&
    m.hits.some((h) => h.type !== AliasType.Surname && kb.entity(h.entity).kind === 'place' &&
      kb.entity(h.entity).prominence >= MAJOR_PLACE);
}

/** No KB match, or one that names only people. */
function onlyPeople(kb: KbLookup, m: GuardedMatch | undefined): boolean {
  return !m || m.hits.every((h) => kb.entity(h.entity).kind === 'person');
}

function isCapitalisedNameOnly(t: Token): boolean {
  // Role words in capitals inside a title zone ("Defense", "National") are skipped; nothing else.
  return !isCapitalised(t) && !isRoleWord(t.key);
}

const CREDIT_WORDS = /\b(?:reuters|afp|ap|epa|getty images|bloomberg)\s*\/|\b(?:reporting|writing|editing|compiled|photo(?:graph)?s?|photographed)\s+by\b|^\s*\(?by\s/i;
/** Is the name starting at `at` credited on a credit line ("Reporting by …", "REUTERS/…")? */
function isCredit(text: string, at: number): boolean {
  const lineStart = lineStartOf(text, at);
  return creditLine(text, lineStart) &&
    CREDIT_BEFORE.test(text.slice(Math.max(lineStart, at - 80), at).replace(/^\(/, ''));
}

let lineText = '';
let lineAt = 0;
let lineAtStart = 0;

/**
 * Where the line holding offset `at` starts. Runs are read in text order, so the last answer
 * usually holds: only the text since then is searched for a line break, not the whole paragraph
 * back to its start at every name.
 */
function lineStartOf(text: string, at: number): number {
  if (text === lineText && at >= lineAt) {
    const nl = text.indexOf('\n', lineAt);
    if (nl < 0 || nl >= at) {
      lineAt = at;
      return lineAtStart;
    }
  }
  lineText = text;
  lineAt = at;
  lineAtStart = text.lastIndexOf('\n', at - 1) + 1;
  return lineAtStart;
}

let creditText = '';
let creditLineStart = -1;
let creditAnswer = false;

/**
 * Does the line starting at `lineStart` hold a credit ("REUTERS/", "Reporting by")? Names are
 * read in text order, so the last line's answer is the one asked for again.
 */
function creditLine(text: string, lineStart: number): boolean {
  if (text !== creditText || lineStart !== creditLineStart) {
    creditText = text;
    creditLineStart = lineStart;
    creditAnswer = creditLineUncached(text, lineStart);
  }
  return creditAnswer;
}

function creditLineUncached(text: string, lineStart: number): boolean {
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!line.includes('/') && !/\bby\b/i.test(line)) return false;
  // "(By Jane Roe)" and "By Jane Roe Dec 7 (Reuters)": a byline at the start of a line.
  return CREDIT_WORDS.test(line);
}

function kbSpan(m: GuardedMatch, kb: KbLookup): RawSpan | undefined {
  // The kind is the most prominent hit's, a surname counting only for the very prominent:
  // "Britain" is not a person because a queen was "of Great Britain".
  // An entity whose name this is beats a person whose surname it is: "Jordan" is a country.
  let best: EntityHead | undefined;
  for (const h of m.hits) {
    if (h.type === AliasType.Surname) continue;
    const head = kb.entity(h.entity);
    if (!best || head.prominence > best.prominence) best = head;
  }
  if (!best) {
    for (const h of m.hits) {
      const head = kb.entity(h.entity);
      if (head.prominence < PROMINENT_SURNAME || head.historical) continue;
      if (!best || head.prominence > best.prominence) best = head;
    }
  }
  if (!best) return undefined;
  return {
    start: m.start,
    end: m.end,
    kind: best.kind,
    source: 'kb',
    hits: m.hits,
    strong: m.strong,
    commonWord: m.commonWord,
    titled: false,
  };
}

function patternSpan(
  start: number,
  end: number,
  kind: 'org' | 'place',
  tokens: readonly Token[],
  evidence: CaseEvidence,
): RawSpan {
  const first = tokens[start]!;
  return {
    start, end, kind, source: 'pattern', hits: [],
    strong: !first.sentenceStart && !(evidence.caseless[start] ?? false),
    commonWord: false, titled: false,
  };
}

function personSpan(
  start: number,
  end: number,
  source: SpanSource,
  m: GuardedMatch | undefined,
  tokens: readonly Token[],
  evidence: CaseEvidence,
  kb: KbLookup,
  titled: boolean,
): RawSpan {
  const first = tokens[start]!;
  const hits = m && m.start === start && m.end === end
    ? m.hits.filter((h) => kb.entity(h.entity).kind === 'person')
    : [];
  return {
    start, end, kind: 'person', source, hits,
    strong: !first.sentenceStart && !(evidence.caseless[start] ?? false),
    commonWord: false, titled,
  };
}

export { AliasType };
