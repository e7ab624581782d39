/**
 * The reading experience in both browsers, as a reader meets it: what a card says, when it opens
 * and closes, where it goes near the window's edge, the popup's switches and cast list,
 * "Not this person?", the reader's own entities, and accessibility of the extension's pages.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import {
  browserAvailable, cardState, highlightedTexts, hover, launch, openPage, pointOf, serveFixtures, sleep,
  waitForHighlights, type BrowserName, type FixtureServer, type Session,
} from './harness.js';
import { openExtensionPage, openPopup, resetExtensionState, sendToTab, setSwitch, tabIdOf } from './popup-driver.js';

const ARTICLE = '/fixtures/ux-article.html';
/** The same article under a page overlay that claims the highest z-index (a cookie banner). */
const OVERLAID = '/overlaid/article.html';
const overlaidHtml = readFileSync(new URL('../fixtures/ux-article.html', import.meta.url), 'utf8').replace(
  '</body>',
  '<div id="banner" style="position:fixed;left:0;right:0;bottom:0;height:70%;z-index:2147483647;background:rgba(30,30,30,.92);color:#fff">We value your privacy</div>\n<dialog open style="position:fixed;top:55%;z-index:2147483647">A non-modal page dialog</dialog>\n</body>',
);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function texts(page: Page, kind: string): Promise<string[]> {
  return (await highlightedTexts(page))[kind] ?? [];
}

