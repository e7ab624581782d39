/**
 * Drives real browsers with the built extension: Debian's Chromium and Firefox ESR through
 * puppeteer-core (CDP for Chromium, WebDiDi for Firefox), pages served from 127.0.0.1 only.
 * One browser per suite; each helper here is what a reader does: open a page, hover a word,
 * open the popup, flip a switch.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');
export const DIST = join(ROOT, 'dist');

export type BrowserName = 'chromium' | 'firefox';

const BINARIES: Record<BrowserName, string> = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
};

const INSTALL_HINT = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr';

/** Says loudly when a browser is missing, and how to get it; CI installs both. */
export function browserAvailable(name: BrowserName): boolean {
  if (existsSync(BINARIES[name])) return true;
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n${name} is not installed (${BINARIES[name]}): its real-browser tests are SKIPPED.\nInstall it with:\n  ${INSTALL_HINT}\n${line}\n`);
  if (process.env['CI']) throw new Error(`${name} missing in CI`);
  return false;
}

const GECKO_ID = 'article-context@article-context.dev';
/** Pinned so the test knows the moz-extension:// origin in advance. */
export const FIREFOX_UUID = '6f0d7c1e-3c0a-4b6e-9c53-2a6b8e4f1a10';

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  '--window-size=1280,900',
];

export interface Session {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  extensionBase: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Firefox preferences (for example to switch a web platform feature off). */
  firefoxPrefs?: Record<string, unknown>;
  /** A build other than dist/ (holding chrome/ and firefox/). */
  distDir?: string;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), `ac-${name}-`));
  if (name === 'chromium') {
    const dist = join(options.distDir ?? DIST, 'chrome');
    const browser = await puppeteer.launch({
      executablePath: BINARIES.chromium,
      headless: true,
      pipe: true,
      enableExtensions: [dist],
      userDataDir: profile,
      args: CHROMIUM_FLAGS,
    });
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
    const id = new URL(worker.url()).host;
    return {
      name,
      browser,
      extensionBase: `chrome-extension://${id}/`,
      close: async () => {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BINARIES.firefox,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.disableIPv6': true,
      ...options.firefoxPrefs,
    },
  });
  await browser.installExtension(join(options.distDir ?? DIST, 'firefox'));
  return {
    name,
    browser,
    extensionBase: `moz-extension://${FIREFOX_UUID}/`,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface FixtureServer {
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Headers that make a page cross-origin isolated. Such a page's clock (`performance.now()`)
 * ticks in 5 µs rather than 100 µs steps: the benchmark times steps of 50 µs on small pages.
 */
export const CROSS_ORIGIN_ISOLATED: Record<string, string> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

/**
 * Serves `/shared/…` from ../shared and `/fixtures/…` from test/fixtures, on 127.0.0.1 only.
 * `routes` adds pages written by a test; `headers` go with every answer.
 */
export async function serveFixtures(routes: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<FixtureServer> {
  const roots: Record<string, string> = { shared: SHARED, fixtures: join(ROOT, 'test/fixtures'), assets: join(ROOT, 'assets') };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const routed = routes[path];
    if (routed !== undefined) {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      res.end(routed);
      return;
    }
    const [, top, ...rest] = path.split('/');
    const base = top ? roots[top] : undefined;
    const file = base ? normalize(join(base, ...rest)) : undefined;
    if (!base || !file || !file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export async function openPage(session: Session, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1200, height: 850 });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Waits until the extension has painted at least `min` ranges in the page. */
export async function waitForHighlights(page: Page, min = 1, timeout = 15_000): Promise<number> {
  await page.waitForFunction(
    (n: number) => {
      let total = 0;
      for (const [name, h] of CSS.highlights) if (String(name).startsWith('article-context-')) total += h.size;
      return total >= n;
    },
    { timeout, polling: 100 },
    min,
  );
  return highlightCount(page);
}

export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    for (const [name, h] of CSS.highlights) if (String(name).startsWith('article-context-')) total += h.size;
    return total;
  });
}

/** The highlighted strings, by kind, as the page's highlight registry holds them. */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!String(name).startsWith('article-context-')) continue;
      out[String(name).replace('article-context-', '')] = [...h].map((r) => r.toString());
    }
    return out;
  });
}

/**
 * The centre of the first occurrence of `text` inside the element matched by `within`, in
 * viewport coordinates, after scrolling it into view.
 */
export async function pointOf(page: Page, text: string, within = 'body', occurrence = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (needle: string, selector: string, nth: number) => {
      let seen = 0;
      for (const scope of Array.from(document.querySelectorAll(selector))) {
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        let at = data.indexOf(needle);
        while (at >= 0) {
          if (seen === nth) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + needle.length);
            (node.parentElement as Element).scrollIntoView({ block: 'center' });
            const r = range.getClientRects()[0];
            if (!r) return null;
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          seen++;
          at = data.indexOf(needle, at + 1);
        }
      }
      }
      return null;
    },
    text,
    within,
    occurrence,
  );
  if (!point) throw new Error(`"${text}" not found in ${within}`);
  return point;
}

export interface CardState {
  open: boolean;
  text: string;
  rect: { left: number; top: number; right: number; bottom: number } | null;
}

export async function cardState(page: Page): Promise<CardState> {
  return page.evaluate(() => {
    const host = document.querySelector('article-context-ui');
    const card = host?.shadowRoot?.querySelector('.ac-card') as HTMLElement | null | undefined;
    if (!card || card.style.display === 'none' || card.style.visibility === 'hidden') return { open: false, text: '', rect: null };
    const r = card.getBoundingClientRect();
    return { open: r.width > 0, text: card.innerText, rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
  });
}

/** Moves the pointer onto `text` and waits past the dwell; returns the card then shown. */
export async function hover(page: Page, text: string, within = 'article', occurrence = 0): Promise<CardState> {
  // Background tabs get no animation frames, and the hover tracker works per frame.
  await page.bringToFront();
  // Leave any open card first and let it close: it may cover the next word.
  await page.mouse.move(5, 5);
  for (let i = 0; i < 20 && (await cardState(page)).open; i++) await sleep(50);
  const { x, y } = await pointOf(page, text, within, occurrence);
  await page.mouse.move(x - 2, y);
  await sleep(30);
  await page.mouse.move(x, y);
  await sleep(700);
  return cardState(page);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}

/** The page's text and element structure, to prove we changed neither. */
export async function domSnapshot(page: Page): Promise<{ text: string; structure: string }> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (el: Element, depth: number): void => {
      if (el.tagName.toLowerCase() === 'article-context-ui') return;
      parts.push(`${depth}:${el.tagName}${[...el.attributes].map((a) => ` ${a.name}=${a.value}`).join('')}`);
      for (const child of Array.from(el.children)) walk(child, depth + 1);
    };
    walk(document.documentElement, 0);
    return { text: document.body.textContent ?? '', structure: parts.join('\n') };
  });
}
