/**
 * An article inside a same-origin iframe is found and painted by the script in that frame, while
 * small embedded frames and the host page's furniture stay untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { browserAvailable, launch, openPage, serveFixtures, sleep, type BrowserName, type FixtureServer, type Session } from './harness.js';

const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reader</title></head>
<body><header><nav>Home · Marco Rubio · Sections</nav></header>
<iframe id="reader" src="/fixtures/ux-article.html" style="width:1000px;height:700px;border:0"></iframe>
<iframe id="embed" src="/fixtures/ux-article.html" style="width:200px;height:120px;border:0"></iframe>
</body></html>`;

async function frameHighlights(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => [...CSS.highlights].flatMap(([name, h]) => (String(name).startsWith('article-context-') ? [...h].map((r) => r.toString()) : [])));
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!browserAvailable(name))(`articles in frames in ${name}`, () => {
    let session: Session;
    let server: FixtureServer;
    let page: Page;

    beforeAll(async () => {
      server = await serveFixtures({ '/frames/host.html': HOST_PAGE });
      session = await launch(name);
      page = await openPage(session, server.url('/frames/host.html'));
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('paints the article in a same-origin iframe, and nothing in the host page or a small embed', async () => {
      const reader = await (await page.$('#reader'))!.contentFrame();
      const embed = await (await page.$('#embed'))!.contentFrame();
      expect(reader && embed).toBeTruthy();
      const deadline = Date.now() + 15_000;
      while ((await frameHighlights(reader!)).length < 5 && Date.now() < deadline) await sleep(100);
      const painted = await frameHighlights(reader!);
      expect(painted).toContain('Marta Okonkwo-Reyes');
      expect(painted).toContain('Marco Rubio');
      expect(await frameHighlights(embed!)).toEqual([]);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    });
  });
}
