/**
 * The whole pipeline for one text: recognise alias matches, link each to one entity, and gather
 * the cards. This first version matches KB aliases longest-first with case guards and links
 * surnames by coreference; the recogniser for people outside the KB, titles and figures
 * build on it.
 */
import type { AnnotateResult, EntityCard, Mention } from './types.js';
import { tokenize, type Token } from './text/normalise.js';
import { AliasType, type AliasHit, type KbLookup } from './kb/lookup.js';

export interface AnnotateOptions {
  /** The page's URL, when known. */
  url?: string;
  /** The article's publication date (ISO), when known. */
  date?: string;
}

/** A capitalised token that could be part of a name, written as a name would be. */
function looksLikeName(token: Token): boolean {
  return token.shape === 'title' || token.shape === 'upper';
}

interface Candidate {
  startToken: number;
  endToken: number;
  hits: readonly AliasHit[];
}

function longestMatchAt(tokens: readonly Token[], i: number, kb: KbLookup): Candidate | undefined {
  let best: Candidate | undefined;
  let key = '';
  const last = Math.min(tokens.length, i + kb.maxAliasTokens);
  for (let j = i; j < last; j++) {
    const token = tokens[j];
    if (!token) break;
    // Names do not run across a sentence break.
    if (j > i && token.sentenceStart) break;
    key = key ? `${key} ${token.key}` : token.key;
    const hits = kb.lookup(key);
    if (hits) best = { startToken: i, endToken: j + 1, hits };
    if (!kb.hasPrefix(key)) break;
    // A possessive ends a name: "Trump's administration".
    if (token.possessive) break;
  }
  return best;
}

export async function annotate(
  text: string,
  kb: KbLookup,
  _options: AnnotateOptions = {},
): Promise<AnnotateResult> {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  const entityNumbers = new Map<string, number>();
  // Entities named in full so far: a later surname mention links to them.
  const namedInFull = new Set<number>();

  for (let i = 0; i < tokens.length; ) {
    const candidate = longestMatchAt(tokens, i, kb);
    if (!candidate) {
      i++;
      continue;
    }
    const span = tokens.slice(candidate.startToken, candidate.endToken);
    const chosen = chooseEntity(candidate.hits, span, kb, namedInFull);
    if (chosen === undefined) {
      i++;
      continue;
    }
    const head = kb.entity(chosen.entity);
    if (chosen.type === AliasType.Full) namedInFull.add(chosen.entity);
    const first = span[0];
    const lastToken = span[span.length - 1];
    if (!first || !lastToken) break;
    mentions.push({
      start: first.start,
      end: lastToken.end,
      text: text.slice(first.start, lastToken.end),
      kind: head.kind,
      entityId: head.id,
      confidence: chosen.type === AliasType.Full ? 0.9 : 0.75,
    });
    entityNumbers.set(head.id, chosen.entity);
    i = candidate.endToken;
  }

  const entities: Record<string, EntityCard> = {};
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  for (const [id, n] of entityNumbers) {
    const card = await kb.card(n);
    entities[id] = { ...card, article: { mentionCount: counts.get(id) ?? 0 } };
  }
  return { mentions, entities };
}

function chooseEntity(
  hits: readonly AliasHit[],
  span: readonly Token[],
  kb: KbLookup,
  namedInFull: ReadonlySet<number>,
): AliasHit | undefined {
  const allCapital = span.every((t) => looksLikeName(t) || t.shape === 'lower' && span.length > 2);
  if (!allCapital) return undefined;
  const first = span[0];
  let best: AliasHit | undefined;
  let bestScore = -Infinity;
  for (const hit of hits) {
    const head = kb.entity(hit.entity);
    if (hit.type === AliasType.Acronym && !span.every((t) => t.shape === 'upper')) continue;
    if (hit.type === AliasType.Surname && !namedInFull.has(hit.entity)) continue;
    // One capitalised word at a sentence start is no evidence of a name.
    if (span.length === 1 && first?.sentenceStart && hit.type !== AliasType.Surname) continue;
    if (head.needsContext) continue;
    const score = head.prominence + (hit.type === AliasType.Full ? 1000 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = hit;
    }
  }
  return best;
}
