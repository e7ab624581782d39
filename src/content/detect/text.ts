/**
 * The text of a detection as a reader sees it: every visible character of the article
 * element(s) minus the parts left out, code blocks included. For evaluation against other
 * extractors; the extension itself reads the article through `collectText`, which also skips
 * code and editable regions.
 */
import type { ArticleDetection } from './index.js';
import { SKIP_TAGS } from './hints.js';

const BLOCK_BREAK = /^(P|DIV|LI|H[1-6]|TR|TD|TH|BR|SECTION|ARTICLE|BLOCKQUOTE|PRE|UL|OL|FIGCAPTION|DD|DT|HEADER|FOOTER|TABLE)$/;

export function detectionText(detection: Pick<ArticleDetection, 'roots' | 'exclude'>): string {
  const out: string[] = [];
  const stack: Node[] = [...detection.roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      out.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || detection.exclude.has(el)) continue;
    if (BLOCK_BREAK.test(tag)) out.push('\n');
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.join('');
}
