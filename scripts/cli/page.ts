/**
 * One page or text to its answer, exactly as the extension would see it: the article is found
 * by the content script's detector and its text collected by the content script's collector,
 * so offsets in the answer index the same string the extension annotates.
 */
import { parseHTML } from 'linkedom';
import { detectArticle, type ArticleDetection } from '../../src/content/detect/index.js';
import { collectText } from '../../src/content/collect.js';
import { annotate } from '../../src/core/annotate.js';
import type { KbLookup } from '../../src/core/kb/lookup.js';
import type { EntityCard, Mention } from '../../src/core/types.js';

export interface PageArticle {
  found: boolean;
  text: string;
  detection?: ArticleDetection;
}

export interface Answer {
  article: { found: boolean; text: string };
  mentions: Pick<Mention, 'start' | 'end' | 'text' | 'kind' | 'entityId'>[];
  entities: Record<string, EntityCard>;
}

export interface ArticleOptions {
  /** Annotate the best candidate even on a page judged not to be an article (the reader asked). */
  force?: boolean;
}

export function articleFromHtml(html: string, options: ArticleOptions = {}): PageArticle {
  const { document } = parseHTML(html);
  const detection = detectArticle(document as unknown as Document);
  const roots = detection.found ? detection.roots : options.force && detection.candidate ? [detection.candidate] : [];
  const text = roots.length > 0 ? collectText(roots, { exclude: detection.exclude }).text : '';
  return { found: detection.found, text, detection };
}

export async function answerFor(
  article: PageArticle,
  kb: KbLookup,
  context: { url?: string; date?: string } = {},
): Promise<Answer> {
  const date = context.date ?? article.detection?.published;
  const result = article.text
    ? await annotate(article.text, kb, { ...(context.url ? { url: context.url } : {}), ...(date ? { date } : {}) })
    : { mentions: [], entities: {} };
  return {
    article: { found: article.found, text: article.text },
    mentions: result.mentions.map(({ start, end, text, kind, entityId }) => ({ start, end, text, kind, entityId })),
    entities: result.entities,
  };
}
