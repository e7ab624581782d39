/**
 * The one element we add to a page: a host with an open shadow root holding the card. It hangs
 * off <html>, not <body>, and has no light-DOM children, so the page's own tree and text are
 * unchanged; inside, the card is a popover, so it sits in the top layer above page dialogs and
 * fullscreen elements. Created on first use, removed on teardown.
 */
import { renderCard, type CardProps } from './card-view.js';
import { CARD_CSS } from './styles.js';
import { OVERLAY_CSS } from '../overlay-paint.js';
import { maxCardHeight, placeCard, type Rect } from './position.js';

export const UI_HOST_TAG = 'article-context-ui';

export type Theme = 'light' | 'dark';

export class UiHost {
  private host: HTMLElement | undefined;
  private cardEl: HTMLElement | undefined;
  private layerEl: HTMLElement | undefined;
  private open = false;

  constructor(private readonly doc: Document) {}

  get element(): HTMLElement | undefined {
    return this.host;
  }

  isOpen(): boolean {
    return this.open;
  }

  /** True when an event's target is inside our UI. */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target instanceof Node && (target === this.host || this.host.contains(target));
  }

  private ensure(): HTMLElement {
    if (this.host && this.cardEl && this.host.isConnected) return this.cardEl;
    const host = this.doc.createElement(UI_HOST_TAG);
    // Set through the CSSOM, which a page's CSP does not block (a style attribute it may).
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('top', '0', 'important');
    host.style.setProperty('left', '0', 'important');
    host.style.setProperty('width', '0', 'important');
    host.style.setProperty('height', '0', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, CARD_CSS + OVERLAY_CSS);
    const card = this.doc.createElement('div');
    card.className = 'ac-card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-live', 'polite');
    card.tabIndex = -1;
    if ('popover' in card) card.setAttribute('popover', 'manual');
    shadow.appendChild(card);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.cardEl = card;
    this.layerEl = undefined;
    return card;
  }

  /** The layer the fallback painter draws its boxes in, under the card. */
  layer(): HTMLElement {
    this.ensure();
    if (this.layerEl?.isConnected) return this.layerEl;
    const layer = this.doc.createElement('div');
    layer.className = 'ac-layer';
    const shadow = this.host?.shadowRoot;
    shadow?.insertBefore(layer, shadow.firstChild);
    this.layerEl = layer;
    return layer;
  }

  /** Shows the card by the anchor; `focus` moves keyboard focus into it (keyboard users). */
  show(props: CardProps, anchor: Rect, theme: Theme, focus = false): void {
    const el = this.ensure();
    el.dataset['theme'] = theme;
    el.setAttribute('aria-labelledby', 'ac-card-title');
    el.replaceChildren(renderCard(this.doc, props));
    const viewport = { width: this.doc.documentElement.clientWidth || 1024, height: this.doc.documentElement.clientHeight || 768 };
    el.style.maxHeight = `${maxCardHeight(anchor, viewport)}px`;
    el.style.visibility = 'hidden';
    el.style.display = 'block';
    if (!this.open && typeof el.showPopover === 'function') {
      try {
        el.showPopover();
      } catch {
        // Already open or not in the document: position it anyway.
      }
    }
    const size = { width: el.offsetWidth, height: el.offsetHeight };
    const place = placeCard(anchor, size, viewport);
    el.style.left = `${place.left}px`;
    el.style.top = `${place.top}px`;
    el.dataset['side'] = place.side;
    el.style.visibility = 'visible';
    this.open = true;
    if (focus) el.focus({ preventScroll: true });
  }

  hide(): void {
    if (!this.cardEl || !this.open) return;
    if (typeof this.cardEl.hidePopover === 'function') {
      try {
        this.cardEl.hidePopover();
      } catch {
        // Not showing as a popover.
      }
    }
    this.cardEl.style.display = 'none';
    this.cardEl.replaceChildren();
    this.open = false;
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.cardEl = undefined;
    this.layerEl = undefined;
  }
}

function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Constructable stylesheets unavailable in this context (older Firefox content scripts).
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}
