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

  it('starts a number at a currency sign right before its digits, never inside a number', () => {
    const text = 'US$5, A$3, C$2, R$9, S$4, € 6, $1.5bn, 5$6, 2.5 and 1,600';
    expect(findNumbers(text).map((n) => text.slice(n.start, n.end))).toEqual([
      'US$5', 'A$3', 'C$2', 'R$9', '6', '$1.5bn', '5', '2.5', '1,600',
    ]);
    // "S$4" and "5$6": the sign is glued to a word or a number, so no number starts there.
    expect(findNumbers('£5 ¥6 ₹7.5 AUS$5 $$5 .5 ,5 12,345.67 5%').map((n) => n.value)).toEqual([5, 6, 7.5, 5, 12345.67, 0.05]);
  });
});

