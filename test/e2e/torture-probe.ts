/**
 * What the torture tests look at in a page: errors that come from the extension, the highlights
 * we registered and where their ranges sit, whether the page's DOM is what the page itself
 * built, and the card. Every probe runs in a realm the caller picks: the page's own world
 * normally, puppeteer's isolated world on a page that has broken the built-ins our probes use.
 */
import type { CDPSession, Frame, Page, Realm } from 'puppeteer-core';
import type { Session } from './harness.js';
import { sleep } from './harness.js';

export type Where = Page | Frame | Realm;

export interface ExtensionErrors {
  list: string[];
  stop(): Promise<void>;
}

/**
 * Uncaught errors and console errors that come from the extension: in Chromium read from every
 * execution context of the tab over CDP (our content script's isolated world included), in
 * Firefox from what WebDriver BiDi reports for the tab, kept when they name our code.
 */
export async function watchExtensionErrors(session: Session, page: Page): Promise<ExtensionErrors> {
  const list: string[] = [];
  const origin = session.extensionBase.replace(/\/$/, '');
  // Our own origin only: saved pages carry other extensions' URLs (chrome-extension://invalid/ …).
  const ours = (s: string): boolean => s.includes(origin) || s.includes('[article-context]');
  page.on('pageerror', (e) => {
    const text = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
    if (ours(text)) list.push(`pageerror: ${text}`);
  });
  page.on('console', (m) => {
    const text = `${m.text()} @ ${m.location().url ?? ''}`;
    if ((m.type() === 'error' || m.type() === 'warn' || m.text().includes('[article-context]')) && ours(text)) list.push(`console.${m.type()}: ${text}`);
  });
  let cdp: CDPSession | undefined;
  if (session.name === 'chromium') {
    cdp = await page.createCDPSession();
    const extensionContexts = new Set<number>();
    cdp.on('Runtime.executionContextCreated', (e) => {
      if (e.context.origin === origin) extensionContexts.add(e.context.id);
    });
    cdp.on('Runtime.exceptionThrown', (e) => {
      const d = e.exceptionDetails;
      const text = `${d.exception?.description ?? d.text} @ ${d.url ?? ''}`;
      if ((d.executionContextId !== undefined && extensionContexts.has(d.executionContextId)) || ours(text)) list.push(`uncaught: ${text}`);
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if (!extensionContexts.has(e.executionContextId)) return;
      const text = e.args.map((a) => a.value ?? a.description ?? '').join(' ');
      // Debug lines are ours to keep; errors, warnings and our own "failed" lines are not.
      if (e.type === 'error' || e.type === 'warning' || e.type === 'assert' || /fail|error/i.test(text)) list.push(`console.${e.type}: ${text}`);
    });
    await cdp.send('Runtime.enable');
  }
  return { list, stop: async () => void (await cdp?.detach().catch(() => undefined)) };
}

export interface PaintedRange {
  kind: string;
  text: string;
  connected: boolean;
  collapsed: boolean;
  /** Inside an editable region, a form field, code, or another place we must never paint. */
  forbidden: boolean;
  /** Id of the paragraph holding the range's start, if any. */
  para: string;
  inShadow: boolean;
}

/** Every range we registered, or (where the registry cannot be iterated) only counts. */
export async function paintedRanges(where: Where): Promise<{ ranges: PaintedRange[]; uncounted: number }> {
  return where.evaluate(() => {
    const PREFIX = 'article-context-';
    const FORBIDDEN = '[id^="forbidden"], textarea, input, select, option, button, pre, code, kbd, samp, svg, [contenteditable]:not([contenteditable="false"])';
    const entries: [string, Highlight][] = [];
    try {
      for (const [name, h] of CSS.highlights) entries.push([String(name), h]);
    } catch {
      // Firefox's Xray view of the registry cannot be iterated: look up our names instead.
      for (const kind of ['person', 'org', 'place', 'figure']) {
        const h = CSS.highlights.get(PREFIX + kind);
        if (h) entries.push([PREFIX + kind, h]);
      }
    }
    const ranges: PaintedRange[] = [];
    let uncounted = 0;
    for (const [name, h] of entries) {
      if (!name.startsWith(PREFIX)) continue;
      let list: AbstractRange[];
      try {
        list = [...h];
      } catch {
        uncounted += h.size;
        continue;
      }
      for (const r of list) {
        const node = r.startContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        const range = r instanceof Range ? r : null;
        ranges.push({
          kind: name.slice(PREFIX.length),
          text: range ? range.toString() : '',
          connected: node.isConnected,
          collapsed: r.collapsed,
          forbidden: !!el?.closest(FORBIDDEN),
          para: el?.closest('p')?.id ?? '',
          inShadow: node.getRootNode() instanceof ShadowRoot,
        });
      }
    }
    return { ranges, uncounted };
  });
}

