import { describe, expect, it } from 'vitest';
import { AliasType } from '../../src/core/kb/lookup.js';
import { addPersonNames, stripParenthetical, surnames } from './names.js';
import { newDraft } from './model.js';

describe('surnames', () => {
  it('uses the family name a source gives, and the first part of a two-part one', () => {
    expect(surnames('Catherine Cortez Masto', 'Cortez Masto')).toEqual(['Cortez Masto', 'Cortez']);
    expect(surnames('Alexandria Ocasio-Cortez', 'Ocasio-Cortez')).toEqual(['Ocasio-Cortez']);
  });

  it('guesses both family names for people from Spanish-naming countries', () => {
    expect(surnames('Ricardo Trevilla Trejo', undefined, 'MX')).toEqual(['Trevilla Trejo', 'Trevilla', 'Trejo']);
    expect(surnames('Ricardo Trevilla Trejo', undefined, 'US')).toEqual(['Trejo']);
  });

  it('keeps particles and drops suffixes', () => {
    expect(surnames('Ludwig van Beethoven')).toEqual(['van Beethoven', 'Beethoven']);
    expect(surnames('Martin Luther King Jr.')).toEqual(['King']);
  });

  it('takes the first name as the family name where names are written family first', () => {
    expect(surnames('Xi Jinping', undefined, 'CN')).toEqual(['Xi']);
    expect(surnames('Lee Jae-myung', undefined, 'KR')).toEqual(['Lee']);
  });

  it('gives no surname to single names and regnal names', () => {
    expect(surnames('Aristotle')).toEqual([]);
    expect(surnames('Maximilian I of Mexico')).toEqual([]);
    expect(surnames('Louis XIV')).toEqual([]);
  });

  it('drops Wikipedia disambiguation', () => {
    expect(stripParenthetical('Richard Bassett (Delaware politician)')).toBe('Richard Bassett');
  });
});

describe('addPersonNames', () => {
  it('adds the forms news writing uses', () => {
    const d = newDraft('Q1', 'person', 'JD Vance', 'congress', { file: 'x', line: 1 });
    addPersonNames(d, { full: 'JD Vance', first: 'James David', last: 'Vance', nickname: 'J.D.', others: ['J.D. Vance'] }, 'US');
    expect(d.aliases.get('jd vance')?.type).toBe(AliasType.Full);
    expect(d.aliases.get('james david vance')?.type).toBe(AliasType.Full);
    expect(d.aliases.get('james vance')?.type).toBe(AliasType.Full);
    expect(d.aliases.get('vance')?.type).toBe(AliasType.Surname);
  });
});

describe('givenNameList', () => {
  it('keeps first names and leaves out common words, titles, particles and famous places', async () => {
    const { givenNameList } = await import('./emit.js');
    const names = new Map([
      ['Pete', 1], ['Claudia', 1], ['Will', 3], ['Saint', 2], ['van', 1], ['Paris', 1], ['José', 1], ['J.', 1],
    ]);
    expect(givenNameList(names, new Set(['paris']))).toEqual(['claudia', 'jose', 'pete']);
  });
});

describe('aliasTypeFor', () => {
  it('makes one-word common words short forms and short capitals acronyms', async () => {
    const { aliasTypeFor } = await import('./emit.js');
    expect(aliasTypeFor('prince', 'Prince', AliasType.Full)).toBe(AliasType.Short);
    expect(aliasTypeFor('ibm', 'IBM', AliasType.Full)).toBe(AliasType.Acronym);
    expect(aliasTypeFor('g20', 'G20', AliasType.Full)).toBe(AliasType.Full);
    expect(aliasTypeFor('india', 'India', AliasType.Full)).toBe(AliasType.Full);
    expect(aliasTypeFor('hegseth', 'Hegseth', AliasType.Surname)).toBe(AliasType.Surname);
  });
});

describe('addAlias', () => {
  it('keeps the form not in capitals of two equal names, so that the name counts in any case', async () => {
    const { addAlias } = await import('./model.js');
    const ikea = newDraft('kb:overlay:ikea', 'org', 'IKEA', 'overlay', { file: 'x.jsonl', line: 1 });
    addAlias(ikea, 'Ikea', AliasType.Full);
    expect(ikea.aliases.get('ikea')).toEqual({ name: 'Ikea', type: AliasType.Full });
    // Not for a common word: "HaD" must not make "had" a name in any case.
    const had = newDraft('kb:x:had', 'org', 'HAD', 'overlay', { file: 'x.jsonl', line: 2 });
    addAlias(had, 'HaD', AliasType.Full);
    expect(had.aliases.get('had')?.name).toBe('HAD');
  });
});
