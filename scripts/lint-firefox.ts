/**
 * `web-ext lint` on the Firefox build, offline. Fails on any error or warning except the one the
 * dual background key always gives (Chrome needs `service_worker`, Firefox `scripts`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ALLOWED = new Set(['BACKGROUND_SERVICE_WORKER_IGNORED']);

interface LintItem {
  code: string;
  message: string;
  file?: string;
}

if (!existsSync('dist/firefox/manifest.json')) {
  console.error('dist/firefox is missing: run `npm run build` first');
  process.exit(1);
}
let output: string;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-input'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output.slice(output.indexOf('{'))) as { errors: LintItem[]; warnings: LintItem[]; notices: LintItem[] };
const problems = [...report.errors, ...report.warnings.filter((w) => !ALLOWED.has(w.code))];
for (const item of [...report.errors, ...report.warnings, ...report.notices]) {
  console.log(`${ALLOWED.has(item.code) ? 'allowed' : 'found'}: ${item.code} ${item.file ?? ''} — ${item.message}`);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${problems.length} not allowed)`);
if (problems.length > 0) process.exit(1);
