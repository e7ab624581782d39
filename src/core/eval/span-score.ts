/**
 * Span scores for evaluations: precision, recall and F1 of predicted spans against gold spans,
 * exact (same start and end) and partial (any overlap). Used by `npm run eval:ner` and the
 * corpus tests; pure so both share one definition of "right".
 */

export interface Span {
  start: number;
  end: number;
}

export interface SpanScore {
  /** Predicted spans equal to a gold span. */
  tp: number;
  predicted: number;
  gold: number;
  /** Predicted spans overlapping some gold span. */
  ptp: number;
  /** Gold spans overlapped by some predicted span. */
  gtp: number;
}

export const ZERO_SCORE: SpanScore = { tp: 0, predicted: 0, gold: 0, ptp: 0, gtp: 0 };

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function scoreSpans(gold: readonly Span[], predicted: readonly Span[]): SpanScore {
  const goldKeys = new Set(gold.map((s) => `${s.start}:${s.end}`));
  return {
    tp: predicted.filter((p) => goldKeys.has(`${p.start}:${p.end}`)).length,
    predicted: predicted.length,
    gold: gold.length,
    ptp: predicted.filter((p) => gold.some((g) => overlaps(p, g))).length,
    gtp: gold.filter((g) => predicted.some((p) => overlaps(p, g))).length,
  };
}

export function addScores(a: SpanScore, b: SpanScore): SpanScore {
  return {
    tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold,
    ptp: a.ptp + b.ptp, gtp: a.gtp + b.gtp,
  };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function prf(hitsP: number, predicted: number, hitsR: number, gold: number): Prf {
  const precision = predicted ? hitsP / predicted : 0;
  const recall = gold ? hitsR / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function exact(s: SpanScore): Prf {
  return prf(s.tp, s.predicted, s.tp, s.gold);
}

export function partial(s: SpanScore): Prf {
  return prf(s.ptp, s.predicted, s.gtp, s.gold);
}

export function formatScore(s: SpanScore): string {
  const e = exact(s);
  const p = partial(s);
  const n = (x: number) => x.toFixed(3);
  return `exact P ${n(e.precision)} R ${n(e.recall)} F1 ${n(e.f1)} | partial P ${n(p.precision)} R ${n(p.recall)} F1 ${n(p.f1)} | gold ${s.gold} predicted ${s.predicted}`;
}
