import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { TextCollector, collectText, pointsFor } from './collect.js';

function body(html: string): HTMLElement {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body;
}

describe('collectText', () => {
  it('joins inline text and breaks lines between blocks', () => {
    const root = body('<p>Defense Secretary <b>Pete</b> Hegseth</p><p>flew\nto Texas.</p>');
    const { text } = collectText([root]);
    expect(text).toBe('\nDefense Secretary Pete Hegseth\nflew to Texas.\n'.replace(/^\n/, ''));
  });

  it('skips scripts, styles, code, form fields and editable regions', () => {
    const root = body('<p>Visible <script>var x="Trump"</script><code>Vance()</code> text</p><div contenteditable>Typed</div><textarea>Draft</textarea>');
    expect(collectText([root]).text).toBe('Visible  text\n');
  });

  it('reads open shadow roots in rendered order: slotted children where their slot is, unslotted ones not at all', () => {
    const root = body('<p>Before.</p><story-view id="host"><span slot="lede">Pete Hegseth</span><span>never rendered</span></story-view><p>After.</p>');
    const host = root.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = root.ownerDocument.createElement('p');
    const slot = root.ownerDocument.createElement('slot');
    slot.setAttribute('name', 'lede');
    p.append('Defense Secretary ', slot, ' flew to Texas.');
    const empty = root.ownerDocument.createElement('slot');
    empty.setAttribute('name', 'none');
    empty.append('Fallback text.');
    shadow.append(p, empty);
    const collected = collectText([root]);
    expect(collected.text).toBe('Before.\nDefense Secretary Pete Hegseth flew to Texas.\nFallback text.\nAfter.\n');
    expect(collected.shadowRoots).toEqual([shadow]);
    const start = collected.text.indexOf('Pete');
    const points = pointsFor(collected, start, start + 'Pete Hegseth'.length);
    expect(points?.start.node.data).toBe('Pete Hegseth');
    expect(collected.text.indexOf('Defense')).toBeGreaterThan(0);
    expect(pointsFor(collected, collected.text.indexOf('Defense'), collected.text.indexOf('Defense') + 7)?.start.node.getRootNode()).toBe(shadow);
  });

  it('leaves out excluded elements', () => {
    const root = body('<p>Keep</p><div class="share">Share on X</div><p>Also</p>');
    const share = root.querySelector('.share')!;
    expect(collectText([root], { exclude: new Set([share]) }).text).toBe('Keep\nAlso\n');
  });

  it('maps spans across node boundaries back to the right text nodes', () => {
    const root = body('<p>Mexican President <a href="#">Claudia</a> Sheinbaum said</p>');
    const collected = collectText([root]);
    const start = collected.text.indexOf('Claudia');
    const end = start + 'Claudia Sheinbaum'.length;
    const points = pointsFor(collected, start, end)!;
    expect(points.start.node.data).toBe('Claudia');
    expect(points.start.offset).toBe(0);
    expect(points.end.node.data).toBe(' Sheinbaum said');
    expect(points.end.offset).toBe(' Sheinbaum'.length);
  });

  it('stops at the character budget and says so', () => {
    const root = body('<p>' + 'word '.repeat(1000) + '</p><p>more</p>');
    const collected = collectText([root], { maxChars: 100 });
    expect(collected.truncated).toBe(true);
    expect(collected.text.length).toBeLessThanOrEqual(101);
  });

  it('survives very deep nesting without recursion', () => {
    const depth = 20_000;
    const root = body('<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth));
    expect(collectText([root]).text).toContain('deep');
  });

  it('gives the same text and offsets when the walk is spread over many slices', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Para ${i} with <b>bold</b> text.</p><ul><li>item ${i}</li></ul>`).join('');
    const root = body(html);
    const whole = collectText([root]);
    const collector = new TextCollector([root]);
    let slices = 0;
    while (!collector.step(() => true)) slices++;
    const sliced = collector.result();
    expect(slices).toBeGreaterThan(3);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => s.start)).toEqual(whole.segments.map((s) => s.start));
  });
});
