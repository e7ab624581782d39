/**
 * A memo in front of the KB's alias lookups. Names repeat within an article and across the
 * articles one reader opens, and the bundled KB answers each lookup with a binary search over
 * strings; remembering the answers makes matching several times faster. The KB never changes
 * once loaded, so entries never go stale; the memo is bounded and simply cleared when full.
 */
import type { AliasHit, KbLookup } from '../kb/lookup.js';

/** Entries kept per KB before the memo starts over: a few MB at most. */
const MAX_ENTRIES = 50_000;

interface Memo {
  lookups: Map<string, readonly AliasHit[] | null>;
  prefixes: Map<string, boolean>;
}

const memos = new WeakMap<KbLookup, Memo>();

function memoOf(kb: KbLookup): Memo {
  let memo = memos.get(kb);
  if (!memo) {
    memo = { lookups: new Map(), prefixes: new Map() };
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
