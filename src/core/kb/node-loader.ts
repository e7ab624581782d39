/**
 * Loads the bundled KB from disk, for Node: the command-line annotator, tests and benchmarks.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IndexedKb, type KbFileReader } from './indexed-kb.js';
import type { KbLookup } from './lookup.js';

/** assets/kb of this checkout. */
export const BUNDLED_KB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../assets/kb');

export function fileReader(dir: string): KbFileReader {
  // Decoding the bytes ourselves gives a flat string; reading as 'utf8' can hand back a string
  // the engine flattens later, on the first lookup.
  const decoder = new TextDecoder();
  return {
    text: async (name) => decoder.decode(await readFile(join(dir, name))),
    bytes: async (name) => new Uint8Array(await readFile(join(dir, name))),
  };
}

export async function loadIndexedKb(dir: string = BUNDLED_KB_DIR): Promise<IndexedKb> {
  return IndexedKb.load(fileReader(dir));
}

export function loadBundledKb(dir?: string): Promise<KbLookup> {
  return loadIndexedKb(dir);
}
