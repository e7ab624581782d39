/**
 * The command-line annotator: what the extension would do with a page, without a browser.
 *
 *   article-context annotate FILE.html            human-readable summary
 *   article-context annotate FILE.html --json     one JSON object
 *   article-context annotate --jsonl FILE|-       JSON Lines in, JSON Lines out
 *
 * Options: --force (annotate the best block even when the page is judged not an article, as
 * when the reader asks), --kb DIR (a built KB other than assets/kb).
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { KbLookup } from '../src/core/kb/lookup.js';
import { KbLoadError, loadKb } from './cli/kb.js';
import { runJsonl } from './cli/jsonl.js';
import { answerFor, articleFromHtml } from './cli/page.js';
import { summarise } from './cli/summary.js';

export const USAGE = `usage:
  article-context annotate FILE.html [--json] [--force] [--kb DIR]
  article-context annotate --jsonl FILE|- [--force] [--kb DIR]

  --json    print one JSON object: {"article": {"found", "text"}, "mentions": [...], "entities": {...}}
  --jsonl   read {"id", "html"} or {"id", "text"} lines (from FILE, or stdin with -) and write
            one answer line per input with the same id
  --force   annotate the most article-like block even on pages judged not to be articles
  --kb DIR  load the knowledge base from DIR instead of assets/kb`;

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  /** Injected in tests; the bundled KB otherwise. */
  loadKb: (dir?: string) => Promise<KbLookup>;
}

interface Parsed {
  command?: string;
  file?: string;
  json: boolean;
  jsonl?: string;
  force: boolean;
  kb?: string;
}

function parseArgs(argv: readonly string[]): Parsed {
  const parsed: Parsed = { json: false, force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--force') parsed.force = true;
    else if (arg === '--jsonl') {
      const next = argv[++i];
      if (next === undefined) throw new Error('--jsonl needs a file name, or - for stdin');
      parsed.jsonl = next;
    } else if (arg === '--kb') {
      const next = argv[++i];
      if (next === undefined) throw new Error('--kb needs a directory');
      parsed.kb = next;
    } else if (arg === '-h' || arg === '--help') parsed.command = 'help';
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (!parsed.command) parsed.command = arg;
    else if (!parsed.file) parsed.file = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  return parsed;
}

export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const stdin = io.stdin ?? process.stdin;
  const load = io.loadKb ?? loadKb;
  let args: Parsed;
  try {
    args = parseArgs(argv);
  } catch (err) {
    stderr.write(`article-context: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') {
    stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command !== 'annotate' || (!args.file && args.jsonl === undefined) || (args.file && args.jsonl !== undefined)) {
    stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    if (args.jsonl !== undefined) {
      const source = args.jsonl === '-' ? 'stdin' : args.jsonl;
      const input: Readable = args.jsonl === '-' ? stdin : createReadStream(args.jsonl);
      // Fail on an unreadable file before loading the KB, and name the file.
      const opened = args.jsonl === '-' ? Promise.resolve() : new Promise<void>((resolve, reject) => {
        input.once('error', reject);
        input.once('readable', () => resolve());
      });
      await opened.catch((err: NodeJS.ErrnoException) => {
        throw new Error(`cannot read ${source}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
      });
      const kb = await load(args.kb);
      const stats = await runJsonl(input, source, kb, stdout, stderr, { force: args.force });
      if (stats.failed > 0) stderr.write(`article-context: ${stats.failed} of ${stats.lines} lines failed (see above); the others were answered\n`);
      return 0;
    }
    const file = args.file as string;
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      throw new Error(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message}`);
    }
    const article = articleFromHtml(html, { force: args.force });
    const kb = await load(args.kb);
    const answer = await answerFor(article, kb);
    stdout.write(args.json ? `${JSON.stringify(answer)}\n` : `${summarise(file, article, answer)}\n`);
    return 0;
  } catch (err) {
    const prefix = err instanceof KbLoadError ? 'article-context: ' : 'article-context: ';
    stderr.write(`${prefix}${(err as Error).message}\n`);
    return 1;
  }
}
