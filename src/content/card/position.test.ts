import { describe, expect, it } from 'vitest';
import { placeCard, VIEWPORT_MARGIN_PX } from './position.js';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 200 };
const word = (left: number, top: number) => ({ left, top, right: left + 60, bottom: top + 20 });

function overlaps(a: { left: number; top: number }, size: typeof card, w: ReturnType<typeof word>): boolean {
  return a.left < w.right && a.left + size.width > w.left && a.top < w.bottom && a.top + size.height > w.top;
}

describe('placeCard', () => {
  it('goes below the word when there is room', () => {
    const p = placeCard(word(100, 100), card, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(120);
    expect(overlaps(p, card, word(100, 100))).toBe(false);
  });

  it('flips above the word near the bottom edge', () => {
    const w = word(100, 700);
    const p = placeCard(w, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBeLessThanOrEqual(700);
    expect(overlaps(p, card, w)).toBe(false);
  });

  it('shifts left to stay inside the right edge', () => {
    const p = placeCard(word(950, 100), card, viewport);
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width - VIEWPORT_MARGIN_PX);
  });

  it('stays inside the viewport whatever the anchor', () => {
    for (const [x, y] of [[0, 0], [990, 790], [-50, -50], [500, 400]] as const) {
      const p = placeCard(word(x, y), card, viewport);
      expect(p.left).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX);
      expect(p.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX);
      expect(p.left + card.width).toBeLessThanOrEqual(viewport.width - VIEWPORT_MARGIN_PX);
      expect(p.top + card.height).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN_PX);
    }
  });
});
