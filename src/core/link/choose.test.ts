import { describe, expect, it } from 'vitest';
import { AliasType, type EntityHead } from '../kb/lookup.js';
import { MemoryKb } from '../kb/memory-kb.js';
import { chooseEntity, type ChooseOptions, type LinkContext } from './choose.js';

function kbOf(heads: EntityHead[]): MemoryKb {
  return new MemoryKb(heads.map((head) => ({ head, aliases: [], card: { description: '', facts: [] } })));
}

const ALL: ChooseOptions = {
  kinds: new Set(['person', 'org', 'place']), allowSurname: true, strong: true, commonWord: false,
};

function ctx(kb: MemoryKb, extra: Partial<LinkContext> = {}): LinkContext {
  return { kb, countries: new Map(), linked: new Set(), placeInContext: () => false, ...extra };
}

describe('chooseEntity', () => {
  it('takes the first of equally scored candidates, in the order the KB lists them', () => {
    const kb = kbOf([
      { id: 'A', kind: 'org', name: 'Acme', prominence: 500, country: 'US' },
      { id: 'B', kind: 'org', name: 'Acme', prominence: 500, country: 'GB' },
      { id: 'C', kind: 'org', name: 'Acme', prominence: 100, country: 'FR' },
    ]);
    const hits = (order: number[]) => order.map((entity) => ({ entity, type: AliasType.Full }));
    expect(chooseEntity(hits([0, 1, 2]), ctx(kb), ALL)?.entity).toBe(0);
    expect(chooseEntity(hits([2, 1, 0]), ctx(kb), ALL)?.entity).toBe(1);
    // An equal rival makes a tie; a far weaker one does not.
    expect(chooseEntity(hits([1, 2]), ctx(kb), ALL)!.confidence).toBeGreaterThan(chooseEntity(hits([0, 1]), ctx(kb), ALL)!.confidence);
  });

  it('links a full name to the clear winner and refuses a near tie', () => {
    const kb = kbOf([
      { id: 'A', kind: 'person', name: 'John Kerry', prominence: 800 },
      { id: 'B', kind: 'person', name: 'John Kerry', prominence: 200 },
      { id: 'C', kind: 'person', name: 'John Kerry', prominence: 190 },
    ]);
    const hits = [0, 1].map((entity) => ({ entity, type: AliasType.Full }));
    expect(chooseEntity(hits, ctx(kb), ALL)?.entity).toBe(0);
    const tie = chooseEntity([1, 2].map((entity) => ({ entity, type: AliasType.Full })), ctx(kb), ALL);
    expect(tie!.confidence).toBeLessThan(0.7);
  });

  it('links a surname alone only for the very prominent, well ahead of namesakes', () => {
    const kb = kbOf([
      { id: 'Q22686', kind: 'person', name: 'Donald Trump', prominence: 1000 },
      { id: 'X', kind: 'person', name: 'Someone Trump', prominence: 300 },
      { id: 'Y', kind: 'person', name: 'Jane Hegseth', prominence: 400 },
    ]);
    const trump = chooseEntity([0, 1].map((entity) => ({ entity, type: AliasType.Surname })), ctx(kb), ALL);
    expect(trump?.entity).toBe(0);
    expect(chooseEntity([{ entity: 2, type: AliasType.Surname }], ctx(kb), ALL)).toBeUndefined();
    expect(chooseEntity([{ entity: 2, type: AliasType.Surname }], ctx(kb, { linked: new Set([2]) }), ALL)?.entity).toBe(2);
  });

  it('links an acronym of a little-known body only when the article names it or its country', () => {
    const kb = kbOf([
      { id: 'CU', kind: 'org', name: 'Some Cuban Party', prominence: 250, country: 'CU' },
      { id: 'FBI', kind: 'org', name: 'Federal Bureau of Investigation', prominence: 720, country: 'US' },
    ]);
    const acronym = (entity: number) => [{ entity, type: AliasType.Acronym }];
    expect(chooseEntity(acronym(0), ctx(kb), ALL)).toBeUndefined();
    expect(chooseEntity(acronym(0), ctx(kb, { countries: new Map([['CU', 1]]) }), ALL)?.entity).toBe(0);
    expect(chooseEntity(acronym(0), ctx(kb, { linked: new Set([0]) }), ALL)?.entity).toBe(0);
    expect(chooseEntity(acronym(1), ctx(kb), ALL)?.entity).toBe(1);
  });

  it('links a small place only in context, and prefers the article’s countries', () => {
    const kb = kbOf([
      { id: 'P1', kind: 'place', name: 'San Ysidro', prominence: 300, country: 'US', region: 'US-CA', needsContext: true },
      { id: 'P2', kind: 'place', name: 'Springfield', prominence: 500, country: 'US' },
      { id: 'P3', kind: 'place', name: 'Springfield', prominence: 500, country: 'AU' },
    ]);
    expect(chooseEntity([{ entity: 0, type: AliasType.Full }], ctx(kb), ALL)).toBeUndefined();
    expect(chooseEntity([{ entity: 0, type: AliasType.Full }], ctx(kb, { placeInContext: () => true }), ALL)?.entity).toBe(0);
    const hits = [1, 2].map((entity) => ({ entity, type: AliasType.Full }));
    expect(chooseEntity(hits, ctx(kb, { countries: new Map([['AU', 2]]) }), ALL)?.entity).toBe(2);
  });
});

describe('chooseEntity and the past', () => {
  it('does not link an obscure historical person by name alone', () => {
    const kb = kbOf([
      { id: 'H', kind: 'person', name: 'William Caldwell', prominence: 160, historical: true },
      { id: 'F', kind: 'person', name: 'Abraham Lincoln', prominence: 900, historical: true },
    ]);
    const obscure = chooseEntity([{ entity: 0, type: AliasType.Full }], ctx(kb), ALL);
    expect(obscure!.confidence).toBeLessThan(0.7);
    expect(chooseEntity([{ entity: 1, type: AliasType.Full }], ctx(kb), ALL)!.confidence).toBeGreaterThan(0.9);
  });
});

describe('chooseEntity and duplicates', () => {
  it('does not see an organisation entered twice as an ambiguity', () => {
    const kb = kbOf([
      { id: 'O', kind: 'org', name: 'European Union', prominence: 720 },
      { id: 'P', kind: 'place', name: 'European Union', prominence: 700, country: 'EU' },
    ]);
    const hits = [0, 1].map((entity) => ({ entity, type: AliasType.Full }));
    const choice = chooseEntity(hits, ctx(kb), { ...ALL, key: 'european union' });
    expect(choice?.entity).toBe(0);
    expect(choice!.confidence).toBeGreaterThan(0.9);
  });
});
