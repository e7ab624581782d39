/**
 * `npm start`: builds both targets, then — where a display is available — opens Debian's
 * Chromium with the extension loaded on the demo article, served from 127.0.0.1. Without a
 * display it says where the builds are and how to load them by hand.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildAll } from './build.js';

const ROOT = resolve(import.meta.dirname, '..');
const CHROME_DIST = join(ROOT, 'dist/chrome');
const FIREFOX_DIST = join(ROOT, 'dist/firefox');
const BROWSER = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

await buildAll();

const howTo = `
Article Context is built:
  Chrome / Chromium: ${CHROME_DIST}
  Firefox:           ${FIREFOX_DIST}

Load it unpacked:
  Chrome:  open chrome://extensions, turn on "Developer mode", click "Load unpacked",
           choose ${CHROME_DIST}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…",
           choose ${join(FIREFOX_DIST, 'manifest.json')}
Then open any news article, or the demo page: ${join(ROOT, 'assets/demo/article.html')}
(served over http by \`npm start\` when a display is available; file:// pages are not annotated).
`;

if (!process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
  console.log(howTo);
  console.log('No display found (headless machine): not opening a browser.');
  process.exit(0);
}
if (!BROWSER) {
  console.log(howTo);
  console.log('No Chromium found: install it (apt-get install chromium) or load the build by hand as above.');
  process.exit(0);
}

const demo = readFileSync(join(ROOT, 'assets/demo/article.html'));
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(demo);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}/demo/article.html`;
  console.log(howTo);
  console.log(`Opening ${url} in ${BROWSER} with the extension loaded. Close the browser to stop.`);
  const child = spawn(BROWSER, [
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'article-context-'))}`,
    `--disable-extensions-except=${CHROME_DIST}`,
    `--load-extension=${CHROME_DIST}`,
    '--no-first-run',
    url,
  ], { stdio: 'inherit' });
  child.on('exit', () => server.close());
});
