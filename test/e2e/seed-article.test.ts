/**
 * The foundation, end to end in both browsers: the built extension loaded unpacked, the seed
 * article page served from 127.0.0.1, a reader hovering names, and the popup's switch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  SHARED, browserAvailable, cardState, domSnapshot, highlightCount, hover, launch, openPage,
  serveFixtures, sleep, waitForHighlights, type BrowserName, type FixtureServer, type Session,
} from './harness.js';
import { openPopup, setSwitch } from './popup-driver.js';

const SEED = join(SHARED, 'fixtures/seed-article.html');
const haveSeed = existsSync(SEED);
if (!haveSeed) console.warn('../shared/fixtures/seed-article.html is absent: the seed-article browser suite is SKIPPED.');

/** Who each surname names, and a true role the card must state. */
const PEOPLE: [hovered: string, name: RegExp, role: RegExp][] = [
  ['Hegseth', /Pete Hegseth/, /Secretary of (Defense|War)|Defense Secretary/i],
  ['Homan', /Tom Homan/, /border czar/i],
  ['Trump', /Donald Trump/, /President of the United States|U\.S\. President/i],
  ['Vance', /(JD|J\.D\.) Vance/, /Vice President/i],
  ['Sheinbaum', /Claudia Sheinbaum/, /President of Mexico|Mexican President/i],
  ['Trevilla Trejo', /Ricardo Trevilla Trejo/, /(Secretary of )?National Defen[cs]e/i],
];

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!haveSeed || !browserAvailable(name))(`seed article in ${name}`, () => {
    let session: Session;
    let server: FixtureServer;
    let page: Page;

    beforeAll(async () => {
      server = await serveFixtures();
      session = await launch(name);
      page = await openPage(session, server.url('/shared/fixtures/seed-article.html'));
      await waitForHighlights(page, 10);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('leaves the page DOM text and structure exactly as served', async () => {
      const live = await domSnapshot(page);
      const served = await page.evaluate(async () => {
        const html = await (await fetch(location.href)).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const parts: string[] = [];
        const walk = (el: Element, depth: number): void => {
          parts.push(`${depth}:${el.tagName}${[...el.attributes].map((a) => ` ${a.name}=${a.value}`).join('')}`);
          for (const child of Array.from(el.children)) walk(child, depth + 1);
        };
        walk(doc.documentElement, 0);
        return { text: doc.body.textContent ?? '', structure: parts.join('\n') };
      });
      expect(live.text).toBe(served.text);
      expect(live.structure).toBe(served.structure);
    });

    for (const [hovered, person, role] of PEOPLE) {
      it(`hovering "${hovered}" in the article opens a card for ${person.source}`, async () => {
        const card = await hover(page, hovered, 'article p');
        expect(card.open, `no card for ${hovered}`).toBe(true);
        expect(card.text).toMatch(person);
        expect(card.text).toMatch(role);
      });
    }

    it('opens nothing outside the article: trending bar, sidebar, comments', async () => {
      for (const [text, within] of [['Elon Musk', '.trending'], ['Greg Abbott', 'aside'], ['Ron DeSantis', '.comments']] as const) {
        const card = await hover(page, text, within);
        expect(card.open, `card opened for ${text} in ${within}`).toBe(false);
      }
    });

    it('closes the card on Escape', async () => {
      expect((await hover(page, 'Sheinbaum', 'article p')).open).toBe(true);
      await page.keyboard.press('Escape');
      await sleep(100);
      expect((await cardState(page)).open).toBe(false);
    });

    it('keeps the card inside the viewport', async () => {
      const card = await hover(page, 'Hegseth', 'article p', 3);
      expect(card.open).toBe(true);
      const size = await page.evaluate(() => ({ w: document.documentElement.clientWidth, h: document.documentElement.clientHeight }));
      expect(card.rect!.left).toBeGreaterThanOrEqual(0);
      expect(card.rect!.top).toBeGreaterThanOrEqual(0);
      expect(card.rect!.right).toBeLessThanOrEqual(size.w);
      expect(card.rect!.bottom).toBeLessThanOrEqual(size.h);
    });

    it('the popup switch removes every highlight and card, and brings them back', async () => {
      const before = await highlightCount(page);
      expect((await hover(page, 'Homan', 'article p')).open).toBe(true);
      const popup = await openPopup(session, page);
      await setSwitch(popup, /Highlights/, false);
      await page.waitForFunction(() => {
        for (const [name, h] of CSS.highlights) if (String(name).startsWith('article-context-') && h.size > 0) return false;
        return true;
      }, { timeout: 5000, polling: 100 });
      expect((await cardState(page)).open).toBe(false);
      expect((await hover(page, 'Hegseth', 'article p')).open).toBe(false);
      await setSwitch(popup, /Highlights/, true);
      expect(await waitForHighlights(page, before)).toBe(before);
      expect((await hover(page, 'Hegseth', 'article p')).open).toBe(true);
      await popup.close();
    });
  });
}
