/**
 * The hover card: who or what this is (from the KB, with its sources and dates), and what this
 * article says about it. Built with createElement and text nodes only: no page or KB string is
 * ever parsed as HTML. Plain DOM rather than a UI library: the card is small, and every byte of
 * the content script is paid by every page.
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

/** An element with a class and children: strings become text nodes, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  for (const child of children) if (child) node.append(child);
  return node;
}

export function renderCard(doc: Document, { card, mentionText, relatedTexts, onUnlink }: CardProps): HTMLElement {
  const url = safeUrl(card.url);
  const { article, figure } = card;
  const facts = card.facts.slice(0, MAX_FACTS);
  const latest = newest(card.facts);
  const sources = [...new Set(card.facts.map((f) => describeSource(f.source)))].filter(Boolean);
  const title = el(doc, 'h2', 'ac-name', figure ? mentionText : card.name);
  title.id = 'ac-card-title';
  const body = el(doc, 'div', 'ac-body', el(doc, 'div', 'ac-head', title, el(doc, 'span', 'ac-kind', t(KIND_LABEL[card.kind]))));
  if (card.description) body.append(el(doc, 'p', 'ac-desc', card.description));
  if (figure) body.append(el(doc, 'p', 'ac-desc', t('cardCounts', figure.counts)));
  if (figure && relatedTexts.length > 0) body.append(el(doc, 'p', 'ac-desc', t('cardRelated', relatedTexts.join(', '))));
  if (article && (article.rolePhrase || article.mentionCount > 0)) {
    body.append(el(doc, 'div', 'ac-article',
      el(doc, 'div', 'ac-article-label', t('cardInArticle')),
      article.rolePhrase ? el(doc, 'div', 'ac-role', `“${unquote(article.rolePhrase)}”`) : null,
      el(doc, 'div', '', article.mentionCount === 1 ? t('cardMentionedOnce') : t('cardMentioned', String(article.mentionCount))),
    ));
  }
  if (facts.length > 0) {
    const list = el(doc, 'ul', 'ac-facts');
    for (const fact of facts) {
      list.append(el(doc, 'li', '',
        el(doc, 'span', 'ac-fact-label', `${fact.label}: `),
        `${fact.value} `,
        el(doc, 'span', 'ac-fact-label', `(${t('cardAsOf', formatAsOf(fact.asOf))})`),
      ));
    }
    body.append(el(doc, 'details', 'ac-details', el(doc, 'summary', '', t('cardFacts', String(facts.length))), list));
  }
  if (!card.inKb && !figure) body.append(el(doc, 'p', 'ac-note', t('cardArticleOnly')));
  if (sources.length > 0) {
    body.append(el(doc, 'p', 'ac-source', t('cardSource', sources.join('; ')) + (latest ? ` · ${t('cardAsOf', formatAsOf(latest))}` : '')));
  }
  if (url || onUnlink) {
    let link: HTMLElement = el(doc, 'span', '');
    if (url) {
      const a = el(doc, 'a', 'ac-link', t('cardReadMore'));
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      link = a;
    }
    const foot = el(doc, 'div', 'ac-foot', link);
    if (onUnlink) {
      const button = el(doc, 'button', 'ac-button', card.kind === 'person' ? t('cardNotThis') : t('cardNotThisOther'));
      button.type = 'button';
      button.addEventListener('click', () => onUnlink());
      foot.append(button);
    }
    body.append(foot);
  }
  return body;
}
