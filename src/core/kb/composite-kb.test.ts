import { describe, expect, it } from 'vitest';
import { CompositeKb } from './composite-kb.js';
import { MemoryKb } from './memory-kb.js';
import { AliasType } from './lookup.js';

const base = new MemoryKb([
  { head: { id: 'Q1', kind: 'person', name: 'Jane Smith', prominence: 300 }, aliases: [{ name: 'Smith', type: AliasType.Surname }], card: { description: 'Senator', facts: [] } },
]);
const own = new MemoryKb([
  { head: { id: 'user:1', kind: 'person', name: 'Jane Smith', prominence: 1000 }, aliases: [], card: { description: 'My colleague', facts: [] } },
  { head: { id: 'user:2', kind: 'org', name: 'Acme Widgets Ltd', prominence: 1000 }, aliases: [], card: { description: 'Supplier', facts: [] } },
]);

describe('CompositeKb', () => {
  const kb = new CompositeKb(own, base);

  it('puts the reader\'s entity first among hits of the same alias', async () => {
    const hits = kb.lookup('jane smith')!;
    expect(hits.map((h) => kb.entity(h.entity).id)).toEqual(['user:1', 'Q1']);
    expect((await kb.card(hits[0]!.entity)).description).toBe('My colleague');
    expect((await kb.card(hits[1]!.entity)).description).toBe('Senator');
  });

  it('finds aliases only one side knows, and their prefixes', () => {
    expect(kb.lookup('smith')?.map((h) => kb.entity(h.entity).id)).toEqual(['Q1']);
    expect(kb.lookup('acme widgets ltd')?.map((h) => kb.entity(h.entity).id)).toEqual(['user:2']);
    expect(kb.hasPrefix('acme widgets')).toBe(true);
    expect(kb.maxAliasTokens).toBe(3);
  });
});
