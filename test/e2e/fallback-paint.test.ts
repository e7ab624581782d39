/**
 * Where the CSS Custom Highlight API is missing, highlights are drawn as boxes in our own shadow
 * root and the page's nodes stay as they were. No current browser lets the API be switched off,
 * so this suite builds the extension with the fallback painter forced (a test-only build flag)
 * and runs it in both browsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { join } from 'node:path';
import { buildAll } from '../../scripts/build.js';
import { ROOT, browserAvailable, domSnapshot, hover, launch, openPage, serveFixtures, type BrowserName, type FixtureServer, type Session } from './harness.js';

const FALLBACK_DIST = join(ROOT, 'dist-test/fallback');

for (const name of ["chromium", "firefox"] as BrowserName[]) describe.skipIf(!browserAvailable(name))(`fallback painting without the Custom Highlight API in ${name}`, () => {
  let session: Session;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    await buildAll({ outDir: FALLBACK_DIST, forceOverlay: true, quiet: true });
    server = await serveFixtures();
    session = await launch(name, { distDir: FALLBACK_DIST });
    page = await openPage(session, server.url('/fixtures/ux-article.html'));
    await page.waitForFunction(
      () => (document.querySelector('article-context-ui')?.shadowRoot?.querySelectorAll('.ac-mark').length ?? 0) > 5,
      { polling: 100, timeout: 15_000 },
    );
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('paints nothing through the Highlight API', async () => {
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  });

  it('draws a box over each mention, and leaves the page DOM as served', async () => {
    const boxes = await page.evaluate(() => {
      const marks = Array.from(document.querySelector('article-context-ui')!.shadowRoot!.querySelectorAll('.ac-mark'));
      return marks.map((m) => m.className);
    });
    expect(boxes.some((c) => c.includes('ac-mark-person'))).toBe(true);
    expect(boxes.some((c) => c.includes('ac-mark-figure'))).toBe(true);
    const live = await domSnapshot(page);
    const served = await page.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return doc.body.textContent ?? '';
    });
    expect(live.text).toBe(served);
    expect(live.structure).not.toMatch(/ac-mark|<mark/i);
  });

  it('boxes sit over the words they mark', async () => {
    const offset = await page.evaluate(() => {
      const text = document.querySelector('article p')!.firstChild as Text;
      const at = text.data.indexOf('Marta Okonkwo-Reyes');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'Marta'.length);
      const word = range.getClientRects()[0]!;
      const marks = Array.from(document.querySelector('article-context-ui')!.shadowRoot!.querySelectorAll('.ac-mark'));
      const hit = marks.map((m) => m.getBoundingClientRect()).find((r) => Math.abs(r.top - word.top) < 3 && Math.abs(r.left - word.left) < 3);
      return hit ? 0 : -1;
    });
    expect(offset).toBe(0);
  });

  it('hovering still opens the card', async () => {
    const card = await hover(page, 'Marco Rubio', 'article p');
    expect(card.open).toBe(true);
    expect(card.text).toMatch(/Secretary of State/);
  });
});
