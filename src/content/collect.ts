/**
 * Walks the article's text nodes into one flat string and keeps a map back from every offset
 * in that string to the text node it came from. The recogniser works on the string; the painter
 * turns offsets back into DOM Ranges. DOM-only (no layout), so it runs in Node for the
 * command-line annotator and the tests, and gives byte-identical text there and in a browser.
 *
 * The flat text keeps each text node's characters at the same length, so offsets map 1:1;
 * white-space characters inside a node become plain spaces (HTML folds them anyway), and a
 * '\n' stands between blocks, which the tokenizer reads as a sentence break.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the flat text. */
  start: number;
}

export interface CollectedText {
  text: string;
  /** In document order, by increasing `start`. */
  segments: TextSegment[];
  /** True when `maxChars` cut the walk short. */
  truncated: boolean;
  /** Open shadow roots the walk went into: their ranges need styling and hit-testing there. */
  shadowRoots: ShadowRoot[];
}

export interface CollectOptions {
  /** Elements to leave out with everything inside them (share bars, comments …). */
  exclude?: ReadonlySet<Element> | undefined;
  /** Stop after this many characters: a hostile page must not cost unbounded time. */
  maxChars?: number;
}

/** Elements whose text is never article prose, or must never be touched. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Elements that start a new line of text: names and sentences never run across them. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

/** A million words is about six million characters; the background accepts up to eight. */
export const DEFAULT_MAX_CHARS = 8_000_000;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** True for elements the walk never enters: not prose, editable, or hidden by the page. */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

type Entry = Node | { closeBlock: true };

/** The open shadow root of an element, where the DOM implementation has them. */
export function openShadowRoot(el: Element): ShadowRoot | null {
  return (el as { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
}

/**
 * The nodes an element renders, in order — the flat tree: a shadow host shows its shadow
 * root's children (its own children appear only where a <slot> takes them), and a slot shows
 * the nodes assigned to it, or its own children as a fallback.
 */
function renderedChildren(el: Element, shadow: ShadowRoot | null): ArrayLike<Node> {
  if (shadow) return shadow.childNodes;
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.();
    if (assigned && assigned.length > 0) return assigned;
  }
  return el.childNodes;
}

/**
 * The walk as a resumable object: `step(done)` does work until `done()` says stop, so the
 * content script can spread a long article over several slices while the command-line tool
 * runs it in one go; both get the same text.
 */
export class TextCollector {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private readonly shadowRoots: ShadowRoot[] = [];
  private length = 0;
  private truncated = false;
  // True when the flat text so far ends in a block break (or is empty): avoids '\n\n\n' runs.
  private atBreak = true;
  private rootIndex = 0;
  // An explicit stack rather than recursion: deeply nested hostile DOMs must not overflow it.
  private readonly stack: Entry[] = [];
  private readonly maxChars: number;
  private readonly exclude: ReadonlySet<Element> | undefined;

  constructor(private readonly roots: readonly Element[], options: CollectOptions = {}) {
    this.maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    this.exclude = options.exclude;
    const first = roots[0];
    if (first) this.stack.push(first);
  }

  private breakLine(): void {
    if (this.atBreak) return;
    this.parts.push('\n');
    this.length += 1;
    this.atBreak = true;
  }

  /** Walks until finished or until `stop()` is true (checked every few hundred nodes). */
  step(stop: () => boolean = () => false): boolean {
    let budget = 0;
    while (!this.truncated) {
      const entry = this.stack.pop();
      if (entry === undefined) {
        this.breakLine();
        this.rootIndex++;
        const root = this.roots[this.rootIndex];
        if (!root) return true;
        this.stack.push(root);
        continue;
      }
      if (++budget >= 256) {
        budget = 0;
        if (stop()) {
          this.stack.push(entry);
          return false;
        }
      }
      this.visit(entry);
    }
    return true;
  }

  private visit(entry: Entry): void {
    if ('closeBlock' in entry) {
      this.breakLine();
      return;
    }
    const node = entry;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      if (this.length + data.length > this.maxChars) {
        this.truncated = true;
        return;
      }
      this.segments.push({ node: node as Text, start: this.length });
      this.parts.push(data.replace(/[\n\r\t\f\u2029\u2028]/g, ' '));
      this.length += data.length;
      if (/\S/.test(data)) this.atBreak = false;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (isSkippedElement(el) || this.exclude?.has(el)) return;
    if (isBlockElement(el)) {
      this.breakLine();
      this.stack.push({ closeBlock: true });
    }
    const shadow = openShadowRoot(el);
    if (shadow) this.shadowRoots.push(shadow);
    const children = renderedChildren(el, shadow);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) this.stack.push(child);
    }
  }

  result(): CollectedText {
    return { text: this.parts.join(''), segments: this.segments, truncated: this.truncated, shadowRoots: this.shadowRoots };
  }
}

export function collectText(roots: readonly Element[], options: CollectOptions = {}): CollectedText {
  const collector = new TextCollector(roots, options);
  collector.step();
  return collector.result();
}

export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * The segment holding a span boundary (binary search). A start boundary belongs to the segment
 * whose characters begin at or after it; an end boundary to the segment whose characters end
 * at or before it — so a boundary between two adjacent nodes resolves to the right side.
 */
function segmentAt(collected: CollectedText, offset: number, isEnd: boolean): TextSegment | undefined {
  const { segments } = collected;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    if (!seg) break;
    const segEnd = seg.start + seg.node.data.length;
    const below = isEnd ? offset <= seg.start : offset < seg.start;
    const above = isEnd ? offset > segEnd : offset >= segEnd;
    if (below) hi = mid - 1;
    else if (above) lo = mid + 1;
    else return seg;
  }
  return undefined;
}

/**
 * Maps a [start, end) span of the flat text back to DOM points. Returns undefined when the span
 * does not lie on collected text (for instance if the page changed the nodes since).
 */
export function pointsFor(
  collected: CollectedText,
  start: number,
  end: number,
): { start: TextPoint; end: TextPoint } | undefined {
  const first = segmentAt(collected, start, false);
  const last = segmentAt(collected, end, true);
  if (!first || !last) return undefined;
  const startOffset = start - first.start;
  const endOffset = end - last.start;
  if (startOffset > first.node.data.length || endOffset > last.node.data.length) return undefined;
  return { start: { node: first.node, offset: startOffset }, end: { node: last.node, offset: endOffset } };
}
