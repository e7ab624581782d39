/**
 * What the real content script costs the page's main thread, from V8's sampling CPU profiler
 * (CDP `Profiler`, one sample every 100 µs) over a page load: a sample is ours when any frame
 * of its stack is in the extension's scripts. A run of consecutive samples that are ours, or
 * garbage collection / engine work ("(program)", "(garbage collector)") between two of ours,
 * is one stretch of our work without a break for the page; the longest such stretch is the
 * longest task we cause, give or take a sample. (Chromium's trace events do not name the
 * script for callbacks into a content script's world, hence the profiler.)
 */
import type { Page } from 'puppeteer-core';

export interface OwnTasks {
  /** Stretches of our work, each ended by idle time or by the page's own code. */
  tasks: number;
  totalMs: number;
  longestMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

const SAMPLING_US = 100;

export async function traceOwnTasks(page: Page, origin: string, run: () => Promise<void>): Promise<OwnTasks> {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  try {
    await run();
  } catch (error) {
    await cdp.detach().catch(() => undefined);
    throw error;
  }
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach().catch(() => undefined);
  const nodes = profile.nodes as ProfileNode[];
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const result = !!node && (node.callFrame.url.startsWith(origin) || (parent.has(id) && isOurs(parent.get(id)!)));
    ours.set(id, result);
    return result;
  };
  const neutral = (id: number): boolean => {
    const name = byId.get(id)?.callFrame.functionName ?? '';
    return name === '(program)' || name === '(garbage collector)';
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  let longest = 0;
  let tasks = 0;
  let stretch = 0;
  let pendingNeutral = 0;
  let inStretch = false;
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    const dt = (deltas[i + 1] ?? SAMPLING_US) / 1000;
    if (isOurs(id)) {
      if (!inStretch) tasks++;
      stretch += pendingNeutral + dt;
      pendingNeutral = 0;
      total += dt;
      inStretch = true;
    } else if (inStretch && neutral(id)) {
      pendingNeutral += dt;
    } else {
      if (inStretch) longest = Math.max(longest, stretch);
      inStretch = false;
      stretch = 0;
      pendingNeutral = 0;
    }
  }
  if (inStretch) longest = Math.max(longest, stretch);
  return { tasks, totalMs: total, longestMs: longest };
}