/** Polls until `test` holds for the painted ranges; returns the last reading either way. */
export async function waitForPainted(
  where: Where,
  test: (ranges: PaintedRange[], uncounted: number) => boolean,
  timeout = 15_000,
): Promise<{ ranges: PaintedRange[]; uncounted: number; ok: boolean }> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const got = await paintedRanges(where).catch(() => ({ ranges: [] as PaintedRange[], uncounted: 0 }));
    if (test(got.ranges, got.uncounted)) return { ...got, ok: true };
    if (Date.now() > deadline) return { ...got, ok: false };
    await sleep(200);
  }
}

export interface DomDiff {
  text: { at: number; live: string; expected: string } | null;
  structure: { at: number; live: string; expected: string } | null;
  elements: number;
}

/**
 * Compares the live DOM (open shadow roots included, our own UI host left out) with the page as
 * served — parsed again from the same URL — after the page's own `__tortureExpect(doc)`, when
 * it has one, has built into that copy what its scripts build. Returns where they first differ.
 */
export async function domDiff(where: Where): Promise<DomDiff> {
  return where.evaluate(() => {
    const snap = (doc: Document): { text: string; structure: string; count: number } => {
      const parts: string[] = [];
      const texts: string[] = [];
      let count = 0;
      // Iterative: the deep page nests thousands of levels.
      const stack: [Node, number][] = [[doc.documentElement, 0]];
      while (stack.length > 0) {
        const [node, depth] = stack.pop()!;
        if (node.nodeType === 3) {
          texts.push((node as Text).data);
          continue;
        }
        if (node.nodeType === 11) parts.push(`${depth}:#shadow-root`);
        else if (node.nodeType === 1) {
          const el = node as Element;
          if (el.localName === 'article-context-ui') continue;
          count++;
          let attrs = '';
          for (const a of Array.prototype.slice.call(el.attributes) as Attr[]) attrs += ` ${a.name}=${a.value}`;
          parts.push(`${depth}:${el.tagName}${attrs}`);
        } else continue;
        const kids = node.childNodes;
        for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, depth + 1]);
        const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
        if (shadow) stack.push([shadow, depth + 1]);
      }
      return { text: texts.join(''), structure: parts.join('\n'), count };
    };
    const diff = (a: string, b: string): { at: number; live: string; expected: string } | null => {
      if (a === b) return null;
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return { at: i, live: a.slice(Math.max(0, i - 120), i + 120), expected: b.slice(Math.max(0, i - 120), i + 120) };
    };
    const live = snap(document);
    // A synchronous request, not fetch(): in Firefox's isolated world on the page that poisons
    // Object.prototype.then, awaiting the fetch never settles.
    const xhr = new XMLHttpRequest();
    xhr.open('GET', location.href, false);
    xhr.send();
    const html = xhr.responseText;
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const expect = (window as unknown as { __tortureExpect?: (d: Document) => void }).__tortureExpect;
    if (typeof expect === 'function') expect(parsed);
    const want = snap(parsed);
    return { text: diff(live.text, want.text), structure: diff(live.structure, want.structure), elements: live.count };
  });
}

export interface CardInfo {
  open: boolean;
  text: string;
  background: string;
  position: string;
}

export async function cardIn(where: Where): Promise<CardInfo> {
  return where.evaluate(() => {
    const host = document.querySelector('article-context-ui');
    const card = host?.shadowRoot?.querySelector('.ac-card') as HTMLElement | null | undefined;
    if (!card || card.style.display === 'none' || card.style.visibility === 'hidden') return { open: false, text: '', background: '', position: '' };
    const r = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    return { open: r.width > 0, text: card.innerText, background: style.backgroundColor, position: style.position };
  });
}

/** Moves the pointer onto the first `text` inside `within` and waits past the dwell. */
export async function hoverText(page: Page, where: Where, text: string, within: string): Promise<CardInfo> {
  await page.bringToFront();
  await page.mouse.move(5, 5);
  await sleep(400);
  const point = await where.evaluate((needle: string, selector: string) => {
    const host = document.querySelector(selector);
    if (!host) return null;
    // A shadow host's text is in its open shadow root.
    const scope: Node = host.shadowRoot ?? host;
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const r = range.getClientRects()[0];
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }
    return null;
  }, text, within);
  if (!point) throw new Error(`"${text}" not found in ${within}`);
  await page.mouse.move(point.x - 2, point.y);
  await sleep(30);
  await page.mouse.move(point.x, point.y);
  await sleep(800);
  return cardIn(where);
}

export function isolatedWorld(page: Page): Realm {
  return (page.mainFrame() as unknown as { isolatedRealm(): Realm }).isolatedRealm();
}
