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

  /** Runs in the extension's service worker: writes the settings as the popup would. */
  async function setEnabled(enabled: boolean): Promise<void> {
    const worker = await (await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionBase)))?.worker();
    await worker!.evaluate(async (on: boolean) => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.sync.set({ settings: { enabled: on, disabledSites: [] } });
    }, enabled);
  }

  it('a page restored from the back/forward cache keeps working, and takes up settings changed meanwhile', async () => {
    const page = await openPage(session, server.url('/fixtures/ux-article.html'));
    await waitForHighlights(page, 5);
    const before = await highlightCount(page);
    await page.evaluate(() => {
      (window as unknown as { restored: boolean }).restored = false;
      addEventListener('pageshow', (e) => { (window as unknown as { restored: boolean }).restored = e.persisted; });
    });
    // Away and back: the page comes out of the cache, script state and highlights included.
    await page.goto(server.url('/fixtures/torture/deep.html'), { waitUntil: 'load' });
    await page.goBack({ waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { restored: boolean }).restored), 'not restored from the back/forward cache').toBe(true);
    expect(await highlightCount(page)).toBe(before);
    expect((await hover(page, 'Marco Rubio', 'article p')).open).toBe(true);
    await page.keyboard.press('Escape');

    // Highlights switched off while the page sat in the cache: gone when it comes back.
    await page.goto(server.url('/fixtures/torture/deep.html'), { waitUntil: 'load' });
    await setEnabled(false);
    await page.goBack({ waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { restored: boolean }).restored)).toBe(true);
    await page.waitForFunction(() => {
      for (const [name, h] of CSS.highlights) if (String(name).startsWith('article-context-') && h.size > 0) return false;
      return true;
    }, { polling: 100, timeout: 5000 });
    await setEnabled(true);
    await waitForHighlights(page, 5);
    await page.close();
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
