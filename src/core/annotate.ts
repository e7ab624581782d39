/**
 * The whole pipeline for one text: recognise names (KB aliases, people the KB does not know,
 * organisation and place patterns), link each to one entity with a confidence, add what the
 * article itself says about them, and find the figures. Pure: no DOM, no browser API.
 */
import type { AnnotateResult, ArticleContext, EntityCard, Mention } from './types.js';
import { possessiveEndingLength, tokenizeText, type Token } from './text/normalise.js';
import { caselessTokens } from './text/case-zones.js';
import { slug } from './text/slug.js';
import type { KbLookup } from './kb/lookup.js';
import { segment } from './recognise/segment.js';
import { cachedCard, loadedCard } from './recognise/kb-cache.js';
import { link, type LinkedSpan } from './link/linker.js';
import { articleContexts, type ContextMention } from './context/article-context.js';
import { findFigures } from './figures/find.js';

export interface AnnotateOptions {
  /** The page's URL, when known. */
  url?: string;
  /** The article's publication date (ISO), when known. */
  date?: string;
  /**
   * False: cards not loaded yet are not waited for; their entities get their head with
   * `pendingRef` and the cards start loading, for a `bg:cards` that follows. Default true.
   */
  waitForCards?: boolean;
}

export async function annotate(
  text: string,
  kb: KbLookup,
  options: AnnotateOptions = {},
): Promise<AnnotateResult> {
  // Words the article writes in lower case somewhere, among those it also capitalises: only
  // those can make a capitalised alias a common word of this very text.
  const { tokens, mixedCaseKeys: lowerKeys, lineStarts } = tokenizeText(text);
  const caseless = caselessTokens(text, tokens, lineStarts);
  const spans = segment({ text, tokens, kb, evidence: { caseless, lowerKeys } });
  const year = options.date ? Number(options.date.slice(0, 4)) || undefined : undefined;
  const linked = link({ text, tokens, spans, kb, ...(year !== undefined ? { year } : {}) });

  // Article-only people are named by their fullest mention.
  const personName = new Map<number, string>();
  const personWords = new Map<number, number>();
  for (const s of linked.spans) {
    if (s.person === undefined) continue;
    if ((personWords.get(s.person) ?? 0) >= s.end - s.start) continue;
    personWords.set(s.person, s.end - s.start);
    personName.set(s.person, text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end));
  }
  const personIds = new Map<number, string>();

  const mentions: Mention[] = [];
  const contextMentions: ContextMention[] = [];
  const kbEntities = new Map<string, number>();
  const articleOnly = new Map<string, { kind: 'person' | 'org' | 'place'; name: string }>();
  for (const s of linked.spans) {
    let id: string;
    if (s.entity === undefined && s.person !== undefined) {
      id = personIds.get(s.person) ?? entityIdOf(s, kb, personName, text, tokens);
      personIds.set(s.person, id);
    } else {
      id = entityIdOf(s, kb, personName, text, tokens);
    }
    const start = tokens[s.start]!.start;
    const end = nameEnd(text, tokens[s.end - 1]!, s.entity === undefined ? undefined : kb.entity(s.entity).name);
    mentions.push({
      start, end, text: text.slice(start, end), kind: s.kind, entityId: id,
      confidence: round(s.confidence),
    });
    contextMentions.push({ entityId: id, kind: s.kind, start: s.start, end: s.end });
    if (s.entity !== undefined) kbEntities.set(id, s.entity);
    else if (!articleOnly.has(id)) {
      const name = s.person !== undefined ? personName.get(s.person)! : text.slice(start, end);
      articleOnly.set(id, { kind: s.kind, name });
    }
  }

  const contexts = articleContexts(text, tokens, contextMentions);
  const entities: Record<string, EntityCard> = {};
  // Cards already loaded are read at once; only the others are waited for, all together.
  const missing: string[] = [];
  for (const [id, n] of kbEntities) {
    const card = loadedCard(kb, n);
    if (card) entities[id] = withArticle(card, id, contexts.get(id) ?? { mentionCount: 0 });
    else missing.push(id);
  }
  if (options.waitForCards === false) {
    for (const id of missing) {
      const n = kbEntities.get(id)!;
      void cachedCard(kb, n).catch(() => undefined);
      entities[id] = { ...headCard(kb, n), article: contexts.get(id) ?? { mentionCount: 0 }, pendingRef: n };
    }
  } else {
    const cards = await Promise.all(missing.map((id) => cardOrHead(kb, kbEntities.get(id)!)));
    missing.forEach((id, i) => {
      entities[id] = withArticle(cards[i]!, id, contexts.get(id) ?? { mentionCount: 0 });
    });
  }
  for (const [id, info] of articleOnly) {
    entities[id] = {
      id, kind: info.kind, name: info.name, description: '', facts: [], inKb: false,
      article: contexts.get(id) ?? { mentionCount: 0 },
    };
  }

  // Figures, except where a name already covers the text.
  const figures = findFigures(text);
  for (const f of uncovered(figures.mentions, mentions)) {
    mentions.push(f);
    const card = figures.cards.get(f.entityId);
    if (card) entities[f.entityId] = card;
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

/** A name that ends in a possessive of its own: "McDonald's". */
const ENDS_POSSESSIVE = /['\u2019]s$/;

/**
 * Where a mention's text ends: after its last token, and after a possessive ending too when it is
 * part of the entity's own name ("McDonald's", "Macy's"), not a possessive of the text's making.
 */
function nameEnd(text: string, last: Token, name: string | undefined): number {
  if (name === undefined || !ENDS_POSSESSIVE.test(name)) return last.end;
  const ending = possessiveEndingLength(text, last);
  return ending === 2 ? last.end + ending : last.end;
}

function entityIdOf(
  s: LinkedSpan,
  kb: KbLookup,
  personName: ReadonlyMap<number, string>,
  text: string,
  tokens: readonly Token[],
): string {
  if (s.entity !== undefined) return kb.entity(s.entity).id;
  if (s.person !== undefined) return `article:${slug(personName.get(s.person) ?? String(s.person))}`;
  const surface = text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end);
  return `article:${s.kind}:${slug(surface)}`;
}

/**
 * The figures no name overlaps. Names are put in text order; a figure overlaps one when some name
 * starting before the figure's end reaches past its start (the furthest reach so far, by binary
 * search) — no per-character marks over the whole text.
 */
export function uncovered<T extends { start: number; end: number }>(figures: readonly T[], names: { start: number; end: number }[]): T[] {
  names.sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (let k = 0; k < names.length; k++) reach.push(Math.max(reach[k - 1] ?? 0, names[k]!.end));
  return figures.filter((f) => {
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (names[mid]!.start < f.end) lo = mid + 1;
      else hi = mid;
    }
    return !(lo > 0 && reach[lo - 1]! > f.start);
  });
}

/**
 * A shared KB card with this article's context: a new object, the card itself never changes.
 * Written out field by field, which is several times faster than a spread.
 */
function withArticle(card: EntityCard, id: string, article: ArticleContext): EntityCard {
  const out: EntityCard = {
    id, kind: card.kind, name: card.name, description: card.description, facts: card.facts, inKb: card.inKb,
  };
  if (card.url !== undefined) out.url = card.url;
  if (card.figure !== undefined) out.figure = card.figure;
  out.article = article;
  return out;
}

/** The KB card, or a bare card from the entity's head when the card cannot be read. */
async function cardOrHead(kb: KbLookup, n: number): Promise<EntityCard> {
  try {
    // Cards are immutable: shared between calls, copied before the article's context is added.
    return { ...(await cachedCard(kb, n)) };
  } catch {
    return headCard(kb, n);
  }
}

/** A bare card from the entity's head: what the index knows without reading a card file. */
function headCard(kb: KbLookup, n: number): EntityCard {
  const head = kb.entity(n);
  return { id: head.id, kind: head.kind, name: head.name, description: '', facts: [], inKb: true };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
