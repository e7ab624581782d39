/**
 * How highlights look, in one place: the `::highlight()` rules the browser injects with the
 * content script (content.css is written from these by scripts/build.ts), the same rules
 * adopted into the page's open shadow roots that hold article text (rules outside a shadow
 * tree do not style ranges inside it), and the fallback painter's boxes.
 * Colours: one family per kind, translucent so text stays readable on light and dark pages.
 */
import type { EntityKind } from '../core/types.js';

export const KIND_COLOURS: Record<EntityKind, string> = {
  person: 'rgba(255, 196, 0, 0.32)',
  org: 'rgba(0, 150, 255, 0.24)',
  place: 'rgba(170, 90, 255, 0.22)',
  figure: 'rgba(0, 200, 170, 0.24)',
};

/** The flash that marks the mention the popup's cast list jumped to. */
export const FLASH_COLOUR = 'rgba(255, 120, 0, 0.6)';

/** Prefix of every highlight name we register, so we never clash with the page's own. */
export const HIGHLIGHT_PREFIX = 'article-context-';

export function highlightName(kind: EntityKind): string {
  return `${HIGHLIGHT_PREFIX}${kind}`;
}

/** The highlight that briefly marks the mention the popup's cast list jumped to. */
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;

/** Only `::highlight()` rules: they style our registered ranges and nothing of the page. */
export const HIGHLIGHT_CSS = [
  ...Object.entries(KIND_COLOURS).map(([kind, colour]) => `::highlight(${highlightName(kind as EntityKind)}) { background-color: ${colour}; }`),
  `::highlight(${FLASH_HIGHLIGHT}) { background-color: ${FLASH_COLOUR}; }`,
].join('\n');

let sheet: CSSStyleSheet | undefined;
/** Shadow roots we added our sheet to, so it is added once and can be taken back out. */
const styled = new Set<ShadowRoot>();

/**
 * Adds the highlight rules to each shadow root (once) through `adoptedStyleSheets`: no element
 * is added to the page, and the rules match nothing but our highlights. Roots that refuse it
 * (an old engine, a frozen array) keep unstyled highlights: hover still works there.
 */
export function styleShadowRoots(roots: Iterable<ShadowRoot>): void {
  // Roots of articles the page has since removed (a client-side navigation) are let go.
  for (const root of styled) if (!root.host.isConnected) styled.delete(root);
  for (const root of roots) {
    if (styled.has(root)) continue;
    try {
      sheet ??= makeSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      styled.add(root);
    } catch {
      // Left unstyled; see above.
    }
  }
}

/** Takes our sheet back out of every shadow root it was added to. */
export function unstyleShadowRoots(): void {
  for (const root of styled) {
    try {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // The page made the list read-only since: nothing more we can do.
    }
  }
  styled.clear();
}

function makeSheet(): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(HIGHLIGHT_CSS);
  return s;
}
