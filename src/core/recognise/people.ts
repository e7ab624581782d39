/**
 * Is this capitalised stretch a person's name, though no list holds the whole name? Yes when it
 * starts with a known given name or an initial, when a title stands before it, or when the
 * person speaks right after it ("…, Jane Roe said"). Organisation and place head words veto it.
 */
import type { Token } from '../text/normalise.js';
import type { KbLookup } from '../kb/lookup.js';
import { cachedIsGivenName } from './kb-cache.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { HONORIFIC_WORDS, NAME_PARTICLES, SPEECH_VERBS, isTitleWord } from '../lexicon/titles.js';
import { DEMONYMS, EVENT_SUFFIXES, ORG_SUFFIXES, PLACE_SUFFIXES } from '../lexicon/org-place-words.js';
import { isCapitalised } from './chunks.js';

/** The longest name we take for one person: "Andres Manuel Lopez Obrador". */
export const MAX_PERSON_TOKENS = 5;

export type PersonEvidence = 'given' | 'initial' | 'title' | 'speech' | 'appositive' | 'repeat';

export function isGivenName(key: string, kb: KbLookup): boolean {
  return GIVEN_NAMES.has(key) || cachedIsGivenName(kb, key);
}

/** Organisation and place head words, demonyms and titles: never a word of a person's name. */
const NEVER_NAME_WORDS: ReadonlySet<string> = new Set([...ORG_SUFFIXES, ...PLACE_SUFFIXES, ...DEMONYMS, ...HONORIFIC_WORDS]);

/**
 * Prepositions whose object a name can be, so that a speech verb after it belongs to the noun
 * before them: "officials at", "a spokesman for", "analysts with", "the head of".
 */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'from', 'with', 'by', 'in', 'on', 'within', 'inside']);

/** A name word: capitalised, or a particle inside the name, and not a word that heads a group. */
function nameWord(t: Token, afterHyphen: boolean): boolean {
  // "A350", "F1": names of people hold no digits.
  for (let k = 0; k < t.key.length; k++) {
    const c = t.key.charCodeAt(k);
    if (c >= 48 && c <= 57) return false;
  }
  if (NAME_PARTICLES.has(t.key) && t.shape === 'lower') return true;
  // "Jae-in", "Man-ho": a lower-case syllable joined by a hyphen.
  if (afterHyphen && t.shape === 'lower') return true;
  return isCapitalised(t) && !NEVER_NAME_WORDS.has(t.key);
}

export interface PersonTest {
  text: string;
  tokens: readonly Token[];
  start: number;
  end: number;
  kb: KbLookup;
  caseless: readonly boolean[];
  /** A title stands right before `start`. */
  titled: boolean;
  /** The first word is a person's name in the KB on its own ("Colette"): a given name. */
  mononymFirst?: boolean;
  /** The last word is a major place ("Austin Texas", "Georgia Florida"): no surname. */
  lastIsMajorPlace?: boolean;
  /** ", the company's co-founder," follows: an appositive with a role. */
  appositive?: boolean;
  /** The last word is used alone elsewhere in the article, as a surname would be. */
  repeatedSurname?: boolean;
  /** Words the article also writes in lower case (see `mixedCaseKeys`): words, not names, there. */
  lowerKeys?: ReadonlySet<string>;
}

/**
 * "…, Jane Roe said" / "said Jane Roe": the words from `start` to `end` name a speaker. Not
 * when they are the object of a preposition ("officials at Exxon Mobil said": the officials
 * speak), nor when a role follows them ("said Magellan spokesman Bruce Heine").
 */
export function speaks(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end];
  const before = tokens[start - 1];
  // "said Magellan spokesman Bruce Heine": a name right before a role names whom the role
  // serves, and the speaker comes after.
  if (before !== undefined && SPEECH_VERBS.has(before.key)) {
    return after === undefined || after.shape !== 'lower' || !isTitleWord(after.key) || after.start - tokens[end - 1]!.end > 1;
  }
  if (after === undefined || !SPEECH_VERBS.has(after.key)) return false;
  return before === undefined || before.shape !== 'lower' || !OBJECT_PREPOSITIONS.has(before.key);
}

/** The end of a line that reads as a sentence, not a heading or a label. */
const SENTENCE_END = /[.!?:;"”’)\]]\s*$/;
/**
 * Headings and quoted titles are shorter than this: the tests below look no further around a
 * name, so that a giant one-line page costs each name a bounded look.
 */
const TITLE_REACH = 200;

/** True when the line holding `at` is short and does not end as a sentence does: a heading, title or label. */
function inHeading(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - TITLE_REACH), at);
  const after = text.slice(at, at + TITLE_REACH);
  const start = before.lastIndexOf('\n');
  const end = after.indexOf('\n');
  if ((start < 0 && at > TITLE_REACH) || (end < 0 && at + TITLE_REACH < text.length)) return false;
  return !SENTENCE_END.test(before.slice(start + 1) + (end < 0 ? after : after.slice(0, end)));
}

/**
 * True when `at` is inside double quotes opened shortly before on its line: a quoted title, in
 * Title Case, as in the references of a page ("OKCupid Publicly Rips Mozilla: …").
 */
