/**
 * Builds the extension for both browsers from one source: bundles the four entry points with
 * esbuild, copies the static assets and the built KB, and writes one manifest per target from
 * `manifest.json` (Chrome gets no Firefox-only keys). Prints each bundle's size and fails when
 * the content script outgrows its budget, since it is loaded into every page.
 *
 *   npx tsx scripts/build.ts [--dev]
 */
import { build, type Plugin } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HIGHLIGHT_CSS } from '../src/content/highlight-style.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIST = join(ROOT, 'dist');

/** The content script runs on every page: its size is paid on every page load. */
export const CONTENT_BUDGET_BYTES = 60 * 1024;

type Target = 'chrome' | 'firefox';

const ENTRIES: Record<string, string> = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};

const STATIC_FILES: [string, string][] = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
];

/** Injected by the browser with the content script (so the page's CSP does not apply to it). */
const CONTENT_CSS = `/* Written by scripts/build.ts from src/content/highlight-style.ts. */\n${HIGHLIGHT_CSS}\n`;

const STATIC_DIRS: [string, string][] = [
  ['assets/icons', 'icons'],
  ['assets/_locales', '_locales'],
  ['assets/kb', 'kb'],
];

export function manifestFor(target: Target, source: Record<string, unknown>, version: string): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(source);
  manifest['version'] = version;
  if (target === 'chrome') delete manifest['browser_specific_settings'];
  return manifest;
}

/**
 * Our UI never renders raw HTML, so the one place Preact would (`dangerouslySetInnerHTML`) is
 * cut out of the bundle: a page or KB string can then never be parsed as HTML by our code, and
 * `web-ext lint` has no innerHTML assignment to flag. Fails the build if Preact's code changes
 * shape, so an upgrade cannot silently drop the guard.
 */
const noRawHtml: Plugin = {
  name: 'no-raw-html',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const assign = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
      if (!assign.test(source)) throw new Error(`no-raw-html: Preact's innerHTML code not found in ${args.path}`);
      const contents = source
        .replace(assign, '(()=>{throw Error("Article Context renders no raw HTML")})()')
        .replace(/([\w$]+)\.innerHTML=""/g, '$1.textContent=""');
      return { contents, loader: 'js' };
    });
  },
};

async function bundle(outdir: string, dev: boolean, forceOverlay: boolean): Promise<void> {
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)])),
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': dev ? '"development"' : '"production"',
      ...(forceOverlay ? { __AC_FORCE_OVERLAY__: 'true' } : {}),
    },
    plugins: [noRawHtml],
  });
}

export interface BuildOptions {
  dev?: boolean;
  /** Where to write the two targets (default dist/). */
  outDir?: string;
  /** Test builds only: paint with the fallback painter even where the Highlight API exists. */
  forceOverlay?: boolean;
  /** No size table and no summary line. */
  quiet?: boolean;
}

export async function buildAll(options: BuildOptions = {}): Promise<void> {
  const DIST = options.outDir ?? DEFAULT_DIST;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  rmSync(DIST, { recursive: true, force: true });
  const first = join(DIST, 'chrome');
  mkdirSync(first, { recursive: true });
  await bundle(first, options.dev ?? false, options.forceOverlay ?? false);
  for (const [from, to] of STATIC_FILES) cpSync(join(ROOT, from), join(first, to));
  writeFileSync(join(first, 'content.css'), CONTENT_CSS);
  for (const [from, to] of STATIC_DIRS) {
    if (existsSync(join(ROOT, from))) cpSync(join(ROOT, from), join(first, to), { recursive: true });
  }
  cpSync(first, join(DIST, 'firefox'), { recursive: true });
  for (const target of ['chrome', 'firefox'] as const) {
    const manifest = manifestFor(target, source, pkg.version);
    writeFileSync(join(DIST, target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  const sizes = Object.keys(ENTRIES).map((name) => [name, statSync(join(first, `${name}.js`)).size] as const);
  const log = options.quiet ? () => undefined : console.log;
  for (const [name, size] of sizes) log(`  ${name}.js ${(size / 1024).toFixed(1)} KB`);
  const content = sizes.find(([name]) => name === 'content')?.[1] ?? 0;
  // The budget is for what ships; a dev build (unminified, with source maps) is for reading.
  if (!options.dev && content > CONTENT_BUDGET_BYTES) {
    throw new Error(`content.js is ${(content / 1024).toFixed(1)} KB, over its ${CONTENT_BUDGET_BYTES / 1024} KB budget`);
  }
  log(`built ${join(DIST, 'chrome')} and ${join(DIST, 'firefox')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildAll({ dev: process.argv.includes('--dev') }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
