/**
 * Light or dark: read from the page's own background behind the article, so the card matches
 * what the reader sees rather than the system setting the page may ignore.
 */
import type { Theme } from './card/ui-host.js';

function parseRgb(color: string): [number, number, number, number] | undefined {
  const m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return undefined;
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
export function luminance(r: number, g: number, b: number): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function pageTheme(from: Element | null): Theme {
  const view = from?.ownerDocument.defaultView;
  let el: Element | null = from;
  while (el && view) {
    const rgb = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb[0], rgb[1], rgb[2]) < 0.35 ? 'dark' : 'light';
    el = el.parentElement;
  }
  if (view?.matchMedia?.('(prefers-color-scheme: dark)').matches) {
    // A page with no background of its own shows the browser's canvas, which follows the system.
    const scheme = view.getComputedStyle(from?.ownerDocument.documentElement ?? (from as Element)).colorScheme;
    if (scheme && scheme.includes('dark')) return 'dark';
  }
  return 'light';
}
