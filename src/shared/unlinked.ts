/**
 * "Not this person?": matches the reader unlinked, per site, kept in this browser only
 * (storage.local). A site's list names entity ids that are no longer highlighted there.
 */
import { browser } from './browser-api.js';

export const UNLINKED_KEY = 'unlinked';
/** Per site; far more than anyone unlinks by hand, and bounds what a tampered store costs. */
const MAX_PER_SITE = 500;

export type Unlinked = Record<string, string[]>;

export function parseUnlinked(raw: unknown): Unlinked {
  const out: Unlinked = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [site, ids] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(ids)) continue;
    const clean = ids.filter((id): id is string => typeof id === 'string').slice(0, MAX_PER_SITE);
    if (clean.length > 0) out[site] = clean;
  }
  return out;
}

export async function loadUnlinked(): Promise<Unlinked> {
  const stored = await browser.storage.local.get(UNLINKED_KEY);
  return parseUnlinked(stored[UNLINKED_KEY]);
}

export async function setUnlinked(site: string, entityId: string, unlinked: boolean): Promise<void> {
  const all = await loadUnlinked();
  const ids = new Set(all[site] ?? []);
  if (unlinked) ids.add(entityId);
  else ids.delete(entityId);
  if (ids.size > 0) all[site] = [...ids].sort();
  else delete all[site];
  await browser.storage.local.set({ [UNLINKED_KEY]: all });
}

export function onUnlinkedChanged(listener: (all: Unlinked) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && changes[UNLINKED_KEY]) listener(parseUnlinked(changes[UNLINKED_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
