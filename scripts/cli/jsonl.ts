/**
 * `--jsonl`: one JSON object a line in (`{"id", "html"}` or `{"id", "text"}`, optionally
 * `"url"` and `"date"`), one answer a line out with the same `id`, in order, in one process.
 * A bad line gets an answer line `{"id", "line", "error"}` and a message on stderr naming the
 * source and line number; the lines after it go on.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { KbLookup } from '../../src/core/kb/lookup.js';
import { answerFor, articleFromHtml, type ArticleOptions, type PageArticle } from './page.js';

export interface JsonlStats {
  lines: number;
  answered: number;
  failed: number;
}

type Id = string | number;

interface Request {
  id: Id;
  html?: string;
  text?: string;
  url?: string;
  date?: string;
}

function parseRequest(line: string): Request {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new Error(`invalid JSON (${(err as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object');
  const obj = value as Record<string, unknown>;
  const id = obj['id'];
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error('missing "id" (a string or number)');
  const html = obj['html'];
  const text = obj['text'];
  if (typeof html !== 'string' && typeof text !== 'string') throw new Error(`id ${JSON.stringify(id)}: needs "html" or "text" (a string)`);
  if (typeof html === 'string' && typeof text === 'string') throw new Error(`id ${JSON.stringify(id)}: give "html" or "text", not both`);
  const url = typeof obj['url'] === 'string' ? (obj['url'] as string) : undefined;
  const date = typeof obj['date'] === 'string' ? (obj['date'] as string) : undefined;
  return { id, ...(typeof html === 'string' ? { html } : { text: text as string }), ...(url ? { url } : {}), ...(date ? { date } : {}) };
}

function write(out: Writable, line: string): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(`${line}\n`)) resolve();
    else out.once('drain', () => resolve());
  });
}

/** The id of a line that failed, when one can still be read from it. */
function idOf(line: string): Id | null {
  try {
    const v = JSON.parse(line) as { id?: unknown };
    return typeof v?.id === 'string' || typeof v?.id === 'number' ? v.id : null;
  } catch {
    return null;
  }
}

export async function runJsonl(
  input: Readable,
  source: string,
  kb: KbLookup,
  out: Writable,
  err: Writable,
  options: ArticleOptions = {},
): Promise<JsonlStats> {
  const stats: JsonlStats = { lines: 0, answered: 0, failed: 0 };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = raw.trim();
    if (!line) continue;
    stats.lines++;
    try {
      const req = parseRequest(line);
      const article: PageArticle = req.html !== undefined ? articleFromHtml(req.html, options) : { found: true, text: req.text ?? '' };
      const answer = await answerFor(article, kb, { ...(req.url ? { url: req.url } : {}), ...(req.date ? { date: req.date } : {}) });
      await write(out, JSON.stringify({ id: req.id, ...answer }));
      stats.answered++;
    } catch (e) {
      stats.failed++;
      const message = (e as Error).message;
      err.write(`${source}:${n}: ${message}\n`);
      await write(out, JSON.stringify({ id: idOf(line), line: n, error: message }));
    }
  }
  return stats;
}
