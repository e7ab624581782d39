/**
 * What the real content script costs the page's main thread, read from a Chromium trace of the
 * page load: every top-level task on the renderer's main thread that ran any code of ours
 * (a script event whose URL is the extension's) counts as ours, whole — style and layout it
 * caused in the same task included; rendering in later frames is not attributed.
 */
import type { Page } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: { url?: string }[] } };
}

export interface OwnTasks {
  tasks: number;
  totalMs: number;
  longestMs: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];

export async function traceOwnTasks(page: Page, origin: string, run: () => Promise<void>): Promise<OwnTasks> {
  await page.tracing.start({ categories: CATEGORIES });
  await run();
  const buffer = await page.tracing.stop();
  const events = (JSON.parse(new TextDecoder().decode(buffer)) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const isTask = (e: TraceEvent): boolean => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && main.has(`${e.pid}:${e.tid}`);
  const ours = (e: TraceEvent): boolean => {
    const d = e.args?.data;
    return !!d && ((d.url ?? '').startsWith(origin) || !!d.stackTrace?.some((f) => (f.url ?? '').startsWith(origin)));
  };
  const tasks = events.filter(isTask).sort((a, b) => a.ts - b.ts);
  const marks = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && ours(e));
  let total = 0;
  let longest = 0;
  let count = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    if (!marks.some((m) => m.pid === task.pid && m.tid === task.tid && m.ts >= task.ts && m.ts <= end)) continue;
    const ms = (task.dur ?? 0) / 1000;
    total += ms;
    longest = Math.max(longest, ms);
    count++;
  }
  return { tasks: count, totalMs: total, longestMs: longest };
}
