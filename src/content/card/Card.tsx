/**
 * The hover card: who or what this is (from the KB, with its sources and dates), and what this
 * article says about it. Renders only text nodes from data: no page or KB string is ever parsed
 * as HTML (the bundle has no raw-HTML path at all; see scripts/build.ts).
 */
import type { EntityCard, EntityKind, Fact } from '../../core/types.js';
import { t } from '../../shared/i18n.js';

const KIND_LABEL: Record<EntityKind, string> = {
  person: 'cardKindPerson',
  org: 'cardKindOrg',
  place: 'cardKindPlace',
  figure: 'cardKindFigure',
};

/** Facts shown on a card: enough to answer "who is this", few enough to read at a glance. */
const MAX_FACTS = 4;

export interface CardProps {
  card: EntityCard;
  /** The text of the hovered mention (what a figure card is about). */
  mentionText: string;
  /** Texts of related figures, for figure cards. */
  relatedTexts: string[];
  /** Unlinks this entity on this site; absent for figures and the reader's own entities. */
  onUnlink?: (() => void) | undefined;
}

/** Only http(s) links are followed: a KB or article value must never become a script URL. */
export function safeUrl(url: string | undefined): string | undefined {
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

/** The article may quote the phrase itself ("“border czar”"): quote it once, not twice. */
function unquote(phrase: string): string {
  return phrase.replace(/^[“"‘']+|[”"’']+$/g, '');
}

/**
 * A fact's source as a reader wants it: where it comes from, not a list of URLs. Links become
 * their host names; the reviewed overlay says so; reviewer notes are left out.
 */
export function describeSource(source: string): string {
  const overlay = /^overlay:\s*/i.test(source);
  const parts = source
    .replace(/^overlay:\s*/i, '')
    .split(/\s*;\s*/)
    .filter((part) => part && !/reviewer note/i.test(part))
    .map((part) => {
      try {
        return new URL(part.replace(/^overlay:\s*/i, '')).hostname.replace(/^www\./, '');
      } catch {
        return part;
      }
    });
  const unique = [...new Set(parts)].slice(0, 3).join(', ');
  // A reviewer's note alone names no source of its own: the overlay's other facts do.
  return overlay && unique ? `${unique} (reviewed)` : unique;
}

function newest(facts: readonly Fact[]): string | undefined {
  let best: string | undefined;
  for (const f of facts) if (!best || f.asOf > best) best = f.asOf;
  return best;
}

export function Card({ card, mentionText, relatedTexts, onUnlink }: CardProps) {
  const url = safeUrl(card.url);
  const { article, figure } = card;
  const facts = card.facts.slice(0, MAX_FACTS);
  const latest = newest(card.facts);
  const sources = [...new Set(card.facts.map((f) => describeSource(f.source)))].filter(Boolean);
  const title = figure ? mentionText : card.name;
  return (
    <div class="ac-body">
      <div class="ac-head">
        <h2 class="ac-name" id="ac-card-title">{title}</h2>
        <span class="ac-kind">{t(KIND_LABEL[card.kind])}</span>
      </div>
      {card.description ? <p class="ac-desc">{card.description}</p> : null}
      {figure ? <p class="ac-desc">{t('cardCounts', figure.counts)}</p> : null}
      {figure && relatedTexts.length > 0 ? <p class="ac-desc">{t('cardRelated', relatedTexts.join(', '))}</p> : null}
      {article && (article.rolePhrase || article.mentionCount > 0) ? (
        <div class="ac-article">
          <div class="ac-article-label">{t('cardInArticle')}</div>
          {article.rolePhrase ? <div class="ac-role">“{unquote(article.rolePhrase)}”</div> : null}
          <div>{article.mentionCount === 1 ? t('cardMentionedOnce') : t('cardMentioned', String(article.mentionCount))}</div>
        </div>
      ) : null}
      {facts.length > 0 ? (
        <details class="ac-details">
          <summary>{t('cardFacts', String(facts.length))}</summary>
          <ul class="ac-facts">
            {facts.map((fact) => (
              <li key={`${fact.label}:${fact.value}`}>
                <span class="ac-fact-label">{fact.label}: </span>
                {fact.value} <span class="ac-fact-label">({t('cardAsOf', formatAsOf(fact.asOf))})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {!card.inKb && !figure ? <p class="ac-note">{t('cardArticleOnly')}</p> : null}
      {sources.length > 0 ? (
        <p class="ac-source">
          {t('cardSource', sources.join('; '))}
          {latest ? ` · ${t('cardAsOf', formatAsOf(latest))}` : ''}
        </p>
      ) : null}
      {url || onUnlink ? (
        <div class="ac-foot">
          {url ? (
            <a class="ac-link" href={url} target="_blank" rel="noopener noreferrer">
              {t('cardReadMore')}
            </a>
          ) : <span />}
          {onUnlink ? (
            <button type="button" class="ac-button" onClick={onUnlink}>
              {card.kind === 'person' ? t('cardNotThis') : t('cardNotThisOther')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
