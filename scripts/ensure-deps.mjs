#!/usr/bin/env node
// Runs before `npm start` and `npm test`: on a fresh clone (or after the lock file changed) it
// installs exactly the locked dependencies with `npm ci`, so the README's two commands are all
// the set-up a new machine needs. Plain JavaScript: it must run before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing the locked dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
