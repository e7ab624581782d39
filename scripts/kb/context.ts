/**
 * What the source readers share while the build runs: the drafts so far, the credited
 * sources, lookup tables one source provides for another (country names, region names),
 * and the given names seen on people.
 */
import type { Draft, SourceInfo } from './model.js';
import { FAMILY_NAME_FIRST } from './names.js';

export interface Country {
  code: string;
  name: string;
  qid?: string;
  alpha3?: string;
}

export interface BuildContext {
  /** Root of the source files (../shared/data/kb). */
  dataDir: string;
  /** Root of the overlay (data/overlay). */
  overlayDir: string;
  drafts: Draft[];
  sources: Map<string, SourceInfo>;
  countries: Map<string, Country>;
  /** ISO alpha-3 → alpha-2. */
  alpha3: Map<string, string>;
  /** Region code ("US-TX", "MX-14") → readable name. */
  regionNames: Map<string, string>;
  /** GeoNames admin1 code ("US.TX", "MX.14") → region code used in heads. */
  admin1ToRegion: Map<string, string>;
  /** US state postal code → name. */
  usStates: Map<string, string>;
  givenNames: Map<string, number>;
  /** Lines of the build log (counts, skipped rows and why). */
  log: string[];
  /** Overlay rows left out (only when bad rows are skipped), as "file:line: why". */
  skipped: string[];
}

export function newContext(dataDir: string, overlayDir: string): BuildContext {
  return {
    dataDir,
    overlayDir,
    drafts: [],
    sources: new Map(),
    countries: new Map(),
    alpha3: new Map(),
    regionNames: new Map(),
    admin1ToRegion: new Map(),
    usStates: new Map(),
    givenNames: new Map(),
    log: [],
    skipped: [],
  };
}

export function noteGivenName(ctx: BuildContext, name: string | undefined, country?: string): void {
  if (!name || (country && FAMILY_NAME_FIRST.has(country))) return;
  ctx.givenNames.set(name, (ctx.givenNames.get(name) ?? 0) + 1);
}

export function countryName(ctx: BuildContext, code: string | undefined): string | undefined {
  return code ? ctx.countries.get(code)?.name : undefined;
}
