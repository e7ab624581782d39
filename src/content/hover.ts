/**
 * Turns pointer movement into "show this card" and "close it", with the timings readers expect
 * from hover cards: a dwell before opening, so a pointer crossing the text opens nothing; a grace
 * period after leaving, so the pointer can travel from the word into the card.
 */
import type { PaintedMention } from './paint.js';

/**
 * After leaving a highlight, how long the card waits before closing: enough to cross the gap
 * between the word and the card.
 */
export const GRACE_MS = 300;

/** How long after a keyboard jump its own smooth scroll may run without closing the card. */
const KEYBOARD_SCROLL_GRACE_MS = 600;

export interface HoverCallbacks {
  /** The mention under the point, if any. */
  hitTest(x: number, y: number): PaintedMention | undefined;
  /** True when the event's target is inside our own UI (the card). */
  isOwnUi(target: EventTarget | null): boolean;
  open(item: PaintedMention, fromKeyboard?: boolean): void;
  close(): void;
  dwellMs(): number;
}

export class HoverTracker {
  private pending: PaintedMention | undefined;
  private shown: PaintedMention | undefined;
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** Scrolling closes a hover card, but not the scroll we cause to bring a keyboard target into view. */
  private ignoreScrollUntil = 0;
  private last: { x: number; y: number; target: EventTarget | null } | undefined;
  private readonly abort = new AbortController();

  constructor(private readonly doc: Document, private readonly cb: HoverCallbacks) {
    const opts = { capture: true, passive: true, signal: this.abort.signal };
    doc.addEventListener('pointermove', (e) => this.onMove(e), opts);
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.shown) this.closeNow();
    }, { capture: true, signal: this.abort.signal });
    // The card is placed against the word: once the page scrolls, it would float elsewhere.
    doc.defaultView?.addEventListener('scroll', () => {
      if (performance.now() >= this.ignoreScrollUntil) this.closeNow();
    }, opts);
    doc.defaultView?.addEventListener('blur', () => this.closeNow(), { signal: this.abort.signal });
  }

  private onMove(e: PointerEvent): void {
    this.last = { x: e.clientX, y: e.clientY, target: e.target };
    // Hit-testing once per frame at most, however fast the pointer events come.
    if (this.frame) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.last) this.evaluate(this.last.x, this.last.y, this.last.target);
    });
  }

  private evaluate(x: number, y: number, target: EventTarget | null): void {
    if (this.cb.isOwnUi(target)) {
      this.cancelGrace();
      this.cancelDwell();
      return;
    }
    const hit = this.cb.hitTest(x, y);
    if (hit && hit === this.shown) {
      this.cancelGrace();
      this.cancelDwell();
      return;
    }
    if (hit) {
      if (hit !== this.pending) {
        this.cancelDwell();
        this.pending = hit;
        this.dwellTimer = setTimeout(() => {
          this.dwellTimer = undefined;
          this.pending = undefined;
          this.cancelGrace();
          this.shown = hit;
          this.cb.open(hit);
        }, this.cb.dwellMs());
      }
      return;
    }
    this.cancelDwell();
    if (this.shown && !this.graceTimer) {
      this.graceTimer = setTimeout(() => this.closeShown(), GRACE_MS);
    }
  }

  private cancelDwell(): void {
    if (this.dwellTimer) clearTimeout(this.dwellTimer);
    this.dwellTimer = undefined;
    this.pending = undefined;
  }

  private cancelGrace(): void {
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }

  /** Opens a card chosen from the keyboard, as if hovered; Escape closes it as usual. */
  showFromKeyboard(item: PaintedMention): void {
    this.cancelDwell();
    this.cancelGrace();
    this.ignoreScrollUntil = performance.now() + KEYBOARD_SCROLL_GRACE_MS;
    this.shown = item;
    this.cb.open(item, true);
  }

  /** Closes the open card but lets a dwell already under way for another mention go on. */
  private closeShown(): void {
    this.cancelGrace();
    if (this.shown) {
      this.shown = undefined;
      this.cb.close();
    }
  }

  /** Closes the open card and drops any dwell under way (Escape, scrolling, teardown). */
  closeNow(): void {
    this.cancelDwell();
    this.closeShown();
  }

  destroy(): void {
    this.closeNow();
    this.abort.abort();
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
  }
}
