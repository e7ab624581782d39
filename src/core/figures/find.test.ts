import { describe, expect, it } from 'vitest';
import { findFigures } from './find.js';
import { countedAfter } from './counted.js';
import { notAFigure, plainlyNotAFigure } from './not-figures.js';
import { findNumbers } from './parse-number.js';
import { countClass, groupRelated } from './group.js';

function reason(text: string, digits: string): string | undefined {
  const n = findNumbers(text).find((x) => text.slice(x.digitsStart, x.digitsEnd) === digits);
  if (!n) throw new Error(`no number ${digits}`);
  return notAFigure(text, n);
}

describe('notAFigure', () => {
  it('rejects years, dates, times, ordinals, street and phone numbers, codes and names', () => {
    expect(reason('in 2018 the deal', '2018')).toBe('year');
    expect(reason('on Nov. 3 the vote', '3')).toBe('date');
    expect(reason('on 12 March the vote', '12')).toBe('date');
    expect(reason('at 10:30 on Monday', '10')).toBe('time');
    expect(reason('at 5 p.m. sharp', '5')).toBe('time');
    expect(reason('the 21st century', '21')).toBe('ordinal');
    expect(reason('lives at 1600 Pennsylvania Avenue', '1600')).toBe('year');
    expect(reason('lives at 221 Baker Street', '221')).toBe('street number');
    expect(reason('call 555-0134 now', '555')).toBe('code or range');
    expect(reason('under Title 42 rules', '42')).toBe('part of a name');
    expect(reason('within 30 days of', '30')).toBe('duration');
  });

  it('keeps counts, money and percentages', () => {
    expect(reason('sent 1,600 troops', '1,600')).toBeUndefined();
    expect(reason('a $5 billion wall', '5')).toBeUndefined();
    expect(reason('a 25% tariff', '25')).toBeUndefined();
  });
});

describe('plainlyNotAFigure', () => {
  it('rejects bare years and single digits, and only numbers notAFigure rejects too', () => {
    const text = 'In 2019 some 3 of 1,600 troops, 5 million people, $7 aid, 9% more, 1999 votes and 2200 ' +
      'homes; 12 boats, 2,019 cars and 8.5 tons.';
    const plain = findNumbers(text).filter(plainlyNotAFigure).map((n) => text.slice(n.start, n.end));
    expect(plain).toEqual(['2019', '3', '1999']);
    for (const n of findNumbers(text)) if (plainlyNotAFigure(n)) expect(notAFigure(text, n)).toBeDefined();
  });
});

describe('countedAfter', () => {
  it('reads the counted phrase', () => {
    const at = (text: string, after: string) => countedAfter(text, text.indexOf(after) + after.length).counts;
    expect(at('ordered 1,600 active-duty troops to join', '1,600')).toBe('active-duty troops');
    expect(at('a 30,000-bed facility to hold migrants', '30,000')).toBe('bed facility');
    expect(at('a 25% tariff on the country', '25%')).toBe('tariff');
    expect(at('the roughly 2,500 National Guard and reserve forces already there', '2,500'))
      .toBe('National Guard and reserve forces');
    expect(at('$5 billion of aid for', '$5 billion')).toBe('aid');
  });

  it('reads past a comparative first word, and finds nothing counted when only that follows', () => {
    const at = (text: string, after: string) => countedAfter(text, text.indexOf(after) + after.length).counts;
    expect(at('would send 1,500 more troops to the border', '1,500')).toBe('troops');
    expect(at('about 200 fewer beds than planned', '200')).toBe('beds');
    expect(at('hired 40 additional border agents in May', '40')).toBe('border agents');
    expect(at('prices rose 9% more, officials said', '9%')).toBe('');
    expect(at('a rise of 5 more than expected', '5')).toBe('');
  });
});

describe('groupRelated', () => {
  it('groups figures of the same thing', () => {
    expect(countClass('National Guard and reserve forces')).toBe('troops');
    const related = groupRelated([
      { id: 'a', value: 1600, counts: 'active-duty troops' },
      { id: 'b', value: 10000, counts: 'Mexican troops' },
      { id: 'c', value: 30000, counts: 'bed facility' },
      { id: 'd', value: 30000, counts: 'immigrants' },
      { id: 'e', value: 0.25, unit: 'percent', counts: 'tariff' },
    ]);
    expect(related.get('a')).toEqual(['b']);
    expect(related.get('c')).toEqual(['d']);
    expect(related.get('e')).toEqual([]);
  });

  it('lists each related figure once, in text order, when it shares both the thing and the value', () => {
    const related = groupRelated([
      { id: 'a', value: 500, counts: 'troops' },
      { id: 'b', value: 500, counts: 'soldiers' },
      { id: 'c', value: 500, counts: 'votes' },
      { id: 'd', value: 20, counts: 'troops' },
    ]);
    expect(related.get('a')).toEqual(['b', 'c', 'd']);
    expect(related.get('b')).toEqual(['a', 'c', 'd']);
    expect(related.get('c')).toEqual(['a', 'b']);
    expect(related.get('d')).toEqual(['a', 'b']);
  });
});

describe('findFigures', () => {
  it('makes figure mentions and cards with the sentence', () => {
    const text = 'Trump ordered 1,600 active-duty troops to the border. In 2025, on Jan. 20, 3 aides left.';
    const { mentions, cards } = findFigures(text);
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([['1,600', 'figure:1']]);
    expect(cards.get('figure:1')).toMatchObject({
      kind: 'figure', name: '1,600 active-duty troops', inKb: false,
      figure: { value: 1600, counts: 'active-duty troops', sentence: 'Trump ordered 1,600 active-duty troops to the border.', related: [] },
    });
  });
});
