/**
 * What the real content script costs the page's main thread, from V8's sampling CPU profiler
 * (CDP `Profiler`, one sample every 100 µs) over a page load, with a light trace alongside for
 * the boundaries of the main thread's top-level slices (tasks, and microtask checkpoints Blink
 * runs outside any task). A sample is ours when any frame of its stack is in
 * the extension's scripts; a task is ours when it holds a sample of ours, and its whole length
 * counts (a task under 100 µs of JS can be missed). Chromium's trace events alone do not name
 * the script for callbacks into a content script's world, hence the profiler. Without usable
 * trace boundaries, runs of our samples (idle or the page's own code ending a run) stand in.
 */
import type { Page } from 'puppeteer-core';

export interface OwnTasks {
  /** Top-level main-thread tasks that ran code of ours (or stretches, without a trace). */
  tasks: number;
  /** Our JS time, from the samples. */
  totalMs: number;
  /** The longest of those tasks, whole. */
  longestMs: number;
  /** How tasks were told apart: trace task boundaries, or runs of samples only. */
  method: 'trace' | 'samples';
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

const SAMPLING_US = 100;
/** Trace slices that stand for one turn of the main thread's event loop. */
const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

export async function traceOwnTasks(page: Page, origin: string, run: () => Promise<void>): Promise<OwnTasks> {
  const cdp = await page.createCDPSession();
  // Task boundaries from a light trace, run alongside (same monotonic clock as the profile).
  await page.tracing.start({ categories: ['toplevel'] });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  try {
    await run();
  } catch (error) {
    await cdp.detach().catch(() => undefined);
    await page.tracing.stop().catch(() => undefined);
    throw error;
  }
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach().catch(() => undefined);
  const trace = await page.tracing.stop();
  const events = trace ? (JSON.parse(new TextDecoder().decode(trace)) as { traceEvents: TraceEvent[] }).traceEvents : [];
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

  // With task boundaries: every top-level task on a renderer main thread holding a sample of ours.
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // Top-level slices: a task, or a microtask checkpoint Blink runs outside any task.
  const slices = events
    .filter((e) => e.ph === 'X' && TOP_LEVEL.has(e.name) && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const runTasks: TraceEvent[] = [];
  const openUntil = new Map<string, number>();
  for (const e of slices) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (openUntil.get(thread) ?? -Infinity)) continue;
    runTasks.push(e);
    openUntil.set(thread, e.ts + (e.dur ?? 0));
  }
  const ourTimes: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (isOurs(samples[i]!)) ourTimes.push(t);
  }
  let longestTask = 0;
  let taskCount = 0;
  for (const task of runTasks) {
    const end = task.ts + (task.dur ?? 0);
    // Binary search for the first sample of ours at or after the task's start.
    let lo = 0;
    let hi = ourTimes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ourTimes[mid]! < task.ts) lo = mid + 1;
      else hi = mid;
    }
    if (lo < ourTimes.length && ourTimes[lo]! <= end) {
      taskCount++;
      longestTask = Math.max(longestTask, (task.dur ?? 0) / 1000);
    }
  }
  if (taskCount > 0) return { tasks: taskCount, totalMs: total, longestMs: longestTask, method: 'trace' };
  return { tasks, totalMs: total, longestMs: longest, method: 'samples' };
}
