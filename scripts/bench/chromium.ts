/**
 * The Chromium half of the benchmark: the built extension (dist/chrome) in Debian's Chromium,
 * pages from 127.0.0.1 only.
 *
 * - Service-worker cold start: the worker is closed (CDP Target.closeTarget through
 *   puppeteer's `worker.close()`), then a content script — evaluated in the extension's own
 *   isolated world of a real tab, so the message has a real tab sender — sends `bg:annotate`;
 *   the time is taken there, from send to answer. Reference: the same restart answering a
 *   message the worker refuses without touching the KB (bare worker start-up).
 * - Content-script heap: the same page in a tab with the extension and in an incognito tab
 *   (where the extension does not run), JS heap after a full GC in each; the difference is ours.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import type { Session } from '../../test/e2e/harness.js';

export interface ColdSample {
  coldMs: number;
  /** From the same send until the cards the first answer left pending have come too. */
  cardsMs: number;
  warmMs: number;
  bareMs: number;
  mentions: number;
  /**
   * Inside the worker, ms since its time origin (its start): the marks the background sets
   * (`ac:*`, see src/background/index.ts) and when each KB file's fetch ended. Says where a cold
   * start's time goes.
   */
  phases: Record<string, number>;
}

const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/** The execution context id of our content script's isolated world in `page`. */
export async function contentScriptWorld(page: Page, extensionBase: string, timeout = 10_000): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.createCDPSession();
  const origin = extensionBase.replace(/\/$/, '');
  let found: number | undefined;
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin === origin && e.context.auxData?.['type'] === 'isolated') found = e.context.id;
  });
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + timeout;
  while (found === undefined && Date.now() < deadline) await sleep(50);
  if (found === undefined) throw new Error('content script world not found');
  return { cdp, contextId: found };
}

async function evalIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value as T;
}

async function workerPhases(session: Session): Promise<Record<string, number>> {
  const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionBase), { timeout: 5000 });
  const worker = await target.worker();
  if (!worker) return {};
  return worker.evaluate(() => {
    const out: Record<string, number> = {};
    // The first of each mark: the cold start's, not a later message's.
    for (const m of performance.getEntriesByType('mark')) out[m.name] ??= m.startTime;
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const file = r.name.split('/kb/')[1];
      if (file) out[`fetched ${file}`] ??= r.responseEnd;
    }
    return out;
  });
}

async function stopWorker(session: Session): Promise<void> {
  const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionBase), { timeout: 5000 }).catch(() => undefined);
  if (!target) return; // Already stopped.
  const worker = await target.worker();
  await worker?.close();
  // Let the browser notice before the next message starts it again.
  for (let i = 0; i < 40 && session.browser.targets().some((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionBase)); i++) await sleep(25);
}

export async function coldStarts(session: Session, page: Page, text: string, samples: number): Promise<{ samples: ColdSample[]; heap: { usedMb: number; buffersMb: number } }> {
  const { cdp, contextId } = await contentScriptWorld(page, session.extensionBase);
  // As the content script does: annotate, then ask for the cards left pending.
  const send = (payload: string): string => `(async () => {
    const t = performance.now();
    const a = await chrome.runtime.sendMessage(${payload});
    const ms = performance.now() - t;
    const refs = a && a.ok && a.value.entities ? Object.values(a.value.entities).filter((c) => c.pendingRef !== undefined).map((c) => ({ id: c.id, ref: c.pendingRef })) : [];
    if (refs.length) await chrome.runtime.sendMessage({ type: 'bg:cards', payload: { refs } });
    return { ms, cardsMs: performance.now() - t, ok: !!a && a.ok, n: a && a.ok ? a.value.mentions.length : -1 };
  })()`;
  const annotate = send(`{ type: 'bg:annotate', payload: { text: ${JSON.stringify(text)}, url: location.href } }`);
  const refused = send(`{ type: 'bg:benchNoSuchMessage', payload: {} }`);
  const out: ColdSample[] = [];
  for (let i = 0; i < samples; i++) {
    await stopWorker(session);
    const bare = await evalIn<{ ms: number }>(cdp, contextId, refused);
    await stopWorker(session);
    const cold = await evalIn<{ ms: number; cardsMs: number; ok: boolean; n: number }>(cdp, contextId, annotate);
    if (!cold.ok) throw new Error('bg:annotate failed after a cold start');
    const warm = await evalIn<{ ms: number }>(cdp, contextId, annotate);
    const phases = await workerPhases(session);
    out.push({ coldMs: cold.ms, cardsMs: cold.cardsMs, warmMs: warm.ms, bareMs: bare.ms, mentions: cold.n, phases });
  }
  // The heap a started worker keeps after its first answer.
  await stopWorker(session);
  await evalIn(cdp, contextId, annotate);
  const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionBase));
  const worker = await target.worker();
  const client = (worker as unknown as { client: CDPSession }).client;
  await client.send('HeapProfiler.enable');
  await client.send('HeapProfiler.collectGarbage');
  const usage = await client.send('Runtime.getHeapUsage');
  await cdp.detach();
  return {
    samples: out,
    heap: { usedMb: usage.usedSize / 2 ** 20, buffersMb: (usage.backingStorageSize ?? 0) / 2 ** 20 },
  };
}

/** JS heap of a page's renderer after a full GC, in MB. */
export async function pageHeapMb(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(100);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return (usage.usedSize + (usage.backingStorageSize ?? 0)) / 2 ** 20;
}
