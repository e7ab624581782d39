/**
 * What a figure counts: the noun phrase after it ("1,600 active-duty troops", "a 30,000-bed
 * facility", "a 25% tariff", "10,000 Mexican troops"), or after "of" ("$5 billion of aid").
 */

const STOP = new Set([
  'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'that', 'which', 'who', 'whom', 'already',
  'was', 'were', 'is', 'are', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could', 'should',
  'can', 'may', 'might', 'said', 'says', 'as', 'than', 'if', 'but', 'when', 'while', 'since',
  'into', 'over', 'under', 'after', 'before', 'during', 'about', 'this', 'these', 'those', 'it',
  'they', 'he', 'she', 'we', 'a', 'an', 'the', 'more', 'less', 'each', 'per', 'across', 'out',
  'up', 'down', 'near', 'off', 'last', 'next', 'this', 'so', 'then', 'also', 'not', 'only',
  'stationed', 'including',
]);

/**
 * Words that say how a number compares ("1,500 more troops", "200 fewer beds"): skipped when
 * they come first, so the figure still says what it counts.
 */
const COMPARATIVES = new Set(['more', 'fewer', 'less', 'additional', 'extra', 'new']);

const WORD = /^[\s]*([\p{L}][\p{L}\p{M}'’-]*)/u;
const MAX_WORDS = 5;

export interface Counted {
  counts: string;
  /** Character offset where the counted phrase ends. */
  end: number;
}

/** The counted phrase starting right after `from` (a figure's end). */
export function countedAfter(text: string, from: number): Counted {
  let at = from;
  // "30,000-bed facility": the compound's first word is part of what is counted.
  const words: string[] = [];
  let sawPlural = false;
  let skippedComparative = false;
  let lastEnd = from;
  if (text[at] === '-') at += 1;
  else if (/^\s+of\s/.test(text.slice(at, at + 5))) {
    at = at + text.slice(at).indexOf('of') + 2;
  }
  while (words.length < MAX_WORDS) {
    const rest = text.slice(at, at + 60);
    const gap = /^([ \t]*)/.exec(rest)?.[1] ?? '';
    if (words.length > 0 && /^[^\s\p{L}]/u.test(rest)) break;
    const m = WORD.exec(rest);
    if (!m || /\n/.test(rest.slice(0, m.index + (m[0].length - m[1]!.length)))) break;
    const word = m[1]!;
    const key = word.toLowerCase();
    if (words.length === 0 && COMPARATIVES.has(key) && !skippedComparative) {
      skippedComparative = true;
      at += m[0].length;
      continue;
    }
    if (STOP.has(key)) break;
    if (key === 'and' || key === 'or') {
      // "National Guard and reserve forces": go on only until a plural noun is found.
      if (sawPlural || words.length === 0) break;
      words.push(word);
      at += m[0].length;
      continue;
    }
    if (/^\d/.test(word)) break;
    words.push(word);
    at += m[0].length;
    lastEnd = at;
    void gap;
    if (/[^s]s$/i.test(word) && words.length >= 1 && !/(ss|us|is)$/i.test(word)) {
      sawPlural = true;
      // A plural noun ends the phrase unless another noun-like plural follows directly.
      break;
    }
  }
  while (words.length > 0 && /^(?:and|or)$/i.test(words[words.length - 1]!)) words.pop();
  return { counts: words.join(' '), end: lastEnd };
}
