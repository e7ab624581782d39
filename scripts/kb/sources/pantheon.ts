/**
 * Famous people of all eras from Pantheon 1.0 (CC0; Yu et al. 2016, Sci. Data 2:150075):
 * occupation, birth year, country of birth, and the Historical Popularity Index, which
 * becomes the prominence score. Its facts describe people as of 2014.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, requireColumns } from '../csv.js';
import { SourceError } from '../errors.js';
import { newDraft } from '../model.js';
import { noteGivenName, type BuildContext } from '../context.js';
import { addPersonNames, givenName } from '../names.js';
import { HISTORICAL_BEFORE } from './congress.js';

export const PANTHEON = 'pantheon/pantheon1.0_2014.csv';
const SRC = 'pantheon';
const AS_OF = '2014-12';

/**
 * HPI runs from about 10 to 32. Fame across history stays below the present-day heads of
 * state (900+), who are what a news article most often means by a shared name.
 */
export function pantheonProminence(hpi: number): number {
  return Math.max(200, Math.min(850, Math.round(300 + (hpi - 10) * 25)));
}

/** "1732", "-384", "530s", "1237?" → a year; "Unknown" or "" → undefined; anything else fails. */
export function parseBirthYear(text: string): number | undefined | null {
  if (text === '' || text === 'Unknown') return undefined;
  const m = /^(-?\d{1,4})s?\??$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Pantheon's occupation categories, worded as a card would say them. */
const OCCUPATION_WORDS: Record<string, string> = {
  COMPANION: 'companion of a public figure',
  'MILITARY PERSONNEL': 'military officer',
  'RACECAR DRIVER': 'racing driver',
  NOBLEMAN: 'noble',
  'PUBLIC WORKER': 'public servant',
  'MARTIAL ARTS': 'martial artist',
  SNOOKER: 'snooker player',
  CHESSMASTER: 'chess player',
  'SOCIAL ACTIVIST': 'activist',
  PRESENTER: 'television presenter',
};

export function occupationText(category: string): string {
  return OCCUPATION_WORDS[category] ?? category.toLowerCase();
}

export function readPantheon(ctx: BuildContext): void {
  ctx.sources.set(SRC, {
    id: SRC,
    title: 'Pantheon 1.0 (Yu et al. 2016, Scientific Data 2:150075)',
    origin: 'Harvard Dataverse doi:10.7910/DVN/28201, via github ALMArchive/celebs @ d1d7c921',
    licence: 'CC0',
    citation: 'Yu et al. (2016), Pantheon 1.0, a manually verified dataset of globally famous biographies, Scientific Data, article 150075; data: Harvard Dataverse doi:10.7910/DVN/28201',
    asOf: AS_OF,
  });
  const { header, rows } = parseCsv(readFileSync(join(ctx.dataDir, PANTHEON), 'utf8'), PANTHEON);
  requireColumns(header, ['en_curid', 'name', 'countryCode', 'birthyear', 'gender', 'occupation', 'HPI'], PANTHEON);
  const seen = new Set<string>();
  for (const row of rows) {
    const curid = row.get('en_curid');
    if (!/^\d+$/.test(curid)) throw new SourceError(PANTHEON, row.line, `en_curid must be a number, got "${curid}"`);
    if (seen.has(curid)) throw new SourceError(PANTHEON, row.line, `en_curid ${curid} appears twice`);
    seen.add(curid);
    const name = row.get('name');
    if (!name) throw new SourceError(PANTHEON, row.line, 'the name is empty');
    const hpi = Number(row.get('HPI'));
    if (!Number.isFinite(hpi)) throw new SourceError(PANTHEON, row.line, `HPI must be a number, got "${row.get('HPI')}"`);
    const born = parseBirthYear(row.get('birthyear'));
    if (born === null) throw new SourceError(PANTHEON, row.line, `birthyear must be a year, got "${row.get('birthyear')}"`);
    const rawCc = row.get('countryCode').toUpperCase();
    // "UNK": the source does not know the country of birth.
    const cc = rawCc === 'UNK' ? '' : rawCc;
    if (cc && !/^[A-Z]{2}$/.test(cc)) throw new SourceError(PANTHEON, row.line, `countryCode must be two letters, got "${cc}"`);
    const d = newDraft(`kb:pantheon:${curid}`, 'person', name, SRC, { file: PANTHEON, line: row.line });
    if (cc && ctx.countries.has(cc)) d.country = cc;
    // Pantheon names are English Wikipedia titles.
    d.titleName = true;
    addPersonNames(d, { full: name }, d.country);
    noteGivenName(ctx, givenName({ full: name }), d.country);
    d.keys.add(`pantheon:${curid}`);
    if (born !== undefined) d.born = { value: born, source: SRC, asOf: AS_OF };
    const occupation = occupationText(row.get('occupation'));
    if (occupation) d.occupation = { value: occupation, source: SRC, asOf: AS_OF };
    d.historical = born === undefined || born < HISTORICAL_BEFORE;
    d.prominence = pantheonProminence(hpi);
    d.url = `https://en.wikipedia.org/?curid=${curid}`;
    const gender = row.get('gender');
    if (gender) d.gender = gender.startsWith('F') ? 'F' : 'M';
    ctx.drafts.push(d);
  }
  ctx.log.push(`pantheon: ${rows.length} people`);
}
