/**
 * A memo in front of the KB's alias lookups. Names repeat within an article and across the
 * articles one reader opens, and the bundled KB answers each lookup with a binary search over
 * strings; remembering the answers makes matching several times faster. The KB never changes
 * once loaded, so entries never go stale; the memo is bounded and simply cleared when full.
 */
import type { AliasHit, KbLookup } from '../kb/lookup.js';
import type { EntityCard } from '../types.js';

/** Entries kept per KB before the memo starts over: a few MB at most. */
const MAX_ENTRIES = 50_000;

interface Memo {
  lookups: Map<string, readonly AliasHit[] | null>;
  prefixes: Map<string, boolean>;
  given: Map<string, boolean>;
  cards: Map<number, Promise<EntityCard>>;
  /** Cards already loaded: read without waiting. */
  loaded: Map<number, EntityCard>;
}

/** Cards kept per KB: the people and places of the articles one reads recur. */
const MAX_CARDS = 2_000;

const memos = new WeakMap<KbLookup, Memo>();

function memoOf(kb: KbLookup): Memo {
  let memo = memos.get(kb);
  if (!memo) {
    memo = { lookups: new Map(), prefixes: new Map(), given: new Map(), cards: new Map(), loaded: new Map() };
    memos.set(kb, memo);
  }
  return memo;
}

export function cachedLookup(kb: KbLookup, key: string): readonly AliasHit[] | undefined {
  const memo = memoOf(kb);
  const known = memo.lookups.get(key);
  if (known !== undefined) return known ?? undefined;
  const hits = kb.lookup(key);
  if (memo.lookups.size >= MAX_ENTRIES) memo.lookups.clear();
  memo.lookups.set(key, hits ?? null);
  return hits;
}

export function cachedHasPrefix(kb: KbLookup, key: string): boolean {
  const memo = memoOf(kb);
  const known = memo.prefixes.get(key);
  if (known !== undefined) return known;
  const result = kb.hasPrefix(key);
  if (memo.prefixes.size >= MAX_ENTRIES) memo.prefixes.clear();
  memo.prefixes.set(key, result);
  return result;
}

export function cachedIsGivenName(kb: KbLookup, key: string): boolean {
  const memo = memoOf(kb);
  const known = memo.given.get(key);
  if (known !== undefined) return known;
  const result = kb.isGivenName(key);
  if (memo.given.size >= MAX_ENTRIES) memo.given.clear();
  memo.given.set(key, result);
  return result;
}

/** The KB card of entity `n`, shared between calls; a failed load is not remembered. */
export function cachedCard(kb: KbLookup, n: number): Promise<EntityCard> {
  const memo = memoOf(kb);
  const known = memo.cards.get(n);
  if (known) return known;
  const loading = kb.card(n);
  if (memo.cards.size >= MAX_CARDS) {
    memo.cards.clear();
    memo.loaded.clear();
  }
  memo.cards.set(n, loading);
  loading.then((card) => memo.loaded.set(n, card), () => memo.cards.delete(n));
  return loading;
}

/** The card of entity `n` if it is already loaded, else undefined. */
export function loadedCard(kb: KbLookup, n: number): EntityCard | undefined {
  return memoOf(kb).loaded.get(n);
}