/** Clicks a button inside the card's shadow root by its visible text. */
async function clickInCard(page: Page, label: RegExp): Promise<void> {
  const clicked = await page.evaluate((source: string) => {
    const root = document.querySelector('article-context-ui')?.shadowRoot;
    const button = Array.from(root?.querySelectorAll('button') ?? []).find((b) => new RegExp(source).test(b.textContent ?? ''));
    button?.click();
    return !!button;
  }, label.source);
  expect(clicked, `no card button ${label}`).toBe(true);
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const run = await axe.run(document, { resultTypes: ['violations'] });
    return run.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  return result;
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!browserAvailable(name))(`reading experience in ${name}`, () => {
    let session: Session;
    let server: FixtureServer;
    let control: Page;
    let page: Page | undefined;

    beforeAll(async () => {
      server = await serveFixtures({ [OVERLAID]: overlaidHtml });
      session = await launch(name);
      control = await openExtensionPage(session, 'options.html');
    });

    afterEach(async () => {
      await page?.close();
      page = undefined;
      await resetExtensionState(control);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    async function article(): Promise<Page> {
      page = await openPage(session, server.url(ARTICLE));
      await waitForHighlights(page, 5);
      return page;
    }

    it('a KB person\'s card: description, the article\'s role phrase, mentions, dated facts, source, read more', async () => {
      const p = await article();
      const card = await hover(p, 'Marco Rubio', 'article p');
      expect(card.open).toBe(true);
      expect(card.text).toMatch(/Marco Rubio/);
      expect(card.text).toMatch(/Person/i);
      expect(card.text).toMatch(/Secretary of State/);
      expect(card.text).toMatch(/In this article/i);
      expect(card.text).toMatch(/Mentioned 2 times/);
      expect(card.text).toMatch(/as of [A-Z][a-z]{2} 20\d\d|as of 20\d\d/);
      expect(card.text).toMatch(/Source:/);
      expect(card.text).toMatch(/Read more/);
      const a11y = await p.evaluate(() => {
        const el = document.querySelector('article-context-ui')?.shadowRoot?.querySelector('.ac-card');
        const labelledBy = el?.getAttribute('aria-labelledby');
        return { role: el?.getAttribute('role'), live: el?.getAttribute('aria-live'), label: labelledBy ? el?.querySelector(`#${labelledBy}`)?.textContent : null };
      });
      expect(a11y).toEqual({ role: 'dialog', live: 'polite', label: 'Marco Rubio' });
    });

    it('an article-only person\'s card says what the article says and that the KB does not know them', async () => {
      const p = await article();
      const card = await hover(p, 'Marta Okonkwo-Reyes', 'article p');
      expect(card.open).toBe(true);
      expect(card.text).toMatch(/Marta Okonkwo-Reyes/);
      expect(card.text).toMatch(/budget director/);
      expect(card.text).toMatch(/known only from this article/);
      expect(card.text).not.toMatch(/Read more/);
    });

    it('waits for the dwell before opening, and gives a grace period after leaving', async () => {
      const p = await article();
      await p.bringToFront();
      const { x, y } = await pointOf(p, 'Dariusz Whitfield-Amaro', 'article p');
      await p.mouse.move(x, y);
      await sleep(60);
      expect((await cardState(p)).open, 'opened before the dwell').toBe(false);
      await sleep(700);
      const open = await cardState(p);
      expect(open.open).toBe(true);
      // Leave the word for empty margin: still open during the grace period …
      await p.mouse.move(5, y);
      await sleep(60);
      expect((await cardState(p)).open, 'closed without grace').toBe(true);
      await sleep(900);
      expect((await cardState(p)).open).toBe(false);
      // … and the pointer can travel from the word into the card, which then stays.
      await p.mouse.move(x, y);
      await sleep(700);
      const again = await cardState(p);
      expect(again.open).toBe(true);
      const r = again.rect!;
      await p.mouse.move((r.left + r.right) / 2, (r.top + r.bottom) / 2, { steps: 4 });
      await sleep(900);
      expect((await cardState(p)).open, 'card closed while the pointer was on it').toBe(true);
    });

    it('flips the card above a word near the bottom edge, never covering it', async () => {
      const p = await article();
      await p.bringToFront();
      const word = await p.evaluate(() => {
        const text = document.getElementById('last')!.firstChild as Text;
        const at = text.data.indexOf('Okonkwo-Reyes');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 'Okonkwo-Reyes'.length);
        // Bring the word itself to 40 px above the bottom edge.
        window.scrollBy(0, range.getClientRects()[0]!.bottom - (window.innerHeight - 40));
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, top: rect.top, bottom: rect.bottom, vh: window.innerHeight };
      });
      expect(word.bottom).toBeGreaterThan(word.vh - 120);
      await sleep(200);
      await p.mouse.move(word.x, word.y);
      await sleep(800);
      const card = await cardState(p);
      expect(card.open).toBe(true);
      expect(card.rect!.bottom).toBeLessThanOrEqual(word.top);
      expect(card.rect!.top).toBeGreaterThanOrEqual(0);
    });

    it('shows the card above page overlays and dialogs that claim the highest z-index', async () => {
      page = await openPage(session, server.url(OVERLAID));
      await waitForHighlights(page, 5);
      await page.bringToFront();
      await page.evaluate(() => window.scrollTo(0, 0));
      const { x, y } = await page.evaluate(() => {
        const text = document.querySelector('article p')!.firstChild as Text;
        const at = text.data.indexOf('Marta');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 5);
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouse.move(x, y);
      await sleep(800);
      const card = await cardState(page);
      expect(card.open).toBe(true);
      const r = card.rect!;
      const onTop = await page.evaluate((cx: number, cy: number) => document.elementFromPoint(cx, cy)?.tagName.toLowerCase(), (r.left + r.right) / 2, r.bottom - 10);
      expect(onTop).toBe('article-context-ui');
    });

    it('the keyboard command walks the highlights, opening each card with focus in it', async () => {
      const p = await article();
      const tabId = await tabIdOf(control, p);
      await p.bringToFront();
      const seen: string[] = [];
      for (let i = 0; i < 3; i++) {
        expect(await sendToTab(control, tabId, 'content:focusNext')).toEqual({ ok: true, value: { ok: true } });
        await p.bringToFront();
        await p.waitForFunction(() => {
          const el = document.querySelector('article-context-ui')?.shadowRoot?.querySelector('.ac-card') as HTMLElement | null;
          return !!el && el.style.display !== 'none' && el.style.visibility === 'visible';
        }, { polling: 50, timeout: 5000 });
        await sleep(100);
        const state = await cardState(p);
        seen.push(state.text.split('\n')[0] ?? '');
        expect(await p.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('article-context-ui');
      }
      expect(seen[0]).toMatch(/RIVERSIDE|Riverside|Marta Okonkwo-Reyes/);
      expect(new Set(seen).size).toBeGreaterThan(1);
      await p.keyboard.press('Escape');
      await sleep(100);
      expect((await cardState(p)).open).toBe(false);
    });

    it('the site switch turns highlights off on this site only, and back on', async () => {
      const p = await article();
      const before = (await texts(p, 'person')).length;
      const popup = await openPopup(session, p);
      await setSwitch(popup, /On for 127\.0\.0\.1/, false);
      await p.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => String(k).startsWith('article-context-')), { polling: 100, timeout: 5000 });
      expect((await hover(p, 'Marco Rubio', 'article p')).open).toBe(false);
      const stored = await control.evaluate(async () => {
        const api = ((globalThis as unknown as { browser?: unknown }).browser ?? (globalThis as unknown as { chrome: unknown }).chrome) as { storage: { sync: { get(k: string): Promise<Record<string, { disabledSites: string[] }>> } } };
        return (await api.storage.sync.get('settings'))['settings']?.disabledSites;
      });
      expect(stored).toEqual(['127.0.0.1']);
      await setSwitch(popup, /On for 127\.0\.0\.1/, true);
      await waitForHighlights(p, before);
      await popup.close();
    });

    it('the kind switches hide one kind and keep the others', async () => {
      const p = await article();
      expect((await texts(p, 'person')).length).toBeGreaterThan(0);
      expect((await texts(p, 'figure')).length).toBeGreaterThan(0);
      const popup = await openPopup(session, p);
      await setSwitch(popup, /People/, false);
      await p.waitForFunction(() => !CSS.highlights.has('article-context-person'), { polling: 100, timeout: 5000 });
      expect((await texts(p, 'figure'))).toContain('$12 million');
      expect((await hover(p, 'Marco Rubio', 'article p')).open).toBe(false);
      const figure = await hover(p, '$12 million', 'article p');
      expect(figure.open).toBe(true);
      expect(figure.text).toMatch(/Figure/i);
      await popup.close();
    });

    it('the popup lists the cast, and a click scrolls to the first mention and flashes it', async () => {
      const p = await article();
      const popup = await openPopup(session, p);
      const cast = await popup.$$eval('ul.cast li', (items) => items.map((li) => li.textContent ?? ''));
      expect(cast[0]).toMatch(/Okonkwo-Reyes/);
      expect(cast.some((c) => /Marco Rubio/.test(c))).toBe(true);
      await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const before = await p.evaluate(() => window.scrollY);
      await popup.bringToFront();
      await popup.evaluate(() => {
        const button = Array.from(document.querySelectorAll('ul.cast button')).find((b) => /Marco Rubio/.test(b.textContent ?? '')) as HTMLButtonElement;
        button.click();
      });
      await p.waitForFunction((y: number) => window.scrollY < y - 200, { polling: 100, timeout: 5000 }, before);
      expect(await p.evaluate(() => CSS.highlights.has('article-context-flash'))).toBe(true);
      await popup.close();
    });

    it('"Not this person?" unlinks a match on this site and remembers it', async () => {
      let p = await article();
      expect(await texts(p, 'person')).toContain('Marco Rubio');
      expect((await hover(p, 'Marco Rubio', 'article p')).open).toBe(true);
      await clickInCard(p, /Not this person/);
      await p.waitForFunction(() => ![...(CSS.highlights.get('article-context-person') ?? [])].some((r) => r.toString().includes('Rubio')), { polling: 100, timeout: 5000 });
      expect((await cardState(p)).open).toBe(false);
      expect(await texts(p, 'person')).toContain('Marta Okonkwo-Reyes');
      await p.close();
      p = await article();
      expect((await texts(p, 'person')).some((t) => t.includes('Rubio'))).toBe(false);
    });

    it('an entity added on the options page is highlighted with its own card', async () => {
      let p = await article();
      expect(Object.values(await highlightedTexts(p)).flat()).not.toContain('Kestrel Line');
      await p.close();
      const options = await openExtensionPage(session, 'options.html');
      await options.type('input[name="name"]', 'Kestrel Line');
      await options.select('select[name="kind"]', 'org');
      await options.type('input[name="description"]', 'Bus route run by the city');
      await options.click('button[type="submit"]');
      await options.waitForFunction(() => document.body.textContent?.includes('Bus route run by the city'), { polling: 100, timeout: 5000 });
      await options.close();
      p = await article();
      await p.waitForFunction(() => [...(CSS.highlights.get('article-context-org') ?? [])].some((r) => r.toString() === 'Kestrel Line'), { polling: 100, timeout: 10_000 });
      const card = await hover(p, 'Kestrel Line', 'article p');
      expect(card.text).toMatch(/Bus route run by the city/);
    });

    it('an invalid import file is refused with a clear error and changes nothing', async () => {
      const options = await openExtensionPage(session, 'options.html');
      const input = await options.$('input[type="file"]');
      const file = `${process.env['TMPDIR'] ?? '/tmp'}/ac-bad-import-${name}.json`;
      (await import('node:fs')).writeFileSync(file, '[{"name": "Nobody", "kind": "robot"}]');
      await input!.uploadFile(file);
      await options.waitForSelector('[role="alert"]', { timeout: 5000 });
      const alert = await options.$eval('[role="alert"]', (el) => el.textContent ?? '');
      expect(alert).toMatch(/Nothing was changed/);
      expect(alert).toMatch(/entity 1 \(Nobody\): kind must be one of/);
      expect(await options.evaluate(() => document.body.textContent?.includes('You have not added any entities yet'))).toBe(true);
      await options.close();
    });

    it('the popup and the options page have no axe-core violations', async () => {
      const p = await article();
      const popup = await openPopup(session, p);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      const options = await openExtensionPage(session, 'options.html');
      await options.waitForFunction(() => document.querySelector('table'), { polling: 100, timeout: 5000 });
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  });
}