function inQuotedTitle(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', at) + 1, at - TITLE_REACH);
  let open = false;
  for (let k = from; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 34 /* " */) open = !open;
    else if (c === 0x201c /* “ */) open = true;
    else if (c === 0x201d /* ” */) open = false;
  }
  return open;
}

/**
 * The first word of a name known only because its last word is also used alone ("Chase Garbers
 * … Garbers went") can open a name: not a word the article also writes in lower case,
 * capitalised as a sentence or a heading starts ("Meanwhile Bartleby", "Using Mercurial") or as
 * part of a title ("Local Government"); not the start of a heading, where every word may have a
 * capital ("Building Wasm"); not inside a quoted title ("OKCupid Publicly Rips Mozilla"); not an
 * adverb, a gerund or a preposition ("Publicly", "Using", "Inside Firefox").
 */
function opensRepeatedName(test: PersonTest, first: Token): boolean {
  if (test.lowerKeys?.has(first.key) || /(?:ly|ing)$/.test(first.key) || OBJECT_PREPOSITIONS.has(first.key)) return false;
  if (first.sentenceStart && inHeading(test.text, first.start)) return false;
  return !inQuotedTitle(test.text, first.start);
}

/** Why the stretch is a person, or undefined when it is not one. */
export function personEvidence(test: PersonTest): PersonEvidence | undefined {
  const { tokens, start, end, kb, caseless, titled } = test;
  const length = end - start;
  if (length < 1 || length > MAX_PERSON_TOKENS) return undefined;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    const afterHyphen = i > start && tokens[i - 1]!.end + 1 === t.start && test.text.charCodeAt(t.start - 1) === 45;
    if (!nameWord(t, afterHyphen)) {
      // "Mr." and "Gen." as the first word belong to the title, never inside the name.
      return undefined;
    }
  }
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  const loud = caseless[start] ?? false;
  if (!isCapitalised(last) && test.text[last.start - 1] !== '-') return undefined;
  if (EVENT_SUFFIXES.has(last.key)) return undefined;
  // In a headline or an all-caps line, "DIRECTOR OF NATIONAL INTELLIGENCE" is no name.
  if (loud && tokens.slice(start, end).some((t) => isCommonWord(t.key))) return undefined;
  // "File Photo" in a photo credit, "Staff Reporter": a name of common words only, none of them
  // a given name, is no one's, title or credit before it or not.
  if (length >= 2 && tokens.slice(start, end).every((t) => isCommonWord(t.key) && !isGivenName(t.key, kb))) return undefined;
  if (titled) return 'title';
  if (length < 2 || test.lastIsMajorPlace) return undefined;
  if (test.appositive && !loud) return 'appositive';
  // All-caps or headline lines: capitals say nothing, so only a given name that is not also a
  // common word ("AVRIL HAINES", not "WILL POWER") makes a name.
  const second = tokens[start + 1]!;
  const strong = !first.sentenceStart && !loud;
  // A given name only the KB's people attest ("Web", from someone so named) is a word in an
  // article that also writes it in lower case: "on the Web Emscripten code".
  const given = GIVEN_NAMES.has(first.key) || (cachedIsGivenName(kb, first.key) && !test.lowerKeys?.has(first.key));
  if (given) {
    // "James Angel", "John Irish": a given name that is not a word makes the next word a surname;
    // "Will", "May", "Mark" need a capital that means something and a surname that is no word.
    if (!isCommonWord(first.key) && (!loud || !isCommonWord(second.key))) return 'given';
    if (strong && !isCommonWord(second.key) && !isCommonWord(last.key)) return 'given';
  }
  if (test.mononymFirst && !loud && !isCommonWord(first.key) && !isCommonWord(second.key)) return 'given';
  // "Chase Garbers … Garbers went": a surname used alone later.
  if (test.repeatedSurname && !loud && length <= 3 && opensRepeatedName(test, first) &&
    tokens.slice(start, end).every((t) => !isCommonWord(t.key)) &&
    tokens.slice(start, end).every((t) => t.shape !== 'upper')) return 'repeat';
  // "J. Smith", "JD Vance": an initial, then a capitalised surname. Not "U.S. Marines": an
  // abbreviation the KB knows is not an initial.
  // An initial is at most two letters with dots and a space ("J. D."): longer words are read no further.
  const firstSurface = first.end - first.start <= 6 ? test.text.slice(first.start, first.end) : '';
  // Not a letter of an ampersand name: "P Global" in "S&P Global".
  // "A" and "I" with no dot are words: "A Concise History".
  const initial = test.text.charCodeAt(first.start - 1) !== 38 &&
    ((/^\p{Lu}$/u.test(firstSurface) && firstSurface !== 'A' && firstSurface !== 'I') || (/^(?:\p{Lu}\.\s?){1,2}$/u.test(firstSurface) && !kb.lookup(first.key)));
  if (initial && second.shape === 'title' && !isCommonWord(second.key) && !loud && length <= 3 &&
    /^[\s.]+$/.test(test.text.slice(first.end, second.start))) {
    return 'initial';
  }
  if (speaks(tokens, start, end) && !loud && length <= 3 && tokens.slice(start, end).every((t) => t.shape === 'title' &&
    !isCommonWord(t.key))) return 'speech';
  return undefined;
}
