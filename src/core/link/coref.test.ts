import { describe, expect, it } from 'vitest';
import { nameKey, tokenize } from '../text/normalise.js';
import { PersonIndex, isAmbiguousSurname, surnameForms } from './coref.js';

const keys = (name: string) => nameKey(name).split(' ');

describe('surnameForms', () => {
  it('knows single, double and particle surnames', () => {
    expect(surnameForms(keys('Pete Hegseth'))).toEqual(['hegseth']);
    expect(surnameForms(keys('Ricardo Trevilla Trejo'))).toEqual(['trevilla trejo', 'trevilla', 'trejo']);
    expect(surnameForms(keys('Ursula von der Leyen'))).toEqual(['von der leyen', 'leyen']);
    expect(surnameForms(keys('Hamad al-Otaibi'))).toEqual(['al otaibi', 'otaibi']);
  });

  it('takes no initial for a surname', () => {
    expect(surnameForms(keys('Richard A. Lupoff'))).toEqual(['lupoff']);
    expect(surnameForms(keys('Jorge A'))).toEqual([]);
  });
});

describe('PersonIndex', () => {
  it('finds the person a later reference names, longest form first', () => {
    const index = new PersonIndex();
    const ricardo = index.addFull(keys('Ricardo Trevilla Trejo'));
    const pete = index.addFull(keys('Pete Hegseth'));
    const tokens = tokenize('Trevilla Trejo and Hegseth');
    expect(index.matchAt(tokens, 0)).toEqual({ cluster: ricardo, length: 2 });
    expect(index.matchAt(tokens, 3)).toEqual({ cluster: pete, length: 1 });
  });

  it('merges a fuller form of the same name, and refuses shared surnames', () => {
    const index = new PersonIndex();
    const tom = index.addFull(keys('Tom Homan'));
    expect(index.addFull(keys('Thomas Homan'))).toBe(tom);
    index.addFull(keys('Donald Trump'));
    index.addFull(keys('Melania Trump'));
    expect(isAmbiguousSurname(index, 'trump')).toBe(true);
    expect(index.bySurnameKey('trump')).toBeUndefined();
  });

  it('reads a generational suffix as part of no surname', () => {
    expect(surnameForms(keys('Lloyd Austin III'))).toEqual(['austin']);
    const index = new PersonIndex();
    const plain = index.addFull(keys('Lloyd Austin'));
    expect(index.addFull(keys('Lloyd Austin III'))).toBe(plain);
    expect(index.bySurnameKey('austin')).toBe(plain);
  });

  it('knows a person by a given name no one else has', () => {
    const index = new PersonIndex();
    const kate = index.addFull(keys('Kate Middleton'));
    index.addFull(keys('Prince William'));
    expect(index.byGivenName('kate')).toBe(kate);
  });
});
