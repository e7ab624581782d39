/**
 * Longest match of KB alias keys over the article's tokens. The KB answers "is this key an
 * alias?" and "does some alias continue after this prefix?", so the walk from each token stops
 * as soon as no alias can continue: a few lookups per token, a few milliseconds per article.
 */
import type { Token } from '../text/normalise.js';
import type { AliasHit, KbLookup } from '../kb/lookup.js';
import { aliasContinues, aliasStep, type AliasNode } from './kb-cache.js';
import { nameInternalPossessive } from './chunks.js';

export interface AliasMatch {
  /** Token indices [start, end). */
  start: number;
  end: number;
  key: string;
  hits: readonly AliasHit[];
}

/**
 * The longest alias starting at token `i` (and every shorter one, longest first), never across
 * a sentence break nor past a possessive ("Trump's administration" stops at "Trump") unless the
 * possessive is part of the name ("People's Republic of China").
 */
export function matchesAt(
  tokens: readonly Token[],
  i: number,
  kb: KbLookup,
  joinable: (left: number) => boolean,
): AliasMatch[] {
  const found: AliasMatch[] = [];
  let node: AliasNode | undefined;
  const last = Math.min(tokens.length, i + kb.maxAliasTokens);
  for (let j = i; j < last; j++) {
    const token = tokens[j]!;
    if (j > i && !joinable(j - 1)) break;
    node = aliasStep(kb, node, token.key);
    if (node.hits) found.push({ start: i, end: j + 1, key: node.key, hits: node.hits });
    if (token.possessive && !nameInternalPossessive(token, tokens[j + 1])) break;
    if (!aliasContinues(kb, node)) break;
  }
  return found.reverse();
}
