/**
 * The article-extraction metric of the evaluations (Readability corpus, WCXB): precision,
 * recall and F1 over bags of lower-case word tokens (letters and digits of any script).
 */

export type Bag = Map<string, number>;

export function bagOfWords(text: string): Bag {
  const bag: Bag = new Map();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) bag.set(m[0], (bag.get(m[0]) ?? 0) + 1);
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
