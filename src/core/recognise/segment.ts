/**
 * Splits each capitalised run into what it holds: titles, KB names (people, organisations,
 * places), people the KB does not know, and organisation or place names built on a head word
 * ("… University", "… River"). The result is a list of raw spans for the linker; nothing is
 * decided here about which entity a KB name means.
 */
import type { Token } from '../text/normalise.js';
import { AliasType, type AliasHit, type KbLookup } from '../kb/lookup.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { ORG_HEADS_OF, ORG_SUFFIXES, PLACE_SUFFIXES } from '../lexicon/org-place-words.js';
import { isRoleWord, isTitleWord } from '../lexicon/titles.js';
import { roleBefore, titleZoneEnd } from '../context/titles.js';
import { capitalisedRuns, gapKind, isCapitalised, joinableAfter } from './chunks.js';
import { guardMatch, type CaseEvidence, type GuardedMatch } from './guards.js';
import { matchesAt } from './kb-matcher.js';
import { isGivenName, personEvidence, type PersonEvidence } from './people.js';

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

/** Credit lines name people: "REUTERS/Jane Roe", "Reporting by Jane Roe and John Doe". */
const CREDIT_BEFORE = /(?:\b(?:reuters|afp|ap|epa|getty images|bloomberg)\s*\/\s*|\b(?:reporting|writing|editing|compiled|photo(?:graph)?s?|additional reporting)\s+by\s+|(?:by\s+\p{Lu}[\p{L}-]+\s+(?:and|&)\s+|;\s*|,\s*))$/iu;

export interface SegmentInput {
  text: string;
  tokens: readonly Token[];
  kb: KbLookup;
  evidence: CaseEvidence;
}

export function segment(input: SegmentInput): RawSpan[] {
  const { text, tokens, kb } = input;
  const joinable = (left: number): boolean => joinableAfter(text, tokens, left);
  const lineJoin = (left: number): boolean => {
    // A name written across a line break: the line ends with a given name, an initial or a
    // title, and no full stop.
    const t = tokens[left]!;
    return isGivenName(t.key, kb) || isTitleWord(t.key) || t.end - t.start === 1;
  };
  const runs = capitalisedRuns(text, tokens, lineJoin);
  const spans: RawSpan[] = [];
  let covered = 0;
  for (const run of runs) {
    if (run.end <= covered) continue;
    const start = Math.max(run.start, covered);
    covered = segmentRun(input, start, run.end, joinable, lineJoin, spans);
  }
  return spans;
}

/** Longest KB alias at `i` that passes the guards, or undefined. */
function kbAt(
  input: SegmentInput,
  i: number,
  joinable: (left: number) => boolean,
): GuardedMatch | undefined {
  for (const m of matchesAt(input.tokens, i, input.kb, joinable)) {
    const g = guardMatch(m, input.tokens, input.evidence);
    if (g) return g;
  }
  return undefined;
}

