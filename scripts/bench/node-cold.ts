/** Cold start of our background's work in Node: load the bundled KB, answer one annotate. */
import { loadBundledKb } from '../../src/core/kb/node-loader.js';
import { annotate } from '../../src/core/annotate.js';
import type { KbLookup } from '../../src/core/kb/lookup.js';
import { benchText, measureColdStart } from './cold-measure.js';

void measureColdStart(
  () => loadBundledKb(process.env['BENCH_KB_DIR']),
  async (kb) => (await annotate(benchText(), kb as KbLookup, { url: 'https://example.org/' })).mentions.length,
);
