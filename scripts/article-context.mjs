#!/usr/bin/env node
// The command-line annotator's entry point (package.json "bin"): registers tsx so the
// TypeScript sources run as they are, then hands over to scripts/cli.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('./cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
