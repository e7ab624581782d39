/**
 * The bundled KB, loaded once per background start and shared by every message after. A
 * service worker is stopped when idle and started again on the next message, so this load is on
 * the path of a reader's first hover: it reads a prebuilt binary index (no rebuilding at start)
 * and leaves cards to load lazily, shard by shard.
 */
import { browser } from '../shared/browser-api.js';
import type { KbLookup } from '../core/kb/lookup.js';
import type { KbSourcesFile } from '../core/kb/format.js';
import type { KbInfo } from '../shared/messages.js';
import { IndexedKb, fetchReader } from '../core/kb/indexed-kb.js';

let loading: Promise<IndexedKb> | undefined;

function load(): Promise<IndexedKb> {
  if (loading) return loading;
  const started = IndexedKb.load(fetchReader(browser.runtime.getURL('kb/'))).catch((error: unknown) => {
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
  const kb = await load();
  const response = await fetch(browser.runtime.getURL('kb/SOURCES.json'));
  const credits = (await response.json()) as KbSourcesFile;
  return {
    entities: kb.meta.entities,
    builtFrom: credits.buildDate,
    sources: credits.sources.map((s) => ({
      name: s.title,
      licence: s.licence,
      asOf: s.asOf,
      ...(s.attribution ? { attribution: s.attribution } : {}),
    })),
    attributions: credits.attributions ?? [],
  };
}
