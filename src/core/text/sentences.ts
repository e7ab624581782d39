/**
 * The sentence around an offset, for a figure's card and for "nearby" context. A sentence ends
 * at ".", "!" or "?" followed by a space and a capital or quote, or at a line break; short
 * abbreviations ("Gen.", "U.S.") do not end one.
 */
import { ABBREVIATIONS } from './normalise.js';

const MAX_SENTENCE = 600;

function isBoundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 10) return true;
  if (code !== 46 && code !== 33 && code !== 63) return false;
  if (i + 1 < text.length) {
    // A space (after an optional closing quote or bracket) must follow.
    let k = i + 1;
    if (CLOSERS.has(text.charCodeAt(k))) k++;
    if (k >= text.length || !/\s/.test(text[k]!)) return false;
  }
  if (code === 46) {
    let w = i;
    while (w > 0 && i - w < 12 && /[\p{L}.]/u.test(text[w - 1]!)) w--;
    const word = text.slice(w, i);
    const key = word.replace(/\./g, '').toLowerCase();
    if (ABBREVIATIONS.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || key.length === 1) return false;
  }
  return true;
}

/** Closing quotes and brackets that may stand between a full stop and the space after it. */
const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", ')', ']'].map((c) => c.charCodeAt(0)));

/**
 * Sentence lookups for many offsets of one text: the boundaries are found once, then each
 * lookup is a binary search. Same sentences as `sentenceAround`.
 */
export class SentenceIndex {
  private readonly boundaries: number[] = [];

  constructor(private readonly text: string) {
    for (const m of text.matchAll(/[.!?\n]/g)) {
      const i = m.index ?? 0;
      if (isBoundary(text, i)) this.boundaries.push(i);
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
    let end = next;
    if (end < this.text.length && this.text[end] !== '\n') end++;
    while (end < this.text.length && /["”’]/.test(this.text[end]!)) end++;
    return this.text.slice(prev + 1, end).replace(/\s+/g, ' ').trim();
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
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}
