/**
 * The corpus sweep (issue 7): every page of ../shared/corpora/readability/ loaded in real
 * Chromium with the built extension, served from 127.0.0.1 (outside hosts fail fast: Chromium
 * runs with --host-resolver-rules; the machine has no network anyway). One browser, one page at
 * a time. For each page:
 *
 * - no uncaught error, console error or failed scan from the extension (read over CDP from the
 *   content script's own isolated world, and from any error that names our code);
 * - the DOM's text and element structure exactly as the same page built itself in an incognito
 *   tab of the same browser, where the extension does not run — so the page's own scripts have
 *   had the same chance to change it (on a difference both sides load the page again; a page
 *   whose difference does not come back, or whose elements differ only in order, is reported as
 *   unstable, not blamed on us);
 * - no layout shift beyond what the page makes without us, from the moment we first paint: until
 *   then the extension has changed nothing on the page, and a page's own shifts at load time
 *   come and go from one load to the next (they depend on whether a frame was drawn before the
 *   page's late styles arrived), so counting them made the check a race;
 * - how many ranges we painted.
 *
 * Skipped, loudly, when ../shared/corpora or Chromium is absent. Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DIST, browserAvailable, launch, serveFixtures, sleep, type FixtureServer, type Session } from '../e2e/harness.js';
import { watchExtensionErrors, type ExtensionErrors } from '../e2e/torture-probe.js';
import { corpusPages, READABILITY_CORPUS } from '../../scripts/bench/corpus.js';

const pages = corpusPages();
const present = pages.length > 0;
if (!present) {
  const line = '!'.repeat(78);
  console.warn(`\n${line}\nCorpus sweep SKIPPED: ${READABILITY_CORPUS} is absent (the corpora live in ../shared).\n${line}\n`);
}
const built = existsSync(join(DIST, 'chrome/manifest.json'));
if (present && !built) console.warn('Corpus sweep SKIPPED: dist/chrome is missing; run `npm run build` first.');

/** Per-page load limit: outside resources fail fast offline, but a page may still hang. */
const LOAD_TIMEOUT_MS = 15_000;
/** Once highlights appear, how long their count must hold still before we look. */
const SETTLE_MS = 500;
/** How long a page with no highlights is watched before we accept the extension stays quiet. */
const QUIET_MS = 2000;
/** Layout shift (CLS units) we may add to a page's own before it counts as ours. */
const SHIFT_SLACK = 0.001;

interface Snapshot {
  text: string;
  structure: string;
  /** Layout shifts not caused by input: [startTime, value]. */
  shifts: [number, number][];
  /** The last moment (page time) none of our highlights was registered: the end of the watch when we never painted. */
  bareUntil: number;
  painted: number;
}

/**
 * Installed before any page script runs: records every layout shift, and the last moment the
 * page had none of our highlights (the highlight registry is shared with the page's world).
 */
function watchShifts(): void {
  const w = window as unknown as { __acShift: { shifts: [number, number][]; bareUntil: number } };
  w.__acShift = { shifts: [], bareUntil: 0 };
  const ours = (): boolean => {
    for (const [name] of CSS.highlights) if (String(name).startsWith('article-context-')) return true;
    return false;
  };
  const timer = setInterval(() => {
    if (ours()) clearInterval(timer);
    else w.__acShift.bareUntil = performance.now();
  }, 10);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.__acShift.shifts.push([e.startTime, e.value]);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No layout-shift timing: no shifts are recorded.
  }
}

/** The layout shift a page made after `from` (page time). */
function shiftAfter(s: Snapshot, from: number): number {
  let sum = 0;
  for (const [t, v] of s.shifts) if (t > from) sum += v;
  return sum;
}

/**
 * The same elements, with the same attributes at the same depths, in another order. A page's
 * own script that appends to the body while the parser is still filling it (a consent frame's
 * locator that polls every few milliseconds until the body exists, in lazy-image-2) lands
 * wherever the parser has got to, so its place depends on timing. The extension never inserts
 * or moves nodes, so such a difference is the page's own: reported as unstable, not as ours.
 */
function sameElementsReordered(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  return a.split('\n').sort().join('\n') === b.split('\n').sort().join('\n');
}

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const texts: string[] = [];
    const stack: [Node, number][] = document.documentElement ? [[document.documentElement, 0]] : [];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (node.nodeType === 3) {
        texts.push((node as Text).data);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.localName === 'article-context-ui') continue;
      let attrs = '';
      for (const a of Array.from(el.attributes)) attrs += ` ${a.name}=${a.value}`;
      parts.push(`${depth}:${el.tagName}${attrs}`);
      const kids = el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, depth + 1]);
    }
    let painted = 0;
    for (const [name, h] of CSS.highlights) if (String(name).startsWith('article-context-')) painted += h.size;
    const watch = (window as unknown as { __acShift?: { shifts: [number, number][]; bareUntil: number } }).__acShift;
    const bareUntil = painted > 0 ? watch?.bareUntil ?? 0 : performance.now();
    return { text: texts.join(''), structure: parts.join('\n'), shifts: watch?.shifts ?? [], bareUntil, painted };
  });
}

