import { describe, expect, it } from 'vitest';
import { findNumbers } from './parse-number.js';

describe('findNumbers', () => {
  it('reads separators, magnitudes, currencies and percentages', () => {
    const found = findNumbers('1,600 troops, $1.5 billion, a 25% tariff, 3.4 per cent and €20m');
    expect(found.map((n) => [n.value, n.unit])).toEqual([
      [1600, undefined], [1.5e9, 'USD'], [0.25, 'percent'], [0.034, 'percent'], [2e7, 'EUR'],
    ]);
  });

  it('skips digits inside words', () => {
    expect(findNumbers('IR-2m centrifuges, G7 and COVID-19').map((n) => n.value)).toEqual([]);
  });
});
