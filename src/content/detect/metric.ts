/**
 * The article-extraction metric of the evaluations (Readability corpus, WCXB): precision,
 * recall and F1 over bags of lower-case word tokens. A word is a run of letters and digits of
 * any script, except in Chinese and Japanese, which do not put spaces between words: there
 * each Han, Hiragana or Katakana character is a token of its own (the usual stand-in for words
 * in those scripts), since a "run of letters" would be a whole sentence and one extra comma
 * would make two sentences match nothing.
 */

export type Bag = Map<string, number>;

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu;

export function bagOfWords(text: string): Bag {
  const bag: Bag = new Map();
  for (const m of text.toLowerCase().matchAll(TOKEN)) bag.set(m[0], (bag.get(m[0]) ?? 0) + 1);
  return bag;
}

export function bagF1(got: Bag, want: Bag): { p: number; r: number; f1: number } {
  let overlap = 0;
  let nGot = 0;
  let nWant = 0;
  for (const n of got.values()) nGot += n;
  for (const [t, n] of want) {
    nWant += n;
    overlap += Math.min(n, got.get(t) ?? 0);
  }
  if (nGot === 0 && nWant === 0) return { p: 1, r: 1, f1: 1 };
  const p = nGot ? overlap / nGot : 0;
  const r = nWant ? overlap / nWant : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
