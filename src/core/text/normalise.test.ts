import { describe, expect, it } from 'vitest';
import { nameKey, tokenize, tokenizeText } from './normalise.js';

describe('tokenize', () => {
  it('folds diacritics, case and curly apostrophes', () => {
    expect(nameKey('Peña Nieto')).toBe('pena nieto');
    expect(nameKey('O’Rourke')).toBe(nameKey("O'Rourke"));
  });

  it('joins dotted initials however they are spaced', () => {
    expect(nameKey('J.D. Vance')).toBe('jd vance');
    expect(nameKey('J. D. Vance')).toBe('jd vance');
    expect(nameKey('JD Vance')).toBe('jd vance');
    expect(nameKey('U.S. Northern Command')).toBe('us northern command');
  });

  it('drops possessives but keeps the offsets of the name itself', () => {
    const text = 'Vance’s tiebreaking vote and Jones\' car';
    const tokens = tokenize(text);
    expect(tokens[0]).toMatchObject({ key: 'vance', possessive: true });
    expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe('Vance');
    const jones = tokens.find((t) => t.key === 'jones');
    expect(jones?.possessive).toBe(true);
  });

  it('splits hyphenated words and removes soft hyphens', () => {
    expect(nameKey('Hurras al-Din')).toBe('hurras al din');
    expect(nameKey('Heg\u00ADseth')).toBe('hegseth');
  });

  it('marks sentence starts but not after titles like "Gen."', () => {
    const tokens = tokenize('He met Gen. Ricardo Trevilla. Then he left.\nNext');
    const byKey = Object.fromEntries(tokens.map((t) => [t.key, t.sentenceStart]).reverse());
    expect(byKey['he']).toBe(true);
    expect(byKey['ricardo']).toBe(false);
    expect(byKey['then']).toBe(true);
    expect(byKey['next']).toBe(true);
  });

  it('records the shape of each token', () => {
    const shapes = tokenize('NATO Trump iPhone the').map((t) => t.shape);
    expect(shapes).toEqual(['upper', 'title', 'other', 'lower']);
  });

  it('gives every word its key and shape however often it was seen before, past the memo size', () => {
    // More distinct words than the memo of surfaces keeps, each in three cases, twice over: the
    // memo starts over on the way, and no word may come back with another word's key or shape.
    const words = Array.from({ length: 40_000 }, (_, n) => `w${n.toString(36)}x`);
    const text = words.map((w) => `${w} ${w.toUpperCase()} ${w[0]!.toUpperCase()}${w.slice(1)}`).join(' ');
    for (let pass = 0; pass < 2; pass++) {
      const tokens = tokenize(text);
      expect(tokens).toHaveLength(words.length * 3);
      for (let n = 0; n < words.length; n += 997) {
        expect(tokens.slice(3 * n, 3 * n + 3).map((t) => [t.key, t.shape])).toEqual([
          [words[n], 'lower'], [words[n], 'upper'], [words[n], 'title'],
        ]);
      }
    }
    expect(tokenize('Peña PEÑA peña').map((t) => [t.key, t.shape])).toEqual([['pena', 'title'], ['pena', 'upper'], ['pena', 'lower']]);
  });

  it('lists the keys a text writes both in title case and in lower case, for that text alone', () => {
    const first = tokenizeText('Will said he will go. MAY may. Mark and BUSH, Bush and bush. Will');
    expect([...first.mixedCaseKeys].sort()).toEqual(['bush', 'will']);
    // Another text starts afresh, whatever the first one wrote.
    expect([...tokenizeText('Will Smith. May.').mixedCaseKeys]).toEqual([]);
    expect([...tokenizeText('the Mark, a mark').mixedCaseKeys]).toEqual(['mark']);
  });
});

