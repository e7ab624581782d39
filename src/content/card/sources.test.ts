import { describe, expect, it } from 'vitest';
import { describeSource, formatAsOf, safeUrl } from './card-view.js';

describe('card text helpers', () => {
  it('names sources by host, marks the reviewed overlay, drops reviewer notes', () => {
    expect(describeSource('overlay: https://www.euronews.com/my-europe/x ; https://estonianworld.com/?p=1; overlay: reviewer note'))
      .toBe('euronews.com, estonianworld.com (reviewed)');
    expect(describeSource('GeoNames')).toBe('GeoNames');
    expect(describeSource('overlay: reviewer note')).toBe('');
  });

  it('says how old a fact is without false precision', () => {
    expect(formatAsOf('2025-02-03')).toBe('Feb 2025');
    expect(formatAsOf('2014')).toBe('2014');
  });

  it('follows only http(s) links', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://en.wikipedia.org/wiki/X')).toBe('https://en.wikipedia.org/wiki/X');
  });
});
