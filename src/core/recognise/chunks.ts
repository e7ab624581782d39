/**
 * Capitalised runs: the stretches of text where a name can be. "U.S. President Donald Trump",
 * "Ursula von der Leyen", "Hamad al-Otaibi", "Gen. Ricardo Trevilla Trejo", and a name split by
 * a line break ("Pete\nHegseth") each form one run; the recogniser then splits a run into titles,
 * KB names and people.
 */
import { ABBREVIATIONS, possessiveEndingLength, type Token } from '../text/normalise.js';
import { isNameParticle } from '../lexicon/titles.js';
import { MONTH_WORDS, NAME_POSSESSIVES } from '../lexicon/org-place-words.js';

/** Compounds after a hyphen that make an adjective, not a name: "Trump-era", "U.S.-based". */
const COMPOUND_TAILS = new Set([
  'led', 'based', 'era', 'backed', 'owned', 'run', 'style', 'like', 'born', 'made', 'linked', 'related',
  'controlled', 'powered', 'funded', 'affiliated', 'friendly', 'elect', 'designate', 'type', 'class',
  'wide', 'free', 'only', 'level', 'bound', 'held', 'built', 'listed', 'speaking', 'area',
]);

export interface Chunk {
  /** Token indices [start, end). */
  start: number;
  end: number;
}

/**
 * True when `left` is a possessive inside a name, not one that owns the name after it: "People's"
 * before a capitalised word ("People's Liberation Army"), as against "Trump's White House".
 */
export function nameInternalPossessive(left: Token, right: Token | undefined): boolean {
  return left.possessive && right !== undefined && NAME_POSSESSIVES.has(left.key) && isCapitalised(left) && isCapitalised(right);
}

/** What lies between two adjacent tokens decides whether one name can run across it. */
export function gapKind(text: string, left: Token, right: Token): 'space' | 'hyphen' | 'dot' | 'line' | 'amp' | 'spaced-amp' | 'break' {
  if (left.possessive && !nameInternalPossessive(left, right)) return 'break';
  // The name runs on after a possessive ending: "People's Bank" is joined by the space after "'s".
  const from = left.end + possessiveEndingLength(text, left);
  // One plain space, by far the most common gap.
  if (right.start === from + 1) {
    const c = text.charCodeAt(from);
    if (c === 32) return 'space';
    if (c === 45) return 'hyphen';
    if (c === 46) return 'dot';
  }
  const gap = text.slice(from, right.start);
  if (/^[ \t\u00A0]+$/.test(gap)) return 'space';
  if (/^[-\u2010\u2011]$/.test(gap)) return 'hyphen';
  if (/^\.[ \t\u00A0]*$/.test(gap)) return 'dot';
  if (/^[ \t\u00A0]*\r?\n[ \t\u00A0]*$/.test(gap)) return 'line';
  // "AT&T", "S&P", "H&M": an ampersand between letters, no space around it, inside one name.
  if (gap === '&' && left.end - left.start <= 3 && right.end - right.start <= 3) return 'amp';
  // "Johnson & Johnson": runs never join here (two people may be named so), the KB may.
  if (gap === ' & ') return 'spaced-amp';
  return 'break';
}

/** True when the token at `left` and the next one can sit inside one name. */
export function joinableAfter(text: string, tokens: readonly Token[], left: number): boolean {
  const a = tokens[left];
  const b = tokens[left + 1];
  if (!a || !b) return false;
  const gap = gapKind(text, a, b);
  if (gap === 'space' || gap === 'hyphen' || gap === 'amp') return true;
  // "J. Smith", "Gen. Trevilla": the full stop of an initial or a short title.
  if (gap === 'dot') return a.end - a.start === 1 || ABBREVIATIONS.has(a.key);
  return false;
}

/**
 * Splits the token stream into capitalised runs. Particles join a run only between two
 * capitalised words; a single line break joins only when it falls inside a name written on two
 * lines (`lineJoin` decides, since that needs the lexicons).
 */
export function capitalisedRuns(
  text: string,
  tokens: readonly Token[],
  lineJoin: (left: number) => boolean,
): Chunk[] {
  const runs: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "US$1,000", "A$20", "HK$5": a currency's prefix, part of a figure, no name; "August 2":
    // a date.
    if (!isCapitalised(tokens[i]!) || text.charCodeAt(tokens[i]!.end) === 36 || monthBeforeNumber(text, tokens[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length) {
      const next = tokens[end]!;
      const canJoin = joinableAfter(text, tokens, end - 1) ||
        (end - i === 1 && next.shape === 'title' && tokens[end - 1]!.shape === 'title' && gapKind(text, tokens[end - 1]!, next) === 'line' &&
          lineJoin(end - 1));
      if (!canJoin) break;
      if (isCapitalised(next)) {
        // "Ross Kerber Dec 7": a month before a number is a date, not a name.
        if (monthBeforeNumber(text, next)) break;
        end++;
        continue;
      }
      // "Moon Jae-in", "Chung Man-ho": a lower-case syllable after a hyphen inside a name.
      if (end - i >= 2 && next.shape === 'lower' && gapKind(text, tokens[end - 1]!, next) === 'hyphen' &&
        next.key.length <= 6 && !COMPOUND_TAILS.has(next.key) && tokens[end - 1]!.key.length <= 6 &&
        !/^[\p{L}]/u.test(text[next.end] ?? '')) {
        end++;
        continue;
      }
      // Particles: "von der Leyen", "al-Otaibi", "de Laura".
      let k = end;
      while (k < tokens.length && tokens[k]!.shape === 'lower' && isNameParticle(tokens[k]!.key) &&
        joinableAfter(text, tokens, k)) k++;
      if (k > end && k < tokens.length && isCapitalised(tokens[k]!)) {
        end = k + 1;
        continue;
      }
      break;
    }
    // "al-Faroon": an Arabic article in lower case joined by a hyphen belongs to the name.
    let start = i;
    const before = tokens[i - 1];
    if (before && (before.key === 'al' || before.key === 'el') && before.shape === 'lower' &&
      gapKind(text, before, tokens[i]!) === 'hyphen') start = i - 1;
    runs.push({ start, end });
    i = end;
  }
  return runs;
}

/** A month's name with a day or year after it ("Dec 7", "August 2, 2018"): a date. */
function monthBeforeNumber(text: string, t: Token): boolean {
  return MONTH_WORDS.has(t.key) && /^\.?\s*\d/.test(text.slice(t.end, t.end + 3));
}

export function isCapitalised(token: Token): boolean {
  return token.shape === 'title' || token.shape === 'upper';
}
