/**
 * The fallback painter, for browsers without the CSS Custom Highlight API: translucent boxes
 * drawn in our own shadow root over the mentions' glyphs. The page's nodes stay exactly as they
 * were (no wrapper elements); the boxes ignore the pointer, so hover hit-testing is unchanged.
 * Boxes are placed in document coordinates once and the layer follows scrolling with a single
 * transform; a resize re-measures them.
 */
import type { EntityKind } from '../core/types.js';
import type { PaintedMention } from './paint.js';
import { KIND_COLOURS } from './highlight-style.js';

/** Quiet time after a resize before re-measuring every box. */
const RESIZE_DEBOUNCE_MS = 150;

/** The same colours as the highlights, for the same meaning. */
export const OVERLAY_CSS = `
.ac-layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.ac-mark { position: absolute; pointer-events: none; border-radius: 2px; mix-blend-mode: multiply; }
${Object.entries(KIND_COLOURS).map(([kind, colour]) => `.ac-mark-${kind} { background: ${colour}; }`).join('\n')}
`;

export class OverlayPainter {
  private items: readonly PaintedMention[] = [];
  private frame = 0;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly abort = new AbortController();

  constructor(private readonly doc: Document, private readonly layer: () => HTMLElement) {
    const view = doc.defaultView;
    view?.addEventListener('scroll', () => this.follow(), { passive: true, signal: this.abort.signal });
    view?.addEventListener('resize', () => {
      if (this.resizeTimer) clearTimeout(this.resizeTimer);
      this.resizeTimer = setTimeout(() => this.draw(), RESIZE_DEBOUNCE_MS);
    }, { passive: true, signal: this.abort.signal });
  }

  paint(items: readonly PaintedMention[], kinds: Record<EntityKind, boolean>): void {
    this.items = items.filter((item) => kinds[item.mention.kind]);
    this.draw();
  }

  private draw(): void {
    const layer = this.layer();
    const view = this.doc.defaultView;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    const boxes = this.doc.createDocumentFragment();
    for (const { mention, range } of this.items) {
      for (const r of Array.from(range.getClientRects())) {
        if (r.width === 0 || r.height === 0) continue;
        const box = this.doc.createElement('div');
        box.className = `ac-mark ac-mark-${mention.kind}`;
        box.style.left = `${r.left + sx}px`;
        box.style.top = `${r.top + sy}px`;
        box.style.width = `${r.width}px`;
        box.style.height = `${r.height}px`;
        boxes.appendChild(box);
      }
    }
    layer.replaceChildren(boxes);
    layer.style.transform = `translate(${-sx}px, ${-sy}px)`;
  }

  /** Keeps the boxes over the text as the page scrolls: one transform, once per frame. */
  private follow(): void {
    if (this.frame) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.layer().style.transform = `translate(${-view.scrollX}px, ${-view.scrollY}px)`;
    });
  }

  clear(): void {
    if (this.items.length === 0) return;
    this.items = [];
    this.layer().replaceChildren();
  }

  destroy(): void {
    this.abort.abort();
    if (this.resizeTimer) clearTimeout(this.resizeTimer);
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
  }
}
