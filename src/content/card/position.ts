/**
 * Where a card goes: below the hovered word if it fits, else above, never over the word, and
 * always inside the viewport. Pure geometry, so it is tested without a browser.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

/** Space kept between the word and the card, and between the card and the viewport's edges. */
export const CARD_GAP_PX = 6;
export const VIEWPORT_MARGIN_PX = 8;

export function placeCard(anchor: Rect, card: Size, viewport: Size): Placement {
  const spaceBelow = viewport.height - anchor.bottom - CARD_GAP_PX - VIEWPORT_MARGIN_PX;
  const spaceAbove = anchor.top - CARD_GAP_PX - VIEWPORT_MARGIN_PX;
  const side: Placement['side'] = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  let top = side === 'below' ? anchor.bottom + CARD_GAP_PX : anchor.top - CARD_GAP_PX - card.height;
  // A card taller than both spaces still stays in the viewport; it may then be scrolled inside.
  top = Math.max(VIEWPORT_MARGIN_PX, Math.min(top, viewport.height - VIEWPORT_MARGIN_PX - card.height));
  if (side === 'below') top = Math.max(top, Math.min(anchor.bottom + CARD_GAP_PX, viewport.height - VIEWPORT_MARGIN_PX - card.height));
  let left = anchor.left;
  left = Math.min(left, viewport.width - VIEWPORT_MARGIN_PX - card.width);
  left = Math.max(VIEWPORT_MARGIN_PX, left);
  return { left: Math.round(left), top: Math.round(top), side };
}

/** The largest height a card may take on this side of the word, for its scroll limit. */
export function maxCardHeight(anchor: Rect, viewport: Size): number {
  const below = viewport.height - anchor.bottom - CARD_GAP_PX - VIEWPORT_MARGIN_PX;
  const above = anchor.top - CARD_GAP_PX - VIEWPORT_MARGIN_PX;
  return Math.max(120, Math.max(below, above));
}
