/**
 * The bundled KB, loaded once per background start and shared by every message after. A
 * service worker is stopped when idle and started again on the next message, so this load is on
 * the path of a reader's first hover: it reads a prebuilt binary index (no rebuilding at start)
 * and leaves cards to load lazily, shard by shard.
 */
import { browser } from '../shared/browser-api.js';
import type { KbLookup } from '../core/kb/lookup.js';
import type { KbInfo } from '../shared/messages.js';
import { IndexedKb, fetchReader } from '../core/kb/indexed-kb.js';
import { CompositeKb } from '../core/kb/composite-kb.js';
import { warmUpRecogniser } from './warm-up.js';
import { parseUserEntities, userKb, USER_ENTITIES_KEY } from '../shared/user-entities.js';

let loading: Promise<IndexedKb> | undefined;
/** The reader's own entities over the bundled KB; rebuilt when they change. */
let withUserEntities: Promise<KbLookup> | undefined;

browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
  if (area === 'local' && USER_ENTITIES_KEY in changes) withUserEntities = undefined;
});

async function combine(): Promise<KbLookup> {
  // Both at once: the storage read is a round trip to the browser, not to be paid after the KB.
  const [base, stored] = await Promise.all([load(), browser.storage.local.get(USER_ENTITIES_KEY)]);
  const parsed = parseUserEntities(stored[USER_ENTITIES_KEY] ?? [], new Date().toISOString().slice(0, 10));
  // Stored entities were checked when saved; if storage was tampered with, use none of them.
  if (!parsed.ok || parsed.entities.length === 0) return base;
  return new CompositeKb(userKb(parsed.entities), base);
}

function load(): Promise<IndexedKb> {
  if (loading) return loading;
  performance.mark('ac:kb-start');
  const started = IndexedKb.load(fetchReader(browser.runtime.getURL('kb/'))).then((kb) => {
    performance.mark('ac:kb-ready');
    return kb;
  }, (error: unknown) => {
    // Let the next message try again rather than keep a failed load forever.
    loading = undefined;
    throw error;
  });
  loading = started;
  return started;
}

export async function getKb(): Promise<KbLookup> {
  withUserEntities ??= combine().catch((error: unknown) => {
    withUserEntities = undefined;
    throw error;
  });
  return withUserEntities;
}

/**
 * Starts loading the KB as soon as the background starts, not when the first message is
 * dispatched: a worker woken by a content script's `bg:annotate` spends its first milliseconds
 * starting up, and the KB's files are read meanwhile, while the recogniser warms up.
 */
export function warmKb(): void {
  // Failures are left to the first message, which tries again and reports them.
  void getKb().catch(() => undefined);
  void load().then((kb) => kb.prefetchCardTables(), () => undefined);
  // While the files are read: the fetches are in flight, the thread is free.
  void warmUpRecogniser();
}

/** Size, build date and source credits, for the options page (SOURCES.json is read once). */
export async function getKbInfo(): Promise<KbInfo> {
  return (await load()).info();
}
