/**
 * The card's styles, applied inside its shadow root: page CSS cannot reach them, and ours cannot
 * leak out. Every colour is a custom property with our prefix, set per theme.
 */
export const CARD_CSS = `
:host { all: initial; }
.ac-card {
  --ac-bg: #ffffff; --ac-fg: #1b1f24; --ac-muted: #57606a; --ac-border: #d0d7de;
  --ac-accent: #0a58ca; --ac-chip: #f1f3f5;
  position: fixed; inset: auto; margin: 0; padding: 12px 14px 10px;
  box-sizing: border-box; width: 340px; max-width: calc(100vw - 16px); overflow: auto;
  background: var(--ac-bg); color: var(--ac-fg); border: 1px solid var(--ac-border);
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  z-index: 2147483647; pointer-events: auto;
}
.ac-card[data-theme="dark"] {
  --ac-bg: #1f2328; --ac-fg: #e6edf3; --ac-muted: #9da7b3; --ac-border: #3d444d;
  --ac-accent: #6cb6ff; --ac-chip: #2d333b;
}
.ac-head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.ac-name { font-size: 16px; font-weight: 650; margin: 0; }
.ac-kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--ac-muted);
  background: var(--ac-chip); border-radius: 4px; padding: 1px 6px; }
.ac-desc { margin: 6px 0 0; }
.ac-article { margin: 8px 0 0; padding: 6px 8px; background: var(--ac-chip); border-radius: 6px; }
.ac-article-label { font-size: 11px; color: var(--ac-muted); text-transform: uppercase; letter-spacing: .04em; }
.ac-details { margin: 8px 0 0; font-size: 13px; }
.ac-details summary { cursor: pointer; color: var(--ac-accent); }
.ac-facts { margin: 4px 0 0; padding: 0; list-style: none; font-size: 13px; }
.ac-facts li { margin: 2px 0; }
.ac-fact-label { color: var(--ac-muted); }
.ac-source { font-size: 11px; color: var(--ac-muted); margin: 8px 0 0; }
.ac-foot { display: flex; justify-content: space-between; align-items: center; margin-top: 8px; gap: 8px; }
.ac-link, .ac-button { color: var(--ac-accent); font: inherit; font-size: 13px; }
.ac-button { background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
.ac-note { font-size: 12px; color: var(--ac-muted); font-style: italic; margin: 6px 0 0; }
`;
