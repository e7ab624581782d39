/**
 * The sentence around an offset, for a figure's card and for "nearby" context. A sentence ends
 * at ".", "!" or "?" followed by a space and a capital or quote, or at a line break; short
 * abbreviations ("Gen.", "U.S.") do not end one.
 */
import { ABBREVIATIONS } from './normalise.js';

const MAX_SENTENCE = 600;

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isBoundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 10) return true;
  if (code !== 46 && code !== 33 && code !== 63) return false;
  if (i + 1 < text.length) {
    // A space (after an optional closing quote or bracket) must follow.
    let k = i + 1;
    if (CLOSERS.has(text.charCodeAt(k))) k++;
    if (k >= text.length) return false;
    const next = text.charCodeAt(k);
    // Plain spaces and line breaks decided without a regex; other characters by \s.
    if (next !== 32 && next !== 10 && (next < 128 || !/\s/.test(text[k]!))) {
      if (next !== 9 && next !== 11 && next !== 12 && next !== 13) return false;
    }
  }
  if (code === 46) {
    // The word before the full stop: letters and dots, at most 12 characters back.
    let w = i;
    let ascii = true;
    while (w > 0 && i - w < 12) {
      const c = text.charCodeAt(w - 1);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) {
        w--;
        continue;
      }
      if (c >= 128 && /\p{L}/u.test(text[w - 1]!)) {
        ascii = false;
        w--;
        continue;
      }
      break;
    }
    if (ascii && !abbreviationLike(text, w, i)) return true;
    if (ascii) return false;
    const word = text.slice(w, i);
    const key = word.replace(/\./g, '').toLowerCase();
    if (ABBREVIATIONS.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || key.length === 1) return false;
  }
  return true;
}

/**
 * For an ASCII word text[w, i) of letters and dots before a full stop: is it an abbreviation
 * ("Gen", "U.S", "J"), whose full stop ends no sentence? Reads the common case, a long plain
 * word, without making a string.
 */
function abbreviationLike(text: string, w: number, i: number): boolean {
  let letters = 0;
  let dots = 0;
  for (let k = w; k < i; k++) {
    if (text.charCodeAt(k) === 46) dots++;
    else letters++;
  }
  if (letters === 1) return true;
  // Letter-dot pairs ending in a letter: "U.S", "J.D".
  if (dots > 0 && i - w === 2 * dots + 1) {
    let pairs = true;
    for (let k = w; k < i; k++) if ((text.charCodeAt(k) === 46) !== ((k - w) % 2 === 1)) pairs = false;
    if (pairs) return true;
  }
  if (letters > LONGEST_ABBREVIATION) return false;
  return ABBREVIATIONS.has(text.slice(w, i).replace(/\./g, '').toLowerCase());
}

/** Closing quotes and brackets that may stand between a full stop and the space after it. */
const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", ')', ']'].map((c) => c.charCodeAt(0)));

/**
 * Sentence lookups for many offsets of one text: the boundaries are found once, then each
 * lookup is a binary search. Same sentences as `sentenceAround`.
 */
export class SentenceIndex {
  private readonly boundaries: number[] = [];
  /** Sentences already read, by their end: several figures often share one. */
  private readonly read = new Map<number, string>();

  constructor(private readonly text: string) {
    // A regex finds the candidates faster than a loop over the characters.
    const candidates = /[.!?\n]/g;
    for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
      if (isBoundary(text, m.index)) this.boundaries.push(m.index);
    }
  }

  around(at: number): string {
    const b = this.boundaries;
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    // b[lo] is the first boundary at or after `at`; b[lo - 1] ends the sentence before.
    const prev = lo > 0 ? b[lo - 1]! : -1;
    const next = lo < b.length ? b[lo]! : this.text.length;
    if (at - prev > MAX_SENTENCE || next - at > MAX_SENTENCE) return sentenceAround(this.text, at);
    const known = this.read.get(next);
    if (known !== undefined) return known;
    let end = next;
    if (end < this.text.length && this.text[end] !== '\n') end++;
    while (end < this.text.length && /["”’]/.test(this.text[end]!)) end++;
    const sentence = oneLine(this.text.slice(prev + 1, end));
    this.read.set(next, sentence);
    return sentence;
  }
}

/** Offsets [start, end) of the sentence holding `at`. */
export function sentenceBounds(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && at - start < MAX_SENTENCE && !isBoundary(text, start - 1)) start--;
  let end = at;
  while (end < text.length && end - at < MAX_SENTENCE && !isBoundary(text, end)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  // Keep a closing quote with its sentence.
  while (end < text.length && /["”’]/.test(text[end]!)) end++;
  return [start, end];
}

export function sentenceAround(text: string, at: number): string {
  const [s, e] = sentenceBounds(text, at);
  return oneLine(text.slice(s, e));
}

/** Whitespace other than a single space between words. */
const UNTIDY_SPACE = /[^\S ]|  |^ | $/;

/** The text on one line, single spaces between words; most sentences are that already. */
function oneLine(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
