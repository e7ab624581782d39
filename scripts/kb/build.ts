/**
 * The KB build as a function: read every source, merge, describe, write. `scripts/build-kb.ts`
 * is the command; tests call the pieces.
 */
import { congressBodies, readCongress } from './sources/congress.js';
import { readCountries } from './sources/countries.js';
import { readCommittees } from './sources/committees.js';
import { readAdmin, readAdmin2, readCities } from './sources/geonames.js';
import { readPantheon } from './sources/pantheon.js';
import { readAgencies } from './sources/agencies.js';
import { readParties, readSp500 } from './sources/orgs.js';
import { readOverlay } from './sources/overlay.js';
import { newContext, type BuildContext } from './context.js';
import { mergeDrafts } from './merge.js';
import { emitKb, givenNameList, type EmitResult } from './emit.js';
import type { TemplateContext } from './templates.js';
import { nameKey } from '../../src/core/text/normalise.js';

/** Places at least this prominent (countries, states, cities of about a million) are not given names. */
const WELL_KNOWN_PLACE = 650;

export interface BuildOptions {
  dataDir: string;
  overlayDir: string;
  outDir: string;
  /** Leave out bad overlay rows (reported) instead of failing. */
  skipBadOverlayRows?: boolean;
}

export function readAll(ctx: BuildContext, skipBadOverlayRows = false): void {
  readCountries(ctx);
  readAdmin(ctx, ctx.drafts);
  const admin2 = readAdmin2(ctx);
  const chambers = readCongress(ctx);
  congressBodies(ctx, chambers);
  readCommittees(ctx);
  readPantheon(ctx);
  readAgencies(ctx);
  readParties(ctx);
  readSp500(ctx);
  readCities(ctx, admin2);
  readOverlay(ctx, skipBadOverlayRows);
}

export function templateContext(ctx: BuildContext): TemplateContext {
  return {
    countryName: (code) => ctx.countries.get(code)?.name,
    sourceTitle: (id) => ctx.sources.get(id)?.title ?? id,
  };
}

export function buildKb(options: BuildOptions): { result: EmitResult; log: string[]; skipped: string[] } {
  const ctx = newContext(options.dataDir, options.overlayDir);
  readAll(ctx, options.skipBadOverlayRows);
  const before = ctx.drafts.length;
  const merged = mergeDrafts(ctx.drafts);
  ctx.log.push(`merge: ${before} drafts → ${merged.length} entities`);
  const placeKeys = new Set(merged.filter((d) => d.kind === 'place' && d.prominence >= WELL_KNOWN_PLACE).map((d) => nameKey(d.name)));
  const given = givenNameList(ctx.givenNames, placeKeys);
  const result = emitKb(merged, [...ctx.sources.values()], given, templateContext(ctx), options.outDir);
  ctx.log.push(`emit: ${result.droppedKeys} alias keys with characters beyond Latin-1 left out`);
  return { result, log: ctx.log, skipped: ctx.skipped };
}
