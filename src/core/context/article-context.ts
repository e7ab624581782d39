/**
 * What the article itself says about each entity: the role phrase on first reference, how often
 * it is named, and its salience rank.
 */
import type { Token } from '../text/normalise.js';
import type { ArticleContext } from '../types.js';
import { appositiveAfter, appositiveBefore } from './appositive.js';
import { salienceRanks } from './salience.js';
import { roleBefore } from './titles.js';

export interface ContextMention {
  entityId: string;
  kind: string;
  /** Token indices [start, end). */
  start: number;
  end: number;
}

/** The role phrase written around a person's mention, or undefined. */
export function rolePhraseAt(text: string, tokens: readonly Token[], start: number, end: number): string | undefined {
  const role = roleBefore(text, tokens, start);
  let phrase = role?.text;
  if (phrase) {
    // "National Defense Secretary Gen.": a short title after a longer one adds nothing to read.
    const trimmed = phrase.replace(/\s+(?:Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|Dr|Mr|Mrs|Ms)\.?$/, '');
    if (trimmed.trim().length > 0) phrase = trimmed;
    let firstToken = start;
    while (firstToken > 0 && tokens[firstToken - 1]!.start >= role!.start) firstToken--;
    const before = firstToken >= 0 ? appositiveBefore(text, tokens, firstToken) : undefined;
    if (before) phrase = `${before}, ${phrase}`;
    return phrase;
  }
  return appositiveBefore(text, tokens, start) ?? appositiveAfter(text, tokens, end);
}

export function articleContexts(
  text: string,
  tokens: readonly Token[],
  mentions: readonly ContextMention[],
): Map<string, ArticleContext> {
  const byId = new Map<string, ContextMention[]>();
  for (const m of mentions) {
    const list = byId.get(m.entityId) ?? [];
    list.push(m);
    byId.set(m.entityId, list);
  }
  const length = Math.max(1, text.length);
  const ranks = salienceRanks([...byId].map(([id, list]) => ({
    id, mentions: list.length, firstAt: tokens[list[0]!.start]!.start / length,
  })));
  const out = new Map<string, ArticleContext>();
  for (const [id, list] of byId) {
    const context: ArticleContext = { mentionCount: list.length, salienceRank: ranks.get(id) ?? list.length };
    if (list[0]!.kind === 'person') {
      for (const m of list) {
        const phrase = rolePhraseAt(text, tokens, m.start, m.end);
        if (phrase) {
          context.rolePhrase = phrase;
          break;
        }
      }
    }
    out.set(id, context);
  }
  return out;
}
