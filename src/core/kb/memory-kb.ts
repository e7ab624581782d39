/**
 * A knowledge base held in memory: for tests, and for the reader's own entities from the
 * options page. Same contract as the bundled KB.
 */
import type { EntityCard } from '../types.js';
import { nameKey } from '../text/normalise.js';
import { AliasType, type AliasHit, type EntityHead, type KbLookup } from './lookup.js';

export interface MemoryEntity {
  head: EntityHead;
  aliases: { name: string; type: AliasType }[];
  card: Omit<EntityCard, 'id' | 'kind' | 'name' | 'inKb'>;
}

export class MemoryKb implements KbLookup {
  readonly maxAliasTokens: number;
  private readonly byKey = new Map<string, AliasHit[]>();
  private readonly prefixes = new Set<string>();
  private readonly givenNames: Set<string>;

  constructor(
    private readonly entities: readonly MemoryEntity[],
    givenNames: Iterable<string> = [],
  ) {
    let max = 1;
    entities.forEach((entity, n) => {
      const all = [{ name: entity.head.name, type: AliasType.Full }, ...entity.aliases];
      for (const alias of all) {
        const key = nameKey(alias.name);
        if (!key) continue;
        const parts = key.split(' ');
        max = Math.max(max, parts.length);
        for (let i = 1; i < parts.length; i++) this.prefixes.add(parts.slice(0, i).join(' '));
        const hits = this.byKey.get(key) ?? [];
        if (!hits.some((h) => h.entity === n)) hits.push({ entity: n, type: alias.type });
        this.byKey.set(key, hits);
      }
    });
    this.maxAliasTokens = max;
    this.givenNames = new Set([...givenNames].map((g) => nameKey(g)));
  }

  lookup(key: string): readonly AliasHit[] | undefined {
    return this.byKey.get(key);
  }

  hasPrefix(prefix: string): boolean {
    return this.prefixes.has(prefix);
  }

  entity(n: number): EntityHead {
    const entity = this.entities[n];
    if (!entity) throw new RangeError(`no entity ${n}`);
    return entity.head;
  }

  isGivenName(key: string): boolean {
    return this.givenNames.has(key);
  }

  async card(n: number): Promise<EntityCard> {
    const entity = this.entities[n];
    if (!entity) throw new RangeError(`no entity ${n}`);
    const { head } = entity;
    return { id: head.id, kind: head.kind, name: head.name, inKb: true, ...entity.card };
  }
}
