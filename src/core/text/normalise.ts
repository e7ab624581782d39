/**
 * Tokens and lookup keys shared by the KB build and the matcher. Both sides must fold text the
 * same way, or an alias written one way in a source never meets the same name written another
 * way in an article — so this module is the single definition of "the same name".
 *
 * Folding: Unicode compatibility decomposition, diacritics dropped, lower case, curly quotes made
 * straight, dotted initials joined ("J.D.", "J. D." and "JD" are all "jd"; "U.S." is "us"),
 * possessives dropped ("Trump's" is "trump"), hyphens and line breaks separate tokens, soft
 * hyphens vanish.
 */

export type TokenShape = 'upper' | 'title' | 'lower' | 'other';

export interface Token {
  /** UTF-16 offsets into the original text: the token's visible surface, possessive excluded. */
  start: number;
  end: number;
  /** The folded lookup form. */
  key: string;
  shape: TokenShape;
  /** True when a sentence (or a block: heading, list item, paragraph) starts at this token. */
  sentenceStart: boolean;
  /** True when the token was written with a possessive ending ("Vance's"). */
  possessive: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SOFT_HYPHEN = '\u00AD';

/** Folds one word to its key form: no diacritics, lower case, no apostrophes or soft hyphens. */
export function foldWord(word: string): string {
  // Plain ASCII letters and digits, by far the most common case, need only lower-casing.
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return foldUnicode(word);
}

const ASCII_WORD = /^[A-Za-z0-9]*$/;

const ASCII_WITH_APOSTROPHES = /^[A-Za-z0-9'\u2019\u02BC]*$/;

function foldUnicode(word: string): string {
  // "O’Rourke", "don’t": ASCII with apostrophes needs no normalisation.
  if (ASCII_WITH_APOSTROPHES.test(word)) return word.replace(/['\u2019\u02BC]/g, '').toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['\u2019\u02BC\u00AD]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ı/g, 'i');
}

function shapeOf(surface: string): TokenShape {
  if (ASCII_WORD.test(surface)) return asciiShape(surface);
  const letters = ASCII_WORD.test(surface) ? surface.replace(/[0-9]/g, '') : surface.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'other';
  const upper = letters.toUpperCase();
  const lower = letters.toLowerCase();
  if (letters === lower) return 'lower';
  if (letters === upper) return letters.length === 1 ? 'title' : 'upper';
  const first = letters[0] ?? '';
  if (first === first.toUpperCase() && first !== first.toLowerCase()) return 'title';
  // "iPhone", "eBay", "de" in the middle of a name: treat as other/lower by first letter.
  return 'other';
}

/** The same decision as `shapeOf`, without allocating, for plain ASCII words. */
function asciiShape(word: string): TokenShape {
  let letters = 0;
  let uppers = 0;
  let firstUpper: boolean | undefined;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const isUpper = c >= 65 && c <= 90;
    const isLower = c >= 97 && c <= 122;
    if (!isUpper && !isLower) continue;
    letters++;
    if (isUpper) uppers++;
    if (firstUpper === undefined) firstUpper = isUpper;
  }
  if (letters === 0) return 'other';
  if (uppers === 0) return 'lower';
  if (uppers === letters) return letters === 1 ? 'title' : 'upper';
  return firstUpper ? 'title' : 'other';
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII fast path: letters and digits are word characters, everything else below 128 is not.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(ch) || ch === SOFT_HYPHEN;
}

/**
 * Characters after which the next word may start a sentence. A capital after any of them is not
 * evidence of a name; being generous here only makes the recogniser more careful.
 */
const SENTENCE_BREAK = new Set(['\n', '\u2029', '!', '?', ':', '\u2014', '\u2022']);

function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc;
}

/**
 * Length of the possessive ending a possessive token leaves out of its surface: 2 for "'s"
 * ("Trump's"), 1 for a lone apostrophe ("Workers'"), 0 when the token is no possessive.
 */
export function possessiveEndingLength(text: string, token: Token): number {
  if (!token.possessive) return 0;
  const next = text.charCodeAt(token.end + 1);
  return next === 115 || next === 83 ? 2 : 1;
}

/**
 * Every distinct surface a text writes ("The", "the", "Hegseth") with its key and shape, kept
 * across calls: articles repeat their words, and one reader's articles share most of them. A
 * word seen before then costs a hash over its characters and no string at all, and its key is
 * always the same string object, whose hash V8 keeps — so the many set and map lookups on keys
 * downstream do not hash it again. Open addressing over typed arrays. The table starts over
 * only between texts, when it has grown past its bound, so one text's answers never depend on
 * where the table was cleared.
 */
