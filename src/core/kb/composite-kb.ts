/**
 * Two KBs read as one: the reader's own entities over the bundled KB. The reader's entries come
 * first among hits for the same alias, so a name they defined wins a tie. Entity numbers of the
 * overlaying KB are moved above a fixed offset so both number spaces stay apart.
 */
import type { EntityCard } from '../types.js';
import type { AliasHit, EntityHead, KbLookup } from './lookup.js';

/** Far above any bundled KB's entity count. */
const OVERLAY_OFFSET = 1 << 30;

export class CompositeKb implements KbLookup {
  readonly maxAliasTokens: number;
  private readonly memo = new Map<string, readonly AliasHit[] | undefined>();

  constructor(private readonly overlay: KbLookup, private readonly base: KbLookup) {
    this.maxAliasTokens = Math.max(overlay.maxAliasTokens, base.maxAliasTokens);
  }

  lookup(key: string): readonly AliasHit[] | undefined {
    if (this.memo.has(key)) return this.memo.get(key);
    const own = this.overlay.lookup(key);
    const shared = this.base.lookup(key);
    let hits: readonly AliasHit[] | undefined;
    if (!own) hits = shared;
    else {
      const moved = own.map((h) => ({ entity: h.entity + OVERLAY_OFFSET, type: h.type }));
      hits = shared ? [...moved, ...shared] : moved;
    }
    this.memo.set(key, hits);
    return hits;
  }

  hasPrefix(prefix: string): boolean {
    return this.overlay.hasPrefix(prefix) || this.base.hasPrefix(prefix);
  }

  entity(n: number): EntityHead {
    return n >= OVERLAY_OFFSET ? this.overlay.entity(n - OVERLAY_OFFSET) : this.base.entity(n);
  }

  isGivenName(key: string): boolean {
    return this.overlay.isGivenName(key) || this.base.isGivenName(key);
  }

  card(n: number): Promise<EntityCard> {
    return n >= OVERLAY_OFFSET ? this.overlay.card(n - OVERLAY_OFFSET) : this.base.card(n);
  }
}
