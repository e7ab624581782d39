/**
 * Where capital letters mean nothing: all-caps lines ("RON KLAIN TO BE CHIEF OF STAFF") and
 * title-case headlines ("What You Need To Know"). A capital there is not evidence of a name, so
 * the recogniser asks for more before it takes a word for one.
 */
import type { Token } from './normalise.js';

/** A line of at least this many words, mostly capitalised, is a headline. */
const HEADLINE_MIN_WORDS = 3;
/** Share of words in capitals that makes a line shouting rather than prose. */
const ALL_CAPS_SHARE = 0.6;

/** Returns, per token, true when its capitalisation carries no information. */
/**
 * `lineStarts`: the indices of the tokens that follow a line break, as the tokenizer gives
 * them (`tokenizeText`); found from the text when not given.
 */
export function caselessTokens(text: string, tokens: readonly Token[], lineStarts?: readonly number[]): boolean[] {
  const result = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  let next = 0;
  while (lineStart < tokens.length) {
    let lineEnd: number;
    if (lineStarts) {
      while (next < lineStarts.length && lineStarts[next]! <= lineStart) next++;
      lineEnd = next < lineStarts.length ? lineStarts[next]! : tokens.length;
    } else {
      lineEnd = lineStart + 1;
      while (lineEnd < tokens.length && !newlineBetween(text, tokens[lineEnd - 1]!, tokens[lineEnd]!)) lineEnd++;
    }
    if (isCaseless(text, tokens, lineStart, lineEnd)) result.fill(true, lineStart, lineEnd);
    lineStart = lineEnd;
  }
  return result;
}

/** Keys are folded to lower case: a letter in ASCII is a-z; other keys ask the Unicode class. */
function hasLetter(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return /\p{L}/u.test(key);
  }
  return false;
}

function newlineBetween(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function isCaseless(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let upper = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.shape === 'other' && !hasLetter(t.key)) continue;
    words++;
    if (t.shape === 'upper') upper++;
    if (t.shape === 'upper' || t.shape === 'title') capitalised++;
  }
  if (words === 0) return false;
  if (words >= 2 && upper / words >= ALL_CAPS_SHARE) return true;
  // A title-case headline: every word capitalised, and no full stop at its end. (Letting small
  // words in lower case in — "What You Need to Know" — cost person precision on CoNLL++.)
  const last = tokens[to - 1]!;
  const endsSentence = /^\s*[.!?]/.test(text.slice(last.end, last.end + 2));
  return words >= HEADLINE_MIN_WORDS && capitalised === words && !endsSentence;
}