class SurfaceTable {
  /** Entries kept across texts; a longer text grows the table, and the next one clears it. */
  private static readonly MAX = 1 << 15;
  /** Slots hold pairs: the surface's hash, and its entry number plus one (0: empty). */
  private mask = (1 << 14) - 1;
  private slots: Int32Array = new Int32Array(2 << 14);
  private hashes: Int32Array = new Int32Array(1 << 13);
  private keyIds: Int32Array = new Int32Array(1 << 13);
  private surfaces: string[] = [];
  private shapes: TokenShape[] = [];
  /** Keys are shared between surfaces: "The" and "the" give the same string and key id. */
  private keyIdOf = new Map<string, number>();
  private keys: string[] = [];
  /** Per key id, the number of the last text that wrote it capitalised / in lower case. */
  private titleIn: Int32Array = new Int32Array(1 << 13);
  private lowerIn: Int32Array = new Int32Array(1 << 13);
  private text = 0;

  /** Starts a text: numbers it for the case marks, and clears the table if it is too big. */
  begin(): number {
    if (this.surfaces.length >= SurfaceTable.MAX) this.clear();
    if (this.text === 0x7fffffff) {
      this.text = 0;
      this.titleIn.fill(0);
      this.lowerIn.fill(0);
    }
    return ++this.text;
  }

  /**
   * The entry of text[start, end); `ascii` says it is plain ASCII letters and digits, `charHash`
   * is the caller's hash of its char codes (h = h * 31 + c from 0).
   */
  find(text: string, start: number, end: number, ascii: boolean, charHash: number): number {
    let h = charHash ^ Math.imul(end - start, 0x9e3779b1);
    h ^= h >>> 15;
    let slot = h & this.mask;
    for (;;) {
      const e = this.slots[2 * slot + 1]! - 1;
      if (e < 0) break;
      if (this.slots[2 * slot] === h && this.sameSurface(e, text, start, end)) return e;
      slot = (slot + 1) & this.mask;
    }
    const surface = text.slice(start, end);
    const folded = ascii ? surface.toLowerCase() : foldWord(surface);
    let keyId = this.keyIdOf.get(folded);
    if (keyId === undefined) {
      keyId = this.keys.length;
      this.keyIdOf.set(folded, keyId);
      this.keys.push(folded);
      if (keyId >= this.titleIn.length) {
        this.titleIn = grown(this.titleIn);
        this.lowerIn = grown(this.lowerIn);
      }
    }
    const e = this.surfaces.length;
    if (e >= this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.keyIds = grown(this.keyIds);
    }
    this.surfaces.push(surface);
    this.shapes.push(ascii ? asciiShape(surface) : shapeOf(surface));
    this.hashes[e] = h;
    this.keyIds[e] = keyId;
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = e + 1;
    // At most half full, so probes stay short.
    if (2 * this.surfaces.length > this.mask) this.rehash();
    return e;
  }

  key(e: number): string {
    return this.keys[this.keyIds[e]!]!;
  }

  shape(e: number): TokenShape {
    return this.shapes[e]!;
  }

  /**
   * Marks entry `e`'s key as written in text number `text` with this shape; true the first time
   * the text writes the key both capitalised ("Will") and in lower case ("will").
   */
  markCase(e: number, shape: TokenShape, text: number): boolean {
    const k = this.keyIds[e]!;
    if (shape === 'title') {
      if (this.titleIn[k] === text) return false;
      this.titleIn[k] = text;
      return this.lowerIn[k] === text;
    }
    if (shape === 'lower') {
      if (this.lowerIn[k] === text) return false;
      this.lowerIn[k] = text;
      return this.titleIn[k] === text;
    }
    return false;
  }

