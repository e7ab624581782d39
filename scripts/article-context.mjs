#!/usr/bin/env node
// The command-line annotator's entry point (package.json "bin"): registers tsx so the
// TypeScript sources run as they are, then hands over to scripts/cli.ts.
import { register } from 'tsx/esm/api';

register();
// A reader that stops reading (`… | head`) ends the run quietly, as other command-line tools do.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import(new URL('./cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
