/**
 * The hover card: who or what this is (from the KB, with its sources and dates), and what this
 * article says about it. Renders only text nodes from data: no page or KB string is ever parsed
 * as HTML.
 */
import type { EntityCard, EntityKind, Fact } from '../../core/types.js';

const KIND_LABEL: Record<EntityKind, string> = {
  person: 'Person',
  org: 'Organisation',
  place: 'Place',
  figure: 'Figure',
};

export interface CardProps {
  card: EntityCard;
  /** The text of the hovered mention, for figures. */
  mentionText: string;
}

/** Only http(s) links are followed: a KB or article value must never become a script URL. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** "2025-02-03" → "Feb 2025": the card says how old a fact is without false precision. */
export function formatAsOf(asOf: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(asOf);
  if (!match) return asOf;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const month = match[2] ? months[Number(match[2]) - 1] : undefined;
  return month ? `${month} ${match[1]}` : (match[1] ?? asOf);
}

function newestFact(facts: readonly Fact[]): Fact | undefined {
  return [...facts].sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
}

export function Card({ card, mentionText }: CardProps) {
  const url = safeUrl(card.url);
  const article = card.article;
  const figure = card.figure;
  const newest = newestFact(card.facts);
  const sources = [...new Set(card.facts.map((f) => f.source))];
  return (
    <div class="ac-body" role="document">
      <div class="ac-head">
        <p class="ac-name" role="heading" aria-level={2}>{figure ? mentionText : card.name}</p>
        <span class="ac-kind">{KIND_LABEL[card.kind]}</span>
      </div>
      {card.description ? <p class="ac-desc">{card.description}</p> : null}
      {figure ? (
        <p class="ac-desc">
          Counts: {figure.counts}
          {figure.related.length > 0 ? ` · ${figure.related.length} related figure${figure.related.length > 1 ? 's' : ''} in this article` : ''}
        </p>
      ) : null}
      {article && (article.rolePhrase || article.mentionCount > 0) ? (
        <div class="ac-article">
          <div class="ac-article-label">In this article</div>
          {article.rolePhrase ? <div>“{article.rolePhrase}”</div> : null}
          <div>
            Mentioned {article.mentionCount} time{article.mentionCount === 1 ? '' : 's'}
          </div>
        </div>
      ) : null}
      {card.facts.length > 0 ? (
        <ul class="ac-facts">
          {card.facts.slice(0, 5).map((fact) => (
            <li key={`${fact.label}:${fact.value}`}>
              <span class="ac-fact-label">{fact.label}: </span>
              {fact.value} <span class="ac-fact-label">(as of {formatAsOf(fact.asOf)})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {!card.inKb && !figure ? <p class="ac-note">Not in the knowledge base: known only from this article.</p> : null}
      {sources.length > 0 ? (
        <p class="ac-source">
          Source: {sources.join(', ')}
          {newest ? ` · as of ${formatAsOf(newest.asOf)}` : ''}
        </p>
      ) : null}
      {url ? (
        <div class="ac-foot">
          <a class="ac-link" href={url} target="_blank" rel="noopener noreferrer">
            Read more
          </a>
        </div>
      ) : null}
    </div>
  );
}
