/**
 * The reader's settings: few, with defaults that suit nearly everyone. Stored in
 * `storage.sync` under one key so a change arrives as one `storage.onChanged` event, and read
 * back through `parseSettings`, which turns anything malformed into the defaults rather than
 * trusting it.
 */
import { ENTITY_KINDS, type EntityKind } from '../core/types.js';

export const SETTINGS_KEY = 'settings';

/**
 * How long the pointer must rest on a highlight before its card opens. Long enough that a
 * pointer sweeping across the text opens nothing, short enough to feel immediate.
 */
export const DEFAULT_DWELL_MS = 250;
export const MIN_DWELL_MS = 50;
export const MAX_DWELL_MS = 2000;

export interface Settings {
  /** Highlights on everywhere (the popup's main switch and the keyboard command). */
  enabled: boolean;
  /** Host names where highlights are off. */
  disabledSites: string[];
  /** Which kinds are highlighted. */
  kinds: Record<EntityKind, boolean>;
  dwellMs: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  kinds: { person: true, org: true, place: true, figure: true },
  dwellMs: DEFAULT_DWELL_MS,
});

export function parseSettings(raw: unknown): Settings {
  const base: Settings = {
    ...DEFAULT_SETTINGS,
    disabledSites: [],
    kinds: { ...DEFAULT_SETTINGS.kinds },
  };
  if (typeof raw !== 'object' || raw === null) return base;
  const r = raw as Record<string, unknown>;
  if (typeof r['enabled'] === 'boolean') base.enabled = r['enabled'];
  if (Array.isArray(r['disabledSites'])) {
    base.disabledSites = r['disabledSites'].filter((s): s is string => typeof s === 'string').slice(0, 10_000);
  }
  if (typeof r['kinds'] === 'object' && r['kinds'] !== null) {
    const kinds = r['kinds'] as Record<string, unknown>;
    for (const kind of ENTITY_KINDS) {
      const value = kinds[kind];
      if (typeof value === 'boolean') base.kinds[kind] = value;
    }
  }
  const dwell = r['dwellMs'];
  if (typeof dwell === 'number' && Number.isFinite(dwell)) {
    base.dwellMs = Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, Math.round(dwell)));
  }
  return base;
}

/** True when highlights should show on a page of this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export function withSite(settings: Settings, host: string, on: boolean): Settings {
  const rest = settings.disabledSites.filter((s) => s !== host);
  return { ...settings, disabledSites: on ? rest : [...rest, host].sort() };
}
