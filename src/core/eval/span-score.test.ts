import { describe, expect, it } from 'vitest';
import { addScores, exact, partial, scoreSpans, ZERO_SCORE } from './span-score.js';

describe('span scores', () => {
  it('counts exact and partial matches', () => {
    const s = scoreSpans(
      [{ start: 0, end: 5 }, { start: 10, end: 20 }, { start: 30, end: 35 }],
      [{ start: 0, end: 5 }, { start: 12, end: 20 }, { start: 40, end: 45 }],
    );
    expect(s).toEqual({ tp: 1, predicted: 3, gold: 3, ptp: 2, gtp: 2 });
    expect(exact(s).f1).toBeCloseTo(1 / 3);
    expect(partial(s).precision).toBeCloseTo(2 / 3);
    expect(addScores(ZERO_SCORE, s)).toEqual(s);
  });
});