  private sameSurface(e: number, text: string, start: number, end: number): boolean {
    const s = this.surfaces[e]!;
    if (s.length !== end - start) return false;
    for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private rehash(): void {
    const size = 2 * (this.mask + 1);
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    for (let e = 0; e < this.surfaces.length; e++) {
      const h = this.hashes[e]!;
      let slot = h & this.mask;
      while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = h;
      this.slots[2 * slot + 1] = e + 1;
    }
  }

  private clear(): void {
    this.mask = (1 << 14) - 1;
    this.slots = new Int32Array(2 << 14);
    this.surfaces = [];
    this.shapes = [];
    this.keyIdOf = new Map();
    this.keys = [];
    this.titleIn.fill(0);
    this.lowerIn.fill(0);
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

const surfaceTable = new SurfaceTable();

export interface TokenizedText {
  tokens: Token[];
  /**
   * Keys the text writes both capitalised ("Will", title case) and in lower case ("will"): in
   * this very text they are common words as well as names.
   */
  mixedCaseKeys: Set<string>;
  /** Indices of the tokens with a line break between them and the token before, ascending. */
  lineStarts: number[];
}

/** Splits a text into word tokens; see `tokenizeText`. */
export function tokenize(text: string): Token[] {
  return tokenizeText(text).tokens;
}

/**
 * Splits a text into word tokens. A run of single letters each followed by a dot ("U.S.",
 * "J. D.") becomes one token, so initials and abbreviations match however they are spaced.
 */
export function tokenizeText(text: string): TokenizedText {
  const tokens: Token[] = [];
  const mixedCaseKeys = new Set<string>();
  const lineStarts: number[] = [];
  let lineBreak = false;
  const serial = surfaceTable.begin();
  const n = text.length;
  let i = 0;
  let sentenceStart = true;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Spaces and ASCII punctuation, the most common non-word characters, decided without a string.
    if (code < 128 && !isAsciiWordCode(code)) {
      if (code === 10 || code === 33 || code === 63 || code === 58) sentenceStart = true;
      if (code === 10) lineBreak = true;
      i++;
      continue;
    }
    if (code >= 128) {
      const ch = text[i];
      if (!isWordChar(ch)) {
        if (ch !== undefined && SENTENCE_BREAK.has(ch)) sentenceStart = true;
        i++;
        continue;
      }
    }
    let j = i;
    // Plain ASCII letters and digits only: key and shape need no Unicode work.
    let ascii = true;
    // The surface's hash for the surface table, made while its characters are read.
    let hash = 0;
    // A word: letters/digits, with inner apostrophes ("O'Rourke") kept inside it.
    while (j < n) {
      const cc = text.charCodeAt(j);
      if (cc < 128 ? isAsciiWordCode(cc) : isWordChar(text[j])) {
        if (cc >= 128) ascii = false;
        hash = (Math.imul(hash, 31) + cc) | 0;
        j++;
        continue;
      }
      if (isApostropheCode(cc) && isWordChar(text[j + 1])) {
        ascii = false;
        // Possessive "'s" at the end of a word is not part of the word.
        const next = text.charCodeAt(j + 1);
        if ((next === 115 || next === 83) && !isWordChar(text[j + 2])) break;
        hash = (Math.imul(hash, 31) + cc) | 0;
        j++;
        continue;
      }
      break;
    }
    const end = j;
    let possessive = false;
    if (isApostropheCode(text.charCodeAt(j))) {
      const next = text.charCodeAt(j + 1);
      if ((next === 115 || next === 83) && !isWordChar(text[j + 2])) {
        possessive = true;
        j += 2;
      } else if (!isWordChar(text[j + 1]) && (text.charCodeAt(end - 1) === 115 || text.charCodeAt(end - 1) === 83)) {
        // "Jones'" — a plural-style possessive.
        possessive = true;
        j += 1;
      }
    }
    // Initials: single letter + "." repeated, optionally with one space between ("J. D.").
    if (end - i === 1 && text.charCodeAt(end) === 46 && /\p{L}/u.test(text[i]!)) {
      let k = end + 1;
      let letters = text[i]!;
      let last = end + 1;
      for (;;) {
        let m = k;
        if (text[m] === ' ') m++;
        const c = text[m];
        if (c !== undefined && /\p{L}/u.test(c) && !isWordChar(text[m + 1]) && text[m + 1] === '.') {
          letters += c;
          k = m + 2;
          last = k;
          continue;
        }
        break;
      }
      if (letters.length > 1) {
        if (lineBreak) {
          if (tokens.length > 0) lineStarts.push(tokens.length);
          lineBreak = false;
        }
        tokens.push({
          start: i,
          end: last,
          key: foldWord(letters),
          shape: 'upper',
          sentenceStart,
          possessive: false,
        });
        sentenceStart = false;
        i = last;
        continue;
      }
    }
    const e = surfaceTable.find(text, i, end, ascii, hash);
    const key = surfaceTable.key(e);
    const shape = surfaceTable.shape(e);
    if (surfaceTable.markCase(e, shape, serial)) mixedCaseKeys.add(key);
    if (lineBreak) {
      if (tokens.length > 0) lineStarts.push(tokens.length);
      lineBreak = false;
    }
    tokens.push({ start: i, end, key, shape, sentenceStart, possessive });
    sentenceStart = false;
    // A full stop after a word ends a sentence, unless the word is a known abbreviation-like
    // short title ("Gen.", "Sen.", "Mr.") — those the recogniser reads as titles instead.
    if (text.charCodeAt(j) === 46 && (!ABBREVIATIONS.has(key) || text.charCodeAt(j + 1) === 10)) sentenceStart = true;
    i = j;
  }
  return { tokens, mixedCaseKeys, lineStarts };
}

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr',
  'sen', 'rep', 'gov', 'lt', 'st', 'sr', 'jr', 'rev', 'hon', 'pres', 'sec', 'atty', 'supt', 'insp',
  'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep',
  'oct', 'nov', 'dec', 'mt', 'ft', 'gens', 'reps', 'sens', 'messrs', 'bros',
]);

/** The lookup key of a whole name or alias: its tokens' keys joined by single spaces. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}
