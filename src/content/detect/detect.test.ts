import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectText } from '../collect.js';
import { articleProbability } from './decide.js';
import { FEATURE_NAMES, detectArticle } from './index.js';
import { Flag, PROSE_UNIT, measurePage } from './stats.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/articles/', import.meta.url));

function page(name: string): Document {
  return parseHTML(readFileSync(`${FIXTURES}${name}`, 'utf8')).document as unknown as Document;
}

function html(markup: string): Document {
  return parseHTML(markup).document as unknown as Document;
}

/** The text the content script would annotate. */
function articleText(doc: Document): string {
  const d = detectArticle(doc);
  return collectText(d.roots, { exclude: d.exclude }).text;
}

const ALL_PARAGRAPHS = [
  'The city council voted on Tuesday',
  'Supporters said the path',
  'Mayor Ana Ruiz, who cast the deciding vote',
  'Residents of the Harbor district',
  'The state will pay a third',
  'Construction is expected to take',
];

describe('detectArticle: a news page with furniture inside and around the story', () => {
  const doc = page('news-with-furniture.html');
  const d = detectArticle(doc);
  const text = collectText(d.roots, { exclude: d.exclude }).text;

  it('finds the article, with its date', () => {
    expect(d.found).toBe(true);
    expect(d.published).toBe('2025-03-04T09:00:00Z');
  });

  it('keeps every paragraph of the story', () => {
    for (const p of ALL_PARAGRAPHS) expect(text).toContain(p);
  });

  it('leaves out navigation, trending bar, share bar, advert, newsletter box, related links, comments, sidebar and footer', () => {
    for (const junk of ['Weather', 'Trending', 'Share on', 'Advertisement', 'morning briefing', 'Another story', 'Commenter', 'Most read', 'All rights reserved']) {
      expect(text).not.toContain(junk);
    }
  });

  it('keeps the byline', () => {
    expect(text).toContain('By Jo Park');
  });
});

