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

/**
 * One step of the walk along an alias's tokens: the key so far ("pete hegseth"), the entities it
 * names, and whether a longer alias starts with it. Nodes form a trie keyed by token keys, so a
 * walk the article (or an earlier one) made before costs one map lookup per token on a short,
 * already-hashed key, instead of joining strings and hashing the whole key again.
 */
export class AliasNode {
  /** Next steps by token key; made on first use. */
  next: Map<string, AliasNode> | undefined;
  /** Undefined until asked. */
  continues: boolean | undefined;

  constructor(
    readonly key: string,
    readonly hits: readonly AliasHit[] | undefined,
  ) {}
}

interface Memo {
  /** First steps of the alias trie. */
  aliases: Map<string, AliasNode>;
  /** Nodes in the trie, to bound it. */
  aliasNodes: number;
  given: Map<string, boolean>;
  cards: Map<number, Promise<EntityCard>>;
  /** Cards already loaded: read without waiting. */
  loaded: Map<number, EntityCard>;
}

/** Cards kept per KB: the people and places of the articles one reads recur. */
const MAX_CARDS = 2_000;

const memos = new WeakMap<KbLookup, Memo>();

/** The KB asked last and its memo: nearly every call asks about the same KB as the one before. */
let lastKb: KbLookup | undefined;
let lastMemo: Memo | undefined;

function memoOf(kb: KbLookup): Memo {
  if (kb === lastKb) return lastMemo!;
  let memo = memos.get(kb);
  if (!memo) {
    memo = { aliases: new Map(), aliasNodes: 0, given: new Map(), cards: new Map(), loaded: new Map() };
    memos.set(kb, memo);
  }
  lastKb = kb;
  lastMemo = memo;
  return memo;
}

/**
 * The alias node for `tokenKey` after `from` (undefined: the first token of a name). The KB
 * answers each key once; the trie is bounded and starts over when full.
 */
export function aliasStep(kb: KbLookup, from: AliasNode | undefined, tokenKey: string): AliasNode {
  const memo = memoOf(kb);
  const next = from ? (from.next ??= new Map()) : memo.aliases;
  const known = next.get(tokenKey);
  if (known) return known;
  if (memo.aliasNodes >= MAX_ENTRIES) {
    memo.aliases = new Map();
    memo.aliasNodes = 0;
  }
  const key = from ? `${from.key} ${tokenKey}` : tokenKey;
  const hits = kb.lookup(key);
  const node = new AliasNode(key, hits && hits.length > 0 ? hits : undefined);
  next.set(tokenKey, node);
  memo.aliasNodes++;
  return node;
}

/** Does some alias continue after this node's key? Asked of the KB once per node. */
export function aliasContinues(kb: KbLookup, node: AliasNode): boolean {
  return (node.continues ??= kb.hasPrefix(node.key));
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
