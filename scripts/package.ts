/**
 * Makes the zips a store takes, from the built `dist/` (run `npm run build` first; `npm run
 * package` does both): dist/packages/article-context-{chrome,firefox}-VERSION.zip.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
for (const target of ['chrome', 'firefox']) {
  execFileSync('npx', [
    'web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'dist/packages',
    '--filename', `article-context-${target}-${version}.zip`, '--overwrite-dest', '--no-input',
  ], { stdio: 'inherit' });
}
console.log('zips written to dist/packages/');
