/**
 * When the extension is reloaded (an update, or a developer's reload) while a page stays open,
 * the old content script is an orphan: it must notice and take away everything it added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, highlightCount, hover, launch, openPage, serveFixtures, sleep, waitForHighlights, type FixtureServer, type Session } from './harness.js';

describe.skipIf(!browserAvailable('chromium'))('lifecycle in chromium', () => {
  let session: Session;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    session = await launch('chromium');
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('an orphaned content script removes its highlights and card after the extension reloads', async () => {
    const page = await openPage(session, server.url('/fixtures/ux-article.html'));
    await waitForHighlights(page, 5);
    expect((await hover(page, 'Marco Rubio', 'article p')).open).toBe(true);
    const worker = await (await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionBase)))?.worker();
    await worker!.evaluate(() => { setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 50); });
    await sleep(1500);
    // The next pointer movement is when an orphan finds out.
    await page.bringToFront();
    await page.mouse.move(10, 10);
    await page.mouse.move(40, 40);
    await page.waitForFunction(() => {
      for (const [name, h] of CSS.highlights) if (String(name).startsWith('article-context-') && h.size > 0) return false;
      return !document.querySelector('article-context-ui');
    }, { polling: 100, timeout: 5000 });
    expect(await highlightCount(page)).toBe(0);
    await page.close();
  });
});
