/**
 * Serves the torture gallery from 127.0.0.1 — like `serveFixtures`, plus what that server
 * cannot do: response headers per page (the strict-CSP page), and pages generated on request
 * (the million-word article, built once and kept).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { ROOT } from './harness.js';
import { hugeArticleHtml } from '../fixtures/torture/huge-page.js';

const FIXTURES = join(ROOT, 'test/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Extra response headers by path. */
export const TORTURE_HEADERS: Record<string, Record<string, string>> = {
  '/fixtures/torture/csp.html': { 'content-security-policy': "style-src 'self'; script-src 'self'" },
};

export const HUGE_PATH = '/fixtures/torture/huge.html';

export interface TortureServer {
  url(path: string): string;
  close(): Promise<void>;
}

export async function serveTorture(): Promise<TortureServer> {
  let huge: string | undefined;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const headers = { 'cache-control': 'no-store', ...(TORTURE_HEADERS[path] ?? {}) };
    if (path === HUGE_PATH) {
      huge ??= hugeArticleHtml();
      res.writeHead(200, { ...headers, 'content-type': TYPES['.html']! });
      res.end(huge);
      return;
    }
    const rest = path.startsWith('/fixtures/') ? path.slice('/fixtures/'.length) : undefined;
    const file = rest !== undefined ? normalize(join(FIXTURES, rest)) : undefined;
    if (!file || !file.startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
