/**
 * Titles and role phrases around a name: "Defense Secretary Pete Hegseth", "“border czar” Tom
 * Homan", "Mexican President Claudia Sheinbaum", "his Mexican counterpart, National Defense
 * Secretary Gen. Ricardo Trevilla Trejo". A title is evidence that a person follows, and the
 * phrase is what the article says the person is.
 */
import { ABBREVIATIONS, type Token } from '../text/normalise.js';
import { HONORIFIC_WORDS, PERSONAL_HONORIFICS, ROLE_MODIFIER_WORDS, isRoleWord, isTitleWord } from '../lexicon/titles.js';
import { DEMONYMS } from '../lexicon/org-place-words.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { gapKind, isCapitalised } from '../recognise/chunks.js';

/** Titles that are never a surname or a word of a name: safe as a chunk's title zone end. */
function isTitleAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && isTitleWord(t.key);
}

/**
 * Inside a capitalised run, where the title part ends and the name begins: "National Defense
 * Secretary Gen. | Ricardo Trevilla Trejo", "U.S. President | Donald Trump". Returns the index
 * of the first name token, or `start` when the run begins with the name. At least one name token
 * is always left, and the tokens before the title must themselves be role words, demonyms or
 * capitalised words (an organisation or country in the title: "Tesla CEO", "U.S. President").
 */
export function titleZoneEnd(tokens: readonly Token[], start: number, end: number): number {
  let zoneEnd = start;
  for (let i = start; i < end - 1; i++) {
    const t = tokens[i]!;
    if (isTitleAt(tokens, i)) {
      zoneEnd = i + 1;
      continue;
    }
    if (isRoleWord(t.key) || DEMONYMS.has(t.key)) continue;
    // A name word: the title zone can only continue if a title word follows later.
    let laterTitle = false;
    for (let k = i + 1; k < end - 1 && k <= i + 4; k++) {
      if (isTitleAt(tokens, k)) laterTitle = true;
    }
    if (!laterTitle) break;
  }
  return zoneEnd;
}

export interface RolePhrase {
  /** Character offsets of the phrase in the text. */
  start: number;
  end: number;
  text: string;
}

/** Role words and demonyms in one set: most words before a name are neither, found in one lookup. */
const ROLE_OR_DEMONYM: ReadonlySet<string> = new Set([...HONORIFIC_WORDS, ...ROLE_MODIFIER_WORDS, ...DEMONYMS]);

const QUOTE_OPEN = /[“"‘']\s*$/;

/**
 * The role words written right before token `i` (the first token of a name), in any case:
 * "spokeswoman", "“border czar”", "Defense Secretary", "Mexican President". Returns undefined
 * unless the phrase holds a title word. Walks back over spaces and quotes only.
 */
export function roleBefore(text: string, tokens: readonly Token[], i: number): RolePhrase | undefined {
  let k = i - 1;
  let first = i;
  let hasTitle = false;
  while (k >= 0 && i - k <= 6) {
    const t = tokens[k]!;
    // Most names follow a word that is no role at all: decide that before reading the gap.
    if (!hasTitle && !ROLE_OR_DEMONYM.has(t.key)) break;
    const next = tokens[k + 1]!;
    const gap = text.slice(t.end, next.start);
    if (!/^[\s“”"‘’'.-]*$/.test(gap) || /\n\s*\n/.test(gap) || gap.includes(',')) break;
    if (gap.includes('\n')) break;
    if (/\.\s/.test(gap) && !ABBREVIATIONS.has(t.key)) break;
    const role = isRoleWord(t.key) || DEMONYMS.has(t.key);
    const capitalisedInsideTitle = isCapitalised(t) && hasTitle && !t.sentenceStart && k > 0;
    if (!role && !capitalisedInsideTitle) break;
    // "Major U.S. stock indexes": a title word that is also an adjective, at a sentence start
    // ("Lord Sainsbury", a title only people carry, is none).
    if (t.sentenceStart && isCommonWord(t.key) && !hasTitle && isTitleWord(t.key) && !PERSONAL_HONORIFICS.has(t.key)) break;
    if (isTitleWord(t.key)) hasTitle = true;
    first = k;
    k--;
  }
  if (!hasTitle || first === i) return undefined;
  // Trim words that only modify ("former", "then") from neither end; trim a leading possessive-free
  // "his"/"her" is never inside because those are not role words.
  let startChar = tokens[first]!.start;
  const endChar = tokens[i - 1]!.end;
  // Keep an opening quote that belongs to the phrase.
  const before = text.slice(Math.max(0, startChar - 1), startChar);
  if (QUOTE_OPEN.test(before)) startChar -= 1;
  let endOut = endChar;
  const after = text[endChar];
  if (after && /[”"’']/.test(after)) endOut += 1;
  // "Gen.", "Sen.": the full stop of an abbreviated title belongs to it.
  if (text[endOut] === '.' && endOut === tokens[i - 1]!.end && ABBREVIATIONS.has(tokens[i - 1]!.key)) endOut += 1;
  const phrase = text.slice(startChar, endOut).replace(/\s+/g, ' ');
  return { start: startChar, end: endOut, text: phrase };
}

/** True when a title word stands right before token `i` (any case): evidence of a person. */
export function hasTitleBefore(text: string, tokens: readonly Token[], i: number): boolean {
  return roleBefore(text, tokens, i) !== undefined;
}

/** True when a title's short form with a full stop precedes ("Gen.", "Sen."): gap is ". ". */
export function dottedTitle(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i - 1];
  const n = tokens[i];
  return t !== undefined && n !== undefined && gapKind(text, t, n) === 'dot' && isTitleWord(t.key);
}
