/**
 * The bundled KB, loaded once per background start and shared by every message after. A
 * service worker is stopped when idle and started again on the next message, so this load is on
 * the path of a reader's first hover: it reads a prebuilt index (no rebuilding at start) and
 * leaves cards to load lazily, shard by shard.
 */
import { browser } from '../shared/browser-api.js';
import type { KbLookup } from '../core/kb/lookup.js';
import type { KbInfo } from '../shared/messages.js';
import { IndexedKb } from '../core/kb/indexed-kb.js';

let loading: Promise<IndexedKb> | undefined;

async function readText(path: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(`kb/${path}`));
  if (!response.ok) throw new Error(`KB file kb/${path}: HTTP ${response.status}`);
  return response.text();
}

function load(): Promise<IndexedKb> {
  if (loading) return loading;
  const started = IndexedKb.load(readText).catch((error: unknown) => {
    // Let the next message try again rather than keep a failed load forever.
    loading = undefined;
    throw error;
  });
  loading = started;
  return started;
}

export async function getKb(): Promise<KbLookup> {
  return load();
}

export async function getKbInfo(): Promise<KbInfo> {
  return (await load()).info();
}