async function highlightTotal(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (String(name).startsWith('article-context-')) n += h.size;
    return n;
  }).catch(() => 0);
}

async function load(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
}

/** Waits until our highlights hold still, or until a quiet page has had its chance. */
async function settle(page: Page): Promise<void> {
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await highlightTotal(page);
    if (n !== last) {
      last = n;
      since = Date.now();
    }
    if (n > 0 && Date.now() - since >= SETTLE_MS) return;
    if (n === 0 && Date.now() - start >= QUIET_MS) return;
    if (Date.now() - start > 10_000) return;
    await sleep(100);
  }
}

function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: with us …${JSON.stringify(a.slice(Math.max(0, i - 60), i + 60))}… without …${JSON.stringify(b.slice(Math.max(0, i - 60), i + 60))}…`;
}

describe.skipIf(!present || !built || !browserAvailable('chromium'))('corpus sweep: every readability page in Chromium with the extension', () => {
  let session: Session;
  let server: FixtureServer;
  let withUs: Page;
  let without: Page;
  let errors: ExtensionErrors;
  const summary = { pages: 0, painted: 0, ranges: 0, unstable: [] as string[], failed: [] as string[] };

  beforeAll(async () => {
    server = await serveFixtures();
    session = await launch('chromium');
    const incognito = await session.browser.createBrowserContext();
    without = await incognito.newPage();
    withUs = await session.browser.newPage();
    for (const p of [without, withUs]) {
      await p.setViewport({ width: 1200, height: 850 });
      await p.evaluateOnNewDocument(watchShifts);
      // Some test pages call alert(): a dialog would hold the tab.
      p.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    }
    errors = await watchExtensionErrors(session, withUs);
  });

  afterAll(async () => {
    console.log(`\n[sweep] ${summary.pages} pages: ${summary.painted} painted (${summary.ranges} ranges in all); ` +
      `${summary.unstable.length} unstable without us${summary.unstable.length ? ` (${summary.unstable.join(', ')})` : ''}; ` +
      `${summary.failed.length} failed${summary.failed.length ? ` (${summary.failed.join(', ')})` : ''}`);
    await errors?.stop();
    await session?.close();
    await server?.close();
  });

  for (const p of pages) {
    it(p.name, async () => {
      const url = server.url(p.urlPath);
      // Both sides are read the same time after their load: pages whose own scripts keep
      // changing the DOM (ads, timers) must be compared at the same point of their life.
      const measureBoth = async (): Promise<{ ours: Snapshot; base: Snapshot }> => {
        await load(withUs, url);
        const loadedAt = Date.now();
        await settle(withUs);
        const delay = Date.now() - loadedAt;
        const ours = await snapshot(withUs);
        await load(without, url);
        await sleep(delay);
        const base = await snapshot(without);
        expect(base.painted, 'the extension ran in the incognito tab').toBe(0);
        return { ours, base };
      };
      errors.list.length = 0;
      const { ours, base } = await measureBoth();
      summary.pages++;
      summary.ranges += ours.painted;
      if (ours.painted > 0) summary.painted++;

      const problems: string[] = [];
      if (errors.list.length) problems.push(`extension errors:\n  ${errors.list.join('\n  ')}`);
      const same = (a: Snapshot, b: Snapshot): boolean => a.text === b.text && a.structure === b.structure;
      // Both sides from the moment we first painted, in the life of the page with us.
      const shifted = (a: Snapshot, b: Snapshot): boolean => shiftAfter(a, a.bareUntil) > shiftAfter(b, a.bareUntil) + SHIFT_SLACK;
      const shiftFigure = (a: Snapshot, b: Snapshot): string => `${shiftAfter(a, a.bareUntil).toFixed(4)} with us, ${shiftAfter(b, a.bareUntil).toFixed(4)} without`;
      if (!same(ours, base) || shifted(ours, base)) {
        // Is it us, or does the page differ between its own loads (ad scripts, timers, images
        // arriving late)? Measure both sides once more: what does not come back is the page's own.
        const second = await measureBoth();
        const domIsOurs = !same(ours, base) && same(second.base, base) && !same(second.ours, base) && !same(second.ours, second.base) &&
          !(ours.text === base.text && sameElementsReordered(ours.structure, base.structure));
        const shiftIsOurs = shifted(ours, base) && shifted(second.ours, second.base);
        if (!domIsOurs && !shiftIsOurs) summary.unstable.push(p.name);
        if (domIsOurs) {
          if (ours.text !== base.text) problems.push(`text changed ${firstDiff(ours.text, base.text)}`);
          if (ours.structure !== base.structure) problems.push(`structure changed ${firstDiff(ours.structure, base.structure)}`);
        }
        if (shiftIsOurs) problems.push(`layout shift after our first paint: ${shiftFigure(ours, base)}, then ${shiftFigure(second.ours, second.base)}`);
      }
      if (problems.length) summary.failed.push(p.name);
      expect(problems, `${p.name} (${ours.painted} ranges painted)`).toEqual([]);
    }, 60_000);
  }
});
