/**
 * Loads the bundled knowledge base once per process. The Node loader lives in the core
 * (`src/core/kb/node-loader.ts`); it is imported lazily so that a missing or broken KB gives
 * one clear message instead of a stack trace at start-up.
 */
import type { KbLookup } from '../../src/core/kb/lookup.js';

export class KbLoadError extends Error {}

interface NodeLoader {
  loadBundledKb(dir?: string): Promise<KbLookup>;
}

export async function loadKb(dir?: string): Promise<KbLookup> {
  let loader: NodeLoader;
  try {
    const path = '../../src/core/kb/node-loader.js';
    loader = (await import(/* @vite-ignore */ path)) as NodeLoader;
  } catch (err) {
    throw new KbLoadError(`cannot load the KB loader (src/core/kb/node-loader.ts): ${(err as Error).message}`);
  }
  try {
    return await loader.loadBundledKb(dir);
  } catch (err) {
    throw new KbLoadError(`cannot load the knowledge base${dir ? ` from ${dir}` : ''}: ${(err as Error).message}`);
  }
}
