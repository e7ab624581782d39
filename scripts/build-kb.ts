/**
 * `npm run kb:build` — builds assets/kb/ from ../shared/data/kb (or KB_DATA_DIR) and the
 * reviewed overlay in data/overlay. A bad source row stops the build with file:line: why.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKb } from './kb/build.js';
import { SourceError } from './kb/errors.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.KB_DATA_DIR ?? resolve(root, '../shared/data/kb');
const overlayDir = join(root, 'data/overlay');
const committedDir = process.env.KB_OUT_DIR ?? join(root, 'assets/kb');
// --check: build into a scratch folder and fail if the committed KB differs (for CI).
const check = process.argv.includes('--check');
const outDir = check ? mkdtempSync(join(tmpdir(), 'kb-check-')) : committedDir;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

if (!existsSync(dataDir)) {
  console.error(`kb:build: source data not found at ${dataDir} (set KB_DATA_DIR)`);
  process.exit(2);
}
const started = performance.now();
try {
  const skipBadOverlayRows = process.argv.includes('--skip-bad-overlay-rows');
  const { result, log, skipped } = buildKb({ dataDir, overlayDir, outDir, skipBadOverlayRows });
  for (const line of log) console.log(line);
  if (skipped.length > 0) console.warn(`kb:build: ${skipped.length} bad overlay rows left out (see warnings above)`);
  const m = result.meta;
  console.log(
    `kb:build: ${m.entities} entities (${m.counts.person} people, ${m.counts.org} organisations, ${m.counts.place} places), ` +
      `${m.keys} alias keys, ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, build date ${m.buildDate}, ` +
      `${Math.round(performance.now() - started)} ms`,
  );
  if (check) {
    const built = listFiles(outDir);
    const committed = existsSync(committedDir) ? listFiles(committedDir) : [];
    const differ = [...new Set([...built, ...committed])].filter(
      (f) => !built.includes(f) || !committed.includes(f) || !readFileSync(join(outDir, f)).equals(readFileSync(join(committedDir, f))),
    );
    if (differ.length > 0) {
      console.error(`kb:build --check: the committed KB is out of date (${differ.length} files differ, e.g. ${differ.slice(0, 3).join(', ')}); run npm run kb:build`);
      process.exit(1);
    }
    console.log('kb:build --check: the committed KB matches its sources');
  }
  if (check) rmSync(outDir, { recursive: true, force: true });
} catch (e) {
  if (e instanceof SourceError) {
    console.error(`kb:build failed: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
