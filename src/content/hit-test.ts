/**
 * Which painted mention is under the pointer. The caret position at the point gives a text node
 * and offset; the node's place in the collected text gives a flat offset; a binary search over
 * the mentions (sorted by start) finds the one covering it; and the mention's own client
 * rectangles confirm the pointer is really over its glyphs, not in the margin beside a line.
 */
import type { PaintedMention } from './paint.js';
import type { CollectedText } from './collect.js';

/** Slack around a mention's boxes, in CSS pixels, so the edge of a glyph still counts. */
const HIT_SLACK_PX = 1;

interface Caret {
  node: Node;
  offset: number;
}

/**
 * The caret at a point. Inside shadow trees the browser answers with the host unless it is
 * given the shadow roots it may look into; engines that ignore the option answer as before.
 */
function caretAt(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[]): Caret | undefined {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const pos = shadowRoots.length > 0
      ? withPosition.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })
      : withPosition.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

export class HitTester {
  private readonly starts = new Map<Node, number>();
  private readonly sorted: PaintedMention[];
  private readonly shadowRoots: readonly ShadowRoot[];

  constructor(collected: CollectedText, painted: readonly PaintedMention[]) {
    this.shadowRoots = collected.shadowRoots;
    for (const seg of collected.segments) this.starts.set(seg.node, seg.start);
    this.sorted = [...painted].sort((a, b) => a.mention.start - b.mention.start);
  }

  get mentions(): readonly PaintedMention[] {
    return this.sorted;
  }

  /** The mention under the point, or undefined. */
  at(doc: Document, x: number, y: number): PaintedMention | undefined {
    const caret = caretAt(doc, x, y, this.shadowRoots);
    if (!caret) return undefined;
    const base = this.starts.get(caret.node);
    if (base === undefined) return undefined;
    const offset = base + caret.offset;
    // The caret sits between characters: the character under the pointer is on either side.
    const found = this.covering(offset) ?? this.covering(offset - 1);
    if (!found) return undefined;
    return isOver(found.range, x, y) ? found : undefined;
  }

  private covering(offset: number): PaintedMention | undefined {
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const item = this.sorted[mid];
      if (!item) break;
      if (offset < item.mention.start) hi = mid - 1;
      else if (offset >= item.mention.end) lo = mid + 1;
      else return item;
    }
    return undefined;
  }
}

function isOver(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - HIT_SLACK_PX && x <= r.right + HIT_SLACK_PX && y >= r.top - HIT_SLACK_PX && y <= r.bottom + HIT_SLACK_PX) {
      return true;
    }
  }
  return false;
}
