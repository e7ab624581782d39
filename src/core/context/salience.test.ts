import { describe, expect, it } from 'vitest';
import { salienceRanks } from './salience.js';

describe('salienceRanks', () => {
  it('ranks by mentions, with early mentions weighing more', () => {
    const ranks = salienceRanks([
      { id: 'late-many', mentions: 5, firstAt: 0.9 },
      { id: 'early-few', mentions: 3, firstAt: 0 },
      { id: 'once', mentions: 1, firstAt: 0.5 },
    ]);
    expect([...ranks]).toEqual([['late-many', 1], ['early-few', 2], ['once', 3]]);
  });
});
