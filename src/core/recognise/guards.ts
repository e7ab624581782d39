/**
 * When a KB alias found in the text may be taken for a name. Capital letters are the main
 * evidence, but not at the start of a sentence nor in a headline or an all-caps line; aliases
 * that are common words ("Will", "May", "Nature", "Capital") or that the article itself writes
 * in lower case need a capital that means something; acronyms only count in capitals.
 */
import type { Token } from '../text/normalise.js';
import { AliasType, type AliasHit } from '../kb/lookup.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { isCapitalised } from './chunks.js';
import type { AliasMatch } from './kb-matcher.js';

/** Lower-case words allowed inside a multi-word name: "Department of Homeland Security". */
const INNER_LOWER = new Set([
  'of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'du', 'des', 'da', 'do', 'dos', 'di', 'y',
  'on', 'in', 'at', 'al', 'el', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'upon', 'sur', 'am',
]);

export interface CaseEvidence {
  /** Per token: capitals there mean nothing (headline, all caps). */
  caseless: readonly boolean[];
  /** Keys the article writes in lower case somewhere: common words in this very text. */
  lowerKeys: ReadonlySet<string>;
}

export interface GuardedMatch extends AliasMatch {
  /** The first token's capital is real evidence: mid-sentence, in prose. */
  strong: boolean;
  /** A single word that is also a common word: needs more than a capital to link. */
  commonWord: boolean;
}

export function strongCase(token: Token, caseless: boolean): boolean {
  return isCapitalised(token) && !token.sentenceStart && !caseless;
}

/** Returns the match with the hits that survive the guards, or undefined when none does. */
export function guardMatch(
  match: AliasMatch,
  tokens: readonly Token[],
  evidence: CaseEvidence,
): GuardedMatch | undefined {
  const first = tokens[match.start]!;
  const last = tokens[match.end - 1]!;
  if (!isCapitalised(first) || !isCapitalised(last)) return undefined;
  for (let i = match.start + 1; i < match.end - 1; i++) {
    const t = tokens[i]!;
    if (!isCapitalised(t) && !INNER_LOWER.has(t.key)) return undefined;
  }
  const single = match.end - match.start === 1;
  const caseless = evidence.caseless[match.start] ?? false;
  let allUpper = true;
  for (let i = match.start; i < match.end; i++) if (tokens[i]!.shape !== 'upper') allUpper = false;
  // Capitals in prose are evidence of an acronym even at a sentence start ("U.S. officials").
  const strong = strongCase(first, caseless) ||
    (allUpper && !caseless && match.hits.some((h) => h.type === AliasType.Acronym));
  const commonWord = single && (isCommonWord(first.key) || evidence.lowerKeys.has(first.key));
  if (commonWord && !strong) return undefined;
  // Most matches keep all their hits: copy the list only when an acronym must go.
  let kept: AliasHit[] | undefined;
  const all = match.hits;
  for (let k = 0; k < all.length; k++) {
    const hit = all[k]!;
    // In an all-caps line "US", "IT" and "WHO" are only words.
    const drop = hit.type === AliasType.Acronym && (!allUpper || (caseless && commonWord));
    if (drop && !kept) kept = all.slice(0, k);
    else if (!drop && kept) kept.push(hit);
  }
  const hits = kept ?? all;
  if (hits.length === 0) return undefined;
  return { start: match.start, end: match.end, key: match.key, hits, strong, commonWord };
}