function segmentRun(
  input: SegmentInput,
  runStart: number,
  runEnd: number,
  joinable: (left: number) => boolean,
  lineJoin: (left: number) => boolean,
  out: RawSpan[],
): number {
  const { text, tokens, kb, evidence } = input;
  const joinAny = (left: number): boolean =>
    joinable(left) || (gapKind(text, tokens[left]!, tokens[left + 1]!) === 'line' && lineJoin(left));
  let end = runEnd;
  // "University of Texas", "Bank of England": an organisation head with "of".
  let i = runStart;
  const zoneEnd = titleZoneEnd(tokens, runStart, end);
  // The title zone may hold an organisation or a country: "U.S. President", "Tesla CEO".
  while (i < zoneEnd) {
    const t = tokens[i]!;
    if (isRoleWord(t.key) && !isCapitalisedNameOnly(t)) {
      i++;
      continue;
    }
    const m = kbAt(input, i, joinAny);
    if (m && m.end <= zoneEnd && m.hits.some((h) => kb.entity(h.entity).kind !== 'person')) {
      out.push(kbSpan(m, kb));
      i = m.end;
      continue;
    }
    i++;
  }
  i = zoneEnd;
  // A sentence-initial common word ("The", "But", "When") is not part of a name.
  while (i < end - 1 && tokens[i]!.sentenceStart && isCommonWord(tokens[i]!.key) &&
    !isGivenName(tokens[i]!.key, kb)) {
    const m = kbAt(input, i, joinAny);
    if (m && m.end - m.start > 1) break;
    i++;
  }
  while (i < end) {
    const titled = roleBefore(text, tokens, i) !== undefined;
    const credit = CREDIT_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start)) &&
      creditContext(text, tokens[i]!.start);
    const m = kbAt(input, i, joinAny);
    // An organisation head word with "of" after the run: "University of Texas at Austin".
    if (end - i === 1 && ORG_HEADS_OF.has(tokens[i]!.key) && tokens[end]?.key === 'of' &&
      tokens[end + 1] && isCapitalised(tokens[end + 1]!) && joinable(end) && joinable(end - 1)) {
      let k = end + 2;
      while (k < tokens.length && isCapitalised(tokens[k]!) && joinable(k - 1)) k++;
      if (!m || m.end < k) {
        out.push(patternSpan(i, k, 'org', tokens, evidence));
        return k;
      }
    }
    const evidenceOf = personEvidence({
      text, tokens, start: i, end, kb, caseless: evidence.caseless, titled: titled || credit,
    });
    const personHitsAll = m && m.end === end && m.hits.some((h) => kb.entity(h.entity).kind === 'person');
    if ((titled || credit) && evidenceOf) {
      out.push(personSpan(i, end, credit && !titled ? 'credit' : 'title', m, tokens, evidence, kb, true));
      return end;
    }
    if (m && m.end >= end) {
      out.push(kbSpan(m, kb));
      i = m.end;
      end = Math.max(end, m.end);
      if (i >= end) return end;
      continue;
    }
    const length = end - i;
    const lastKey = tokens[end - 1]!.key;
    if (length >= 2 && ORG_SUFFIXES.has(lastKey) && !m?.hits.length) {
      out.push(patternSpan(i, end, 'org', tokens, evidence));
      return end;
    }
    if (length >= 2 && PLACE_SUFFIXES.has(lastKey) && !m?.hits.length) {
      out.push(patternSpan(i, end, 'place', tokens, evidence));
      return end;
    }
    if (evidenceOf) {
      out.push(personSpan(i, end, evidenceOf, personHitsAll ? m : undefined, tokens, evidence, kb, false));
      return end;
    }
    if (m) {
      out.push(kbSpan(m, kb));
      i = m.end;
      end = Math.max(end, m.end);
      continue;
    }
    i++;
  }
  return end;
}

function isCapitalisedNameOnly(t: Token): boolean {
  // Role words in capitals inside a title zone ("Defense", "National") are skipped; nothing else.
  return !isCapitalised(t) && !isRoleWord(t.key);
}

function creditContext(text: string, at: number): boolean {
  // "by X and Y", "; X" and ", X" count only on a credit line.
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const line = text.slice(lineStart, at);
  return /\b(?:reuters|afp|ap|epa|getty images|bloomberg)\s*\/|\b(?:reporting|writing|editing|compiled|photo(?:graph)?s?)\s+by\b/i.test(line);
}

function kbSpan(m: GuardedMatch, kb: KbLookup): RawSpan {
  // The kind is the most prominent surviving hit's: the linker may still refuse the link.
  let best = m.hits[0]!;
  for (const h of m.hits) {
    if (kb.entity(h.entity).prominence > kb.entity(best.entity).prominence) best = h;
  }
  return {
    start: m.start,
    end: m.end,
    kind: kb.entity(best.entity).kind,
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
