import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemoryKb } from '../../src/core/kb/memory-kb.js';
import { AliasType } from '../../src/core/kb/lookup.js';
import { collectText } from '../../src/content/collect.js';
import { detectArticle } from '../../src/content/detect/index.js';
import { parseHTML } from 'linkedom';
import { main } from '../cli.js';

const kb = new MemoryKb([
  {
    head: { id: 'Q123', kind: 'person', name: 'Pete Hegseth', prominence: 800, country: 'US' },
    aliases: [{ name: 'Hegseth', type: AliasType.Surname }],
    card: { description: 'United States Secretary of Defense', facts: [] },
  },
  {
    head: { id: 'Q1384', kind: 'place', name: 'Texas', prominence: 900, country: 'US' },
    aliases: [],
    card: { description: 'state of the United States', facts: [] },
  },
]);

const STORY = [
  'Defense Secretary Pete Hegseth flew to Texas on Monday to visit troops stationed along the border, officials said.',
  'Hegseth was briefed by military leaders on the deployment, which has grown to several thousand soldiers this month.',
  'The visit came as the administration widened its immigration crackdown, and as local officials asked for more help.',
  'Residents near the base said they had seen more convoys than usual on the highway over the weekend, and more flights.',
].map((p) => `<p>${p}</p>`).join('');

const PAGE = `<!doctype html><html><head><title>Visit</title><meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-03","author":{"name":"Staff"}}</script></head>
<body><nav><a href="/">Home</a> <a href="/texas">Texas</a></nav><main><article><h1>Hegseth visits troops</h1>${STORY}</article>
<section class="comments"><p>A reader from Texas wrote that this was a long overdue visit to the troops, in his view.</p></section></main></body></html>`;

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const out = capture();
  const err = capture();
  const code = await main(argv, { stdout: out.stream, stderr: err.stream, stdin: Readable.from([stdin]), loadKb: async () => kb });
  return { code, out: out.text(), err: err.text() };
}

const dir = mkdtempSync(join(tmpdir(), 'article-context-cli-'));
const pageFile = join(dir, 'page.html');
writeFileSync(pageFile, PAGE);

describe('article-context annotate', () => {
  it('--json: the article text as the extension collects it, mentions with offsets into it, and cards', async () => {
    const { code, out } = await run(['annotate', pageFile, '--json']);
    expect(code).toBe(0);
    const answer = JSON.parse(out) as { article: { found: boolean; text: string }; mentions: { start: number; end: number; text: string; kind: string; entityId: string }[]; entities: Record<string, { name: string; description: string }> };
    expect(answer.article.found).toBe(true);
    // Same text as the content script: detectArticle + collectText on the same DOM.
    const d = detectArticle(parseHTML(PAGE).document as unknown as Document);
    expect(answer.article.text).toBe(collectText(d.roots, { exclude: d.exclude }).text);
    expect(answer.article.text).not.toContain('A reader from Texas');
    expect(answer.mentions.length).toBeGreaterThan(0);
    for (const m of answer.mentions) expect(answer.article.text.slice(m.start, m.end)).toBe(m.text);
    const hegseth = answer.mentions.find((m) => m.text === 'Pete Hegseth');
    expect(hegseth?.entityId).toBe('Q123');
    expect(answer.entities['Q123']?.description).toBe('United States Secretary of Defense');
  });

  it('prints a human-readable summary by default', async () => {
    const { code, out } = await run(['annotate', pageFile]);
    expect(code).toBe(0);
    expect(out).toContain('article: found');
    expect(out).toContain('Pete Hegseth');
    expect(out).toContain('[Pete Hegseth]');
  });

  it('names an unreadable file and fails', async () => {
    const { code, err } = await run(['annotate', join(dir, 'missing.html')]);
    expect(code).toBe(1);
    expect(err).toContain('missing.html');
  });

  it('rejects bad usage with the usage text', async () => {
    const { code, err } = await run(['annotate']);
    expect(code).toBe(2);
    expect(err).toContain('usage');
  });
});

describe('article-context annotate --jsonl', () => {
  it('answers every line with its id, reports bad lines by number and goes on', async () => {
    const input = [
      JSON.stringify({ id: 'a', html: PAGE }),
      '{"id": "broken", "html": ',
      JSON.stringify({ id: 7, text: 'Pete Hegseth was in Texas.' }),
      JSON.stringify({ id: 'no-body' }),
      '',
      JSON.stringify({ id: 'home', html: '<html><body><nav><a href="/">Home</a> <a href="/b">B</a> <a href="/c">C</a></nav></body></html>' }),
    ].join('\n');
    const { code, out, err } = await run(['annotate', '--jsonl', '-'], input);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['id'])).toEqual(['a', null, 7, 'no-body', 'home']);
    expect((lines[0]?.['article'] as { found: boolean }).found).toBe(true);
    expect(lines[1]?.['line']).toBe(2);
    expect(lines[1]?.['error']).toMatch(/invalid JSON/);
    // Text input is the article text unchanged.
    expect(lines[2]?.['article']).toEqual({ found: true, text: 'Pete Hegseth was in Texas.' });
    expect((lines[2]?.['mentions'] as unknown[]).length).toBeGreaterThan(0);
    expect(lines[3]?.['error']).toMatch(/"html" or "text"/);
    expect((lines[4]?.['article'] as { found: boolean; text: string })).toEqual({ found: false, text: '' });
    expect(err).toContain('stdin:2:');
    expect(err).toContain('stdin:4:');
  });

  it('names an input file it cannot read', async () => {
    const { code, err } = await run(['annotate', '--jsonl', join(dir, 'nope.jsonl')]);
    expect(code).toBe(1);
    expect(err).toContain('nope.jsonl');
  });
});

describe('the bin shim', () => {
  it('runs the TypeScript CLI through tsx', () => {
    const bin = fileURLToPath(new URL('../article-context.mjs', import.meta.url));
    const res = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 30_000 });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('article-context annotate FILE.html');
  });
});
