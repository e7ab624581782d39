/**
 * Paints mentions without touching the page's DOM: each mention becomes a live `Range`
 * registered with the CSS Custom Highlight API under one name per kind, styled by the
 * `::highlight()` rules of content.css (a stylesheet the browser injects, so page CSP does not
 * block it; written from ./highlight-style.ts). Ranges are live: if the page edits text around them they follow, and a rescan
 * replaces them.
 */
import { ENTITY_KINDS, type EntityKind, type Mention } from '../core/types.js';
import { pointsFor, type CollectedText } from './collect.js';

import { FLASH_HIGHLIGHT, highlightName } from './highlight-style.js';

export { FLASH_HIGHLIGHT, highlightName };

/**
 * Most ranges painted on one page: enough for a book-length page (a million words holds tens of
 * thousands of names), while bounding what a hostile page can make us hold. They are added to
 * their highlights in slices, so painting never blocks the page.
 */
export const MAX_PAINTED_RANGES = 60_000;

export interface PaintedMention {
  mention: Mention;
  range: Range;
}

/**
 * Set only by the build of the fallback painter's own test (scripts/build.ts `forceOverlay`),
 * since no current browser lets the Highlight API be switched off. Absent in real builds.
 */
declare const __AC_FORCE_OVERLAY__: boolean | undefined;

export function customHighlightsSupported(): boolean {
  if (typeof __AC_FORCE_OVERLAY__ !== 'undefined' && __AC_FORCE_OVERLAY__) return false;
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** A live range over a mention's text, or undefined if the mention no longer maps to nodes. */
export function rangeFor(doc: Document, collected: CollectedText, mention: Mention): Range | undefined {
  const points = pointsFor(collected, mention.start, mention.end);
  if (!points) return undefined;
  const range = doc.createRange();
  try {
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
  } catch {
    return undefined; // The page changed the node under us: skip it; the watcher rescans.
  }
  return range;
}

/**
 * Builds live ranges for mentions, in text order, up to the cap, in slices: `pause` is awaited
 * whenever `due()` says the current slice is spent.
 */
export async function buildRanges(
  doc: Document,
  collected: CollectedText,
  mentions: readonly Mention[],
  due: () => boolean = () => false,
  pause: () => Promise<void> = async () => undefined,
): Promise<PaintedMention[]> {
  const painted: PaintedMention[] = [];
  for (const mention of mentions) {
    if (painted.length >= MAX_PAINTED_RANGES) break;
    if (due()) await pause();
    const range = rangeFor(doc, collected, mention);
    if (range) painted.push({ mention, range });
  }
  return painted;
}

/**
 * Registers painted mentions, one highlight per kind, replacing whatever we painted before.
 * Ranges are added in slices (`due`/`pause` as in buildRanges); `current()` turning false (a
 * newer paint started) stops this one.
 */
export async function paint(
  painted: readonly PaintedMention[],
  kinds: Record<EntityKind, boolean>,
  due: () => boolean = () => false,
  pause: () => Promise<void> = async () => undefined,
  current: () => boolean = () => true,
): Promise<void> {
  clearPaint();
  if (!customHighlightsSupported()) return;
  const highlights = new Map<EntityKind, Highlight>();
  for (const kind of ENTITY_KINDS) {
    if (!kinds[kind]) continue;
    const highlight = new Highlight();
    CSS.highlights.set(highlightName(kind), highlight);
    highlights.set(kind, highlight);
  }
  for (const { mention, range } of painted) {
    if (due()) {
      await pause();
      if (!current()) return;
    }
    highlights.get(mention.kind)?.add(range);
  }
}

export function clearPaint(): void {
  if (!customHighlightsSupported()) return;
  // Delete by name rather than iterating the registry: Firefox content scripts see it through
  // an Xray wrapper that cannot iterate.
  for (const kind of ENTITY_KINDS) CSS.highlights.delete(highlightName(kind));
  CSS.highlights.delete(FLASH_HIGHLIGHT);
}
