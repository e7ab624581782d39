/**
 * Bundled into an IIFE by the benchmark and evaluated in each page (main world, no extension):
 * the content script's own DOM functions — detect, collect, range-building and painting — timed
 * one step per call, next to Mozilla Readability's `parse()` on a clone of the same document.
 * Each step is one synchronous task, so its time is main-thread time with nothing else in it.
 */
import { Readability } from '@mozilla/readability';
import { detectArticle, type ArticleDetection } from '../../src/content/detect/index.js';
import { collectText, pointsFor, type CollectedText } from '../../src/content/collect.js';
import * as painting from '../../src/content/paint.js';
import { HitTester } from '../../src/content/hit-test.js';
import { ENTITY_KINDS, type EntityKind, type Mention } from '../../src/core/types.js';

interface State {
  detection?: ArticleDetection;
  collected?: CollectedText;
}

const state: State = {};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

/** Each run's ms, in order: the first is the cold one (nothing compiled or cached yet). */
function times(runs: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

function time(runs: number, fn: () => void): number {
  return median(times(runs, fn));
}

/** A range over a mention, with whichever range builder the content script has today. */
function rangeOf(collected: CollectedText, m: Mention): Range | undefined {
  const own = (painting as Record<string, unknown>)['rangeFor'];
  if (typeof own === 'function') return (own as (d: Document, c: CollectedText, m: Mention) => Range | undefined)(document, collected, m);
  const points = pointsFor(collected, m.start, m.end);
  if (!points) return undefined;
  const range = document.createRange();
  try {
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
  } catch {
    return undefined;
  }
  return range;
}

const ALL_KINDS = Object.fromEntries(ENTITY_KINDS.map((k) => [k, true])) as Record<EntityKind, boolean>;

export const bench = {
  /** Median ms of detectArticle(document), and the first run's. */
  detect(runs: number): { ms: number; first: number; found: boolean } {
    const ts = times(runs, () => {
      state.detection = detectArticle(document);
    });
    return { ms: median(ts), first: ts[0] ?? 0, found: !!state.detection?.found };
  },
  /** Median ms of Readability's parse() on a clone (the clone timed apart), and the first run's. */
  readability(runs: number): { ms: number; first: number; cloneMs: number; chars: number } {
    let chars = 0;
    const clones: Document[] = [];
    const cloneMs = time(runs, () => {
      clones.push(document.cloneNode(true) as Document);
    });
    const ts = times(runs, () => {
      const doc = clones.pop() as Document;
      chars = new Readability(doc).parse()?.textContent?.length ?? 0;
    });
    return { ms: median(ts), first: ts[0] ?? 0, cloneMs, chars };
  },
  /** Median ms of collecting the detected article's text (or the body, as a forced scan). */
  collect(runs: number): { ms: number; text: string; truncated: boolean } {
    const d = state.detection;
    const roots = d?.found ? d.roots : d?.candidate ? [d.candidate] : [document.body];
    const ms = time(runs, () => {
      state.collected = collectText(roots, { exclude: d?.exclude });
    });
    return { ms, text: state.collected?.text ?? '', truncated: !!state.collected?.truncated };
  },
  /** Median ms of building live ranges, registering highlights and indexing them for hover. */
  paint(mentions: Mention[], runs: number): { ms: number; painted: number } {
    const collected = state.collected;
    if (!collected) return { ms: 0, painted: 0 };
    let painted = 0;
    const ms = time(runs, () => {
      const items: { mention: Mention; range: Range }[] = [];
      for (const m of mentions) {
        if (items.length >= painting.MAX_PAINTED_RANGES) break;
        const range = rangeOf(collected, m);
        if (range) items.push({ mention: m, range });
      }
      painting.paint(items, ALL_KINDS);
      new HitTester(collected, items);
      painted = items.length;
    });
    painting.clearPaint();
    return { ms, painted };
  },
};

(globalThis as unknown as { __acBench: typeof bench }).__acBench = bench;