describe('detectArticle: hard cases', () => {
  it('counts text nodes only: comments (and what HTML parses as comments) are neither text nor elements', () => {
    const prose = 'A commented-out draft, long enough to pass for a paragraph of prose. '.repeat(5);
    const doc = html(`<html><body><div id="a"><!-- ${prose} --><p>Short note.</p><?php echo 1 ?></div></body></html>`);
    const stats = measurePage(doc.documentElement);
    expect(stats.allText[0]).toBe('Short note.'.length);
    expect(stats.prose[0]).toBe(0);
    // html, body, div, p (the head is never entered): nothing else was numbered.
    expect(stats.count).toBe(4);
  });

  it('measures a page shorter than the first slice of the walk once', () => {
    // The walk's first slice is a few elements (stats.ts, FIRST_STEP); a page that ends
    // within it is finished there, and its root's own paragraph is judged once.
    const prose = 'One paragraph of prose, long enough to count, in a short page.';
    const doc = html(`<html><body><div>${prose}<br><br></div></body></html>`);
    const div = doc.querySelector('div')!;
    const stats = measurePage(div);
    expect(stats.count).toBe(3);
    expect(stats.paragraphs[0]).toBe(1);
    expect(stats.prose[0]).toBe(prose.length * PROSE_UNIT);
    expect(stats.allText[0]).toBe(prose.length);
  });

  it('joins a story split over several containers by adverts', () => {
    const text = articleText(page('multi-part.html'));
    for (const p of ALL_PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('Buy a sofa');
    expect(text).not.toContain('Cheap flights');
  });

  it('takes every entry of a live blog, not one', () => {
    const d = detectArticle(page('live-blog.html'));
    expect(d.found).toBe(true);
    const text = collectText(d.roots, { exclude: d.exclude }).text;
    for (const p of ALL_PARAGRAPHS) expect(text).toContain(p);
    expect(text).toContain('Update 8');
    expect(text).not.toContain('More live coverage');
    expect(text).not.toMatch(/\bShare\b/);
  });

  it('picks the story among several <article> elements and leaves the teaser cards out', () => {
    const d = detectArticle(page('several-articles.html'));
    expect(d.found).toBe(true);
    const text = collectText(d.roots, { exclude: d.exclude }).text;
    for (const p of ALL_PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('Teaser headline');
  });

  it('reads the free part of a paywalled story and leaves the subscription box out', () => {
    const d = detectArticle(page('paywall-stub.html'));
    expect(d.found).toBe(true);
    const text = collectText(d.roots, { exclude: d.exclude }).text;
    expect(text).toContain(ALL_PARAGRAPHS[0]);
    expect(text).toContain(ALL_PARAGRAPHS[1]);
    expect(text).not.toContain('unlimited access');
  });

  it.each(['home-page.html', 'product.html', 'search-results.html'])('says there is no article on %s', (name) => {
    const d = detectArticle(page(name));
    expect(d.found).toBe(false);
    expect(d.roots).toEqual([]);
    expect(d.reason).toMatch(/^no article/);
  });

  it('reads a short plain page whole', () => {
    const d = detectArticle(html('<html><body><p>Pete Hegseth flew to Texas on Monday.</p></body></html>'));
    expect(d.found).toBe(true);
    expect(collectText(d.roots, { exclude: d.exclude }).text).toContain('Pete Hegseth');
    // Worked out only when read, and then as for any page: the model's probability, at least 0.5.
    expect(d.features).toHaveLength(FEATURE_NAMES.length);
    expect(d.confidence).toBe(Math.max(0.5, articleProbability(d.features!)));
  });

  it('says so on an empty page', () => {
    const d = detectArticle(html('<html><head><title>x</title></head><body></body></html>'));
    expect(d.found).toBe(false);
    expect(d.confidence).toBe(0);
  });

  it('leaves out text the page hides', () => {
    const body = ALL_PARAGRAPHS.map((p) => `<p>${p} and more words to make a paragraph of real prose, as stories have.</p>`).join('');
    const text = articleText(html(`<html><body><article>${body}<div hidden>Secret draft</div><p style="display: none">Hidden note</p><p style="color: red; VISIBILITY: Hidden">Shouted note</p><p style="border: none">Framed note</p><span aria-hidden="true">Icon</span><span aria-hidden="false">Shown label</span></article></body></html>`));
    expect(text).toContain(ALL_PARAGRAPHS[5]);
    expect(text).not.toContain('Secret draft');
    expect(text).not.toContain('Hidden note');
    // Styles are read case-blind, as browsers do; a "none" that hides nothing hides nothing.
    expect(text).not.toContain('Shouted note');
    expect(text).toContain('Framed note');
    expect(text).not.toContain('Icon');
    expect(text).toContain('Shown label');
    expect(text).not.toContain('Icon');
  });

  it('still reads the role and style of later elements after parts it never enters that carry them too', () => {
    // The walk meets elements with such attributes in the order of one native query over the
    // page; those inside a skipped or hidden part must be passed over with it.
    const body = ALL_PARAGRAPHS.map((p) => `<p>${p} and more words to make a paragraph of real prose, as stories have.</p>`).join('');
    const skipped = '<svg role="img"><g aria-hidden="true"><title role="note">Chart</title></g></svg><button><span aria-hidden="true">x</span></button>';
    const hidden = '<div hidden><p role="note">Draft</p><span style="color: red">Red</span></div><div style="display: none"><i itemprop="name">Name</i></div>';
    const furniture = '<div role="complementary"><p>Read this too, a related story with a long enough title to be prose.</p></div>';
    const text = articleText(html(`<html><body>${skipped}${hidden}<article>${body}${furniture}<p style="display: none">Hidden note, a sentence long enough to count as prose.</p></article></body></html>`));
    expect(text).toContain(ALL_PARAGRAPHS[5]);
    expect(text).not.toContain('related story');
    expect(text).not.toContain('Hidden note');
  });

  it('reads the role of the element at which the first slice of the walk ends', () => {
    // html, body, article and five paragraphs fill the first slice (eight elements): the walk
    // stops at the box and meets it again in the next slice.
    const first = ALL_PARAGRAPHS.slice(0, 5).map((p) => `<p>${p} and more words to make a paragraph of real prose, as stories have.</p>`).join('');
    const box = '<div role="complementary">Read this too, a related story with a long enough title to be prose.</div>';
    const text = articleText(html(`<html><body><article>${first}${box}<p>${ALL_PARAGRAPHS[5]}, the last paragraph of the story.</p></article></body></html>`));
    expect(text).toContain(ALL_PARAGRAPHS[5]);
    expect(text).not.toContain('related story');
  });

  it('reads the rare attributes of the element the walk starts from', () => {
    const doc = html('<html itemscope itemtype="https://schema.org/NewsArticle" role="main"><body><p>A story.</p></body></html>');
    const stats = measurePage(doc.documentElement);
    expect(stats.metadata.itemtypes).toEqual(['https://schema.org/NewsArticle']);
    expect(stats.flags[0]! & Flag.ArticleMarkup).toBeTruthy();
    const plain = measurePage(html('<html lang="en" style="color: red"><body><p>A story.</p></body></html>').documentElement);
    expect(plain.metadata.itemtypes).toEqual([]);
    expect(plain.flags[0]! & Flag.ArticleMarkup).toBeFalsy();
  });

  it('takes itemprop=articleBody for article markup, and no other itemprop', () => {
    const doc = html('<html><body><h1 itemprop="headline">Title</h1><div itemprop="articleBody"><p>A story.</p></div></body></html>');
    const stats = measurePage(doc.documentElement);
    const flagsOf = (tag: string): number => stats.flags[stats.elements.indexOf(doc.querySelector(tag)!)]!;
    expect(flagsOf('div') & Flag.ArticleMarkup).toBeTruthy();
    expect(flagsOf('h1') & Flag.ArticleMarkup).toBeFalsy();
  });

  it('does not take a heading slug for a furniture name', () => {
    // "sharing" is a furniture word, but here it is part of a section id made from its heading.
    const sections = ALL_PARAGRAPHS.map((p, i) => `<div class="section" id="sharing-with-a-single-developer-${i}"><h2>Part ${i}</h2><p>${p}, which is a sentence long enough to count as prose.</p><p>${p} again, with a second sentence of the same section.</p></div>`).join('');
    const text = articleText(html(`<html><body><div class="content">${sections}</div></body></html>`));
    for (const p of ALL_PARAGRAPHS) expect(text).toContain(p);
  });

  it('still finds the article when an open dialog has hidden the page from assistive technology', () => {
    const body = ALL_PARAGRAPHS.map((p) => `<p>${p} and more words to make a paragraph of real prose, as stories have.</p>`).join('');
    const d = detectArticle(html(`<html><head><meta property="og:type" content="article"></head><body><div id="page" aria-hidden="true"><nav><a href="/">Home</a></nav><article>${body}</article></div><div role="dialog"><p>We use cookies. Accept all?</p></div></body></html>`));
    expect(d.found).toBe(true);
    const text = collectText(d.roots, { exclude: d.exclude }).text;
    for (const p of ALL_PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('cookies');
  });

  it('reads a listicle whose item headings link out to shops as one article', () => {
    const items = ALL_PARAGRAPHS.map((p, i) => `<h2><a href="https://shop.example/item-${i}">Tool number ${i} of the year</a></h2><p>${p}, which is why we keep coming back to it in our own work.</p>`).join('');
    const d = detectArticle(html(`<html><head><link rel="canonical" href="https://blog.example/tools"></head><body><article class="post">${items}</article></body></html>`));
    const text = collectText(d.roots, { exclude: d.exclude }).text;
    for (const p of ALL_PARAGRAPHS) expect(text).toContain(p);
  });

  it('does not take a listing of the site\'s own stories for an article', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<li><h3><a href="/story-${i}">Story ${i}: the council and the river</a></h3><p>One sentence of summary about story ${i}, the city and its people, to tempt a reader.</p></li>`).join('');
    const d = detectArticle(html(`<html><head><link rel="canonical" href="https://courier.example/latest"></head><body><main><ul>${teasers}</ul></main></body></html>`));
    expect(d.found).toBe(false);
  });

  it('counts CJK characters so that a Chinese story is long enough to be an article', () => {
    const zh = '记者报道，市议会周二投票决定将河滨步道延长两英里，结束了持续一年的争论。支持者表示，这条步道将为商店带来游客。';
    const d = detectArticle(html(`<html><head><meta property="og:type" content="article"></head><body><nav><a href="/">首页</a></nav><article>${`<p>${zh}</p>`.repeat(6)}</article><footer>版权所有</footer></body></html>`));
    expect(d.found).toBe(true);
  });

  it('survives a deeply nested page without recursion', () => {
    const depth = 5_000;
    const markup = `<html><body>${'<div>'.repeat(depth)}<p>${ALL_PARAGRAPHS.join(' ')}</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(() => detectArticle(html(markup))).not.toThrow();
  });
});

describe('detectArticle: a web component holding the story in its open shadow root', () => {
  const paragraphs = [
    'Defense Secretary Pete Hegseth visited the southern border on Tuesday, where troops have been sent to help.',
    'He met commanders at Fort Bliss, near El Paso, and said more soldiers would follow in the coming weeks.',
    'Mexican President Claudia Sheinbaum said her government would send troops of its own to the border region.',
    'Officials in both countries said the talks had gone well, though few details were given afterwards.',
    'The visit comes as the administration expands the use of military bases for immigration detention.',
  ];
  const doc = html(`<!doctype html><html><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
    <main id="main"><story-view id="host"></story-view></main><footer><p>© A site. <a href="/about">About</a></p></footer></body></html>`);
  const host = doc.getElementById('host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  const article = doc.createElement('article');
  for (const p of paragraphs) {
    const el = doc.createElement('p');
    el.textContent = p;
    article.appendChild(el);
  }
  shadow.appendChild(article);

  it('measures a shadow tree that outgrows the room sized for the light tree', () => {
    // The walk's columns are sized by the light tree's elements; a large shadow tree makes them
    // grow mid-walk, and what is recorded after that (here the first link of each heading, by
    // which a heading linking into the site counts as a teaser) must land in the new columns.
    const doc = html(`<!doctype html><html><head><link rel="canonical" href="https://site.example/story"></head>
      <body><main><big-story id="host"></big-story></main></body></html>`);
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const article = doc.createElement('article');
    for (let k = 0; k < 100; k++) {
      const p = doc.createElement('p');
      p.textContent = `Paragraph ${k} of a story told at length, with commas, full stops and all.`;
      article.appendChild(p);
    }
    const heading = (href: string, title: string): void => {
      const h = doc.createElement('h2');
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      a.textContent = title;
      h.appendChild(a);
      article.appendChild(h);
    };
    heading('https://elsewhere.example/other', 'A story on another site entirely');
    heading('/another-story', 'Another story on this same site');
    shadow.appendChild(article);
    const stats = measurePage(doc.documentElement);
    // html, body, main, the host, then article, 100 paragraphs, 2 headings and 2 links.
    expect(stats.count).toBe(4 + 1 + 100 + 4);
    expect(stats.teasers[0]).toBe(1);
  });

  it('finds the story there, and the collected text is the story', () => {
    const d = detectArticle(doc);
    expect(d.found).toBe(true);
    const text = collectText(d.roots, { exclude: d.exclude }).text;
    for (const p of paragraphs) expect(text).toContain(p);
    expect(text).not.toContain('Politics');
  });
});

describe('measurePage: furniture with no paragraph inside is read whole rather than walked', () => {
  const story = ALL_PARAGRAPHS.map((p) => `<p>${p} and more words to make a paragraph of real prose, as stories have.</p>`).join('');
  // No white space between the parts, so that its text read whole is exactly what the walk
  // would have counted.
  const nav =
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>' +
    '<form><input name="q"><select><option>All</option></select></form>' +
    '<time datetime="2020-01-02">Jan 2</time>' +
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>var never = "shown";</script></nav>';
  const navText = 'Home' + 'News' + 'Jan 2';

  it('numbers the furniture but nothing inside it, and counts its text, controls, forms, times and metadata', () => {
    const doc = html(`<html><body>${nav}<article>${story}</article></body></html>`);
    const stats = measurePage(doc.documentElement);
    // html, body, nav, article and its six paragraphs.
    expect(stats.count).toBe(4 + ALL_PARAGRAPHS.length);
    const navIndex = stats.elements.indexOf(doc.querySelector('nav')!);
    expect(stats.end[navIndex]).toBe(navIndex + 1);
    expect(stats.allText[navIndex]).toBe(navText.length);
    const storyText = doc.querySelector('article')!.textContent!.length;
    expect(stats.allText[0]).toBe(storyText + navText.length);
    // Furniture keeps its numbers to itself: none of it is the page's own text.
    expect(stats.text[0]).toBe(storyText);
    expect(stats.page.controls).toBe(2);
    expect(stats.page.forms).toBe(1);
    expect(stats.page.times).toBe(1);
    expect(stats.metadata.firstTime).toBe('2020-01-02');
    expect(stats.metadata.jsonLd).toEqual(['{"@type":"NewsArticle"}']);
  });

  it.each([
    ['', 2],
    // aria-hidden parts count for nothing in the page's text, nor their controls; the rest of
    // the page's counts and its metadata come from everywhere.
    [' aria-hidden="true"', 0],
  ])('counts what walking it would count (nav%s)', (attribute, controls) => {
    const furniture = nav.replace('<nav>', `<nav${attribute}>`);
    // The same nav with a paragraph inside is walked: only the paragraph differs.
    const walked = html(`<html><body>${furniture.replace('</nav>', '<p>x</p></nav>')}<article>${story}</article></body></html>`);
    const passed = html(`<html><body>${furniture}<article>${story}</article></body></html>`);
    const a = measurePage(walked.documentElement);
    const b = measurePage(passed.documentElement);
    expect(a.count).toBeGreaterThan(b.count);
    expect(a.allText[0]).toBe(b.allText[0]! + (attribute ? 0 : 1));
    expect(b.page).toEqual(a.page);
    expect(b.page.controls).toBe(controls);
    expect(b.metadata.jsonLd).toEqual(a.metadata.jsonLd);
    expect(b.metadata.firstTime).toBe(a.metadata.firstTime);
    expect(detectArticle(passed).roots.map((r) => r.tagName)).toEqual(detectArticle(walked).roots.map((r) => r.tagName));
  });

  it('walks furniture holding much text, so that a story of line breaks in a wrapper named for furniture is still found', () => {
    const lines = ALL_PARAGRAPHS.map((p) => `${p} and more words to make a paragraph of real prose, as stories have. `.repeat(4)).join('<br><br>');
    const d = detectArticle(html(`<html><head><meta property="og:type" content="article"></head><body><div class="has-sidebar">${lines}</div></body></html>`));
    const text = collectText(d.roots, { exclude: d.exclude }).text;
    for (const p of ALL_PARAGRAPHS) expect(text).toContain(p);
  });

  it('reads the microdata types inside furniture it does not walk', () => {
    const doc = html(`<html><body><footer><div itemscope itemtype="https://schema.org/Organization"><span>Courier</span></div></footer><article>${story}</article></body></html>`);
    expect(measurePage(doc.documentElement).metadata.itemtypes).toEqual(['https://schema.org/Organization']);
  });
});
