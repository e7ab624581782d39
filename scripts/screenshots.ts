/**
 * Takes the README's screenshots from the real build in real Chromium, so they stay true:
 * a card on the demo article (light and dark page), and the popup aimed at that article.
 *
 *   npm run build && npx tsx scripts/screenshots.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveFixtures, openPage, waitForHighlights, hover, ROOT } from '../test/e2e/harness.js';
import { openPopup } from '../test/e2e/popup-driver.js';

const OUT = join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });

const demo = readFileSync(join(ROOT, 'assets/demo/article.html'), 'utf8');
/** The same article on a dark page, as many sites offer. */
const dark = demo.replace('</style>', 'body{background:#15171a;color:#e4e6eb} aside{border-color:#6b7a8f}\n</style>');

const server = await serveFixtures({ '/demo/article.html': demo, '/demo/dark.html': dark });
const session = await launch('chromium');
try {
  for (const [path, file, word] of [
    ['/demo/article.html', 'card-light.png', 'Kaja Kallas'],
    ['/demo/dark.html', 'card-dark.png', 'Rutte'],
  ] as const) {
    const page = await openPage(session, server.url(path));
    await waitForHighlights(page, 5);
    const card = await hover(page, word, 'article p');
    if (!card.open) throw new Error(`no card opened on "${word}" for ${file}`);
    await page.screenshot({ path: join(OUT, file) as `${string}.png` });
    console.log(`wrote docs/screenshots/${file}`);
    if (file === 'card-light.png') {
      const popup = await openPopup(session, page);
      await popup.setViewport({ width: 360, height: 620 });
      await popup.screenshot({ path: join(OUT, 'popup.png') as `${string}.png` });
      console.log('wrote docs/screenshots/popup.png');
      await popup.close();
    }
    await page.close();
  }
} finally {
  await session.close();
  await server.close();
}
