import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import type { EntityCard } from '../../core/types.js';

// The card's strings come from the extension's locale files; here each message is its key.
vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs: string[] = []) => [key, ...subs].join(' ') } });
let renderCard: typeof import('./card-view.js').renderCard;
beforeAll(async () => {
  ({ renderCard } = await import('./card-view.js'));
});

const doc = (): Document => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

const hostile: EntityCard = {
  id: 'Q1', kind: 'person', name: '<img src=x onerror=alert(1)>Pete Hegseth',
  description: 'U.S. Secretary of Defense <script>alert(2)</script>',
  facts: [{ label: 'Office', value: '<b>Secretary</b>', source: 'https://www.defense.gov/x', asOf: '2025-01-25' }],
  url: 'javascript:alert(3)', inKb: true,
  article: { mentionCount: 3, rolePhrase: '“Defense Secretary”' },
};

describe('renderCard', () => {
  it('puts every KB and article string in as text, never as markup, and follows no script URL', () => {
    const d = doc();
    const body = renderCard(d, { card: hostile, mentionText: 'Hegseth', relatedTexts: [] });
    d.body.append(body);
    expect(body.querySelector('img, script, b')).toBeNull();
    expect(body.querySelector('#ac-card-title')?.textContent).toBe(hostile.name);
    expect(body.querySelector('.ac-desc')?.textContent).toBe(hostile.description);
    expect(body.querySelector('.ac-role')?.textContent).toBe('“Defense Secretary”');
    expect(body.querySelector('.ac-facts li')?.textContent).toContain('<b>Secretary</b>');
    expect(body.querySelector('a')).toBeNull();
  });

  it('offers "Not this person?" as a real button that calls back, and a read-more link that opens apart', () => {
    const d = doc();
    let unlinked = 0;
    const card = { ...hostile, url: 'https://en.wikipedia.org/wiki/Pete_Hegseth' };
    const body = renderCard(d, { card, mentionText: 'Hegseth', relatedTexts: [], onUnlink: () => unlinked++ });
    const button = body.querySelector('button.ac-button') as HTMLButtonElement;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.textContent).toBe('cardNotThis');
    button.dispatchEvent(new d.defaultView!.Event('click'));
    expect(unlinked).toBe(1);
    const link = body.querySelector('a.ac-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Pete_Hegseth');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('says a person known only from the article is that, and a figure what it counts', () => {
    const d = doc();
    const onlyArticle = renderCard(d, { card: { id: 'article:x', kind: 'person', name: 'Ana Ruiz', description: '', facts: [], inKb: false }, mentionText: 'Ana Ruiz', relatedTexts: [] });
    expect(onlyArticle.querySelector('.ac-note')?.textContent).toBe('cardArticleOnly');
    const figure = renderCard(d, {
      card: { id: 'fig:1', kind: 'figure', name: '1,600', description: '', facts: [], inKb: false, figure: { value: 1600, counts: 'troops', sentence: '', related: [] } as never },
      mentionText: '1,600', relatedTexts: ['1,500'],
    });
    expect(figure.querySelector('#ac-card-title')?.textContent).toBe('1,600');
    expect([...figure.querySelectorAll('.ac-desc')].map((p) => p.textContent)).toEqual(['cardCounts troops', 'cardRelated 1,500']);
    expect(figure.querySelector('.ac-note')).toBeNull();
  });
});
