/**
 * Political parties from Party Facts (MIT; every party with a Wikidata QID) and companies of
 * the S&P 500 (PDDL).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasType } from '../../../src/core/kb/lookup.js';
import { nameKey } from '../../../src/core/text/normalise.js';
import { parseCsv, requireColumns } from '../csv.js';
import { SourceError } from '../errors.js';
import { addAlias, newDraft, type Draft } from '../model.js';
import type { BuildContext } from '../context.js';
import { isCommonWord } from '../common-words.js';
import { readLicence } from './countries.js';

export const PARTIES = 'orgs/partyfacts-wikidata.csv';
export const SP500 = 'orgs/sp500-constituents.csv';
const PARTY_AS_OF = '2023-06-05';
const SP_AS_OF = '2026-08-05';

/** Parties whose name alone means them in US news. */
const MAJOR_PARTIES = new Map([
  ['Q29468', 820],
  ['Q29552', 820],
]);

function partyAcronyms(short: string): string[] {
  return short
    .split('/')
    .map((s) => s.trim())
    .filter((s) => /^[A-Z][A-Za-z&]{2,6}$/.test(s) && s.replace(/[^A-Z]/g, '').length >= 3)
    .filter((s) => !isCommonWord(nameKey(s)));
}

export function readParties(ctx: BuildContext): void {
  ctx.sources.set('partyfacts', {
    id: 'partyfacts',
    title: 'Party Facts — Wikidata import',
    origin: 'github hdigital/partyfactsdata @ 764de897 : import/wikipedia/wikidata.csv',
    licence: 'MIT',
    licenceText: readLicence(ctx, 'orgs/LICENSE-partyfacts-MIT.md'),
    asOf: PARTY_AS_OF,
  });
  const { header, rows } = parseCsv(readFileSync(join(ctx.dataDir, PARTIES), 'utf8'), PARTIES);
  requireColumns(header, ['country', 'partyfacts_id', 'wikidata_id', 'name', 'name_short', 'name_native'], PARTIES);
  const byQid = new Map<string, Draft>();
  for (const row of rows) {
    const qid = row.get('wikidata_id');
    if (!/^Q\d+$/.test(qid)) throw new SourceError(PARTIES, row.line, `wikidata_id must look like Q123, got "${qid}"`);
    const name = row.get('name');
    if (!name) throw new SourceError(PARTIES, row.line, 'the name is empty');
    const alpha3 = row.get('country');
    if (!/^[A-Z]{3}$/.test(alpha3)) throw new SourceError(PARTIES, row.line, `country must be an ISO alpha-3 code, got "${alpha3}"`);
    // The same party listed twice (two Party Facts ids) is one entity.
    let d = byQid.get(qid);
    if (!d) {
      d = newDraft(qid, 'org', name, 'partyfacts', { file: PARTIES, line: row.line });
      d.orgType = { value: 'political party', source: 'partyfacts', asOf: PARTY_AS_OF };
      const cc = ctx.alpha3.get(alpha3);
      if (cc) d.country = cc;
      d.url = `https://www.wikidata.org/wiki/${qid}`;
      d.prominence = MAJOR_PARTIES.get(qid) ?? 250;
      byQid.set(qid, d);
      ctx.drafts.push(d);
    }
    const native = row.get('name_native');
    if (native && /^[\p{Script=Latin}\p{M}\s.'’\-&]+$/u.test(native)) addAlias(d, native, AliasType.Full);
    for (const acr of partyAcronyms(row.get('name_short'))) addAlias(d, acr, AliasType.Acronym);
    d.keys.add(`partyfacts:${row.get('partyfacts_id')}`);
  }
  ctx.log.push(`partyfacts: ${rows.length} rows, ${byQid.size} parties`);
}

/** "Alphabet Inc. (Class A)" → "Alphabet"; "Apple Inc." → "Apple". */
export function companyShortName(name: string): string {
  return name
    .replace(/\s*\(Class [A-Z]\)\s*$/, '')
    .replace(/,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Co\.|Company|plc|PLC|Ltd\.?|Limited|N\.V\.|S\.A\.|Holdings?|Group)$/, '')
    .trim();
}

export function readSp500(ctx: BuildContext): void {
  ctx.sources.set('sp500', {
    id: 'sp500',
    title: 'S&P 500 constituents (datasets/s-and-p-500-companies)',
    origin: 'github datasets/s-and-p-500-companies @ 56509dd8 : data/constituents.csv',
    licence: 'ODC-PDDL 1.0',
    asOf: SP_AS_OF,
  });
  const { header, rows } = parseCsv(readFileSync(join(ctx.dataDir, SP500), 'utf8'), SP500);
  requireColumns(header, ['Symbol', 'Security', 'GICS Sector', 'GICS Sub-Industry', 'Headquarters Location', 'Date added', 'CIK', 'Founded'], SP500);
  const byCik = new Map<string, Draft>();
  for (const row of rows) {
    const cik = row.get('CIK');
    if (!/^\d+$/.test(cik)) throw new SourceError(SP500, row.line, `CIK must be a number, got "${cik}"`);
    const symbol = row.get('Symbol');
    if (!/^[A-Z.]{1,6}$/.test(symbol)) throw new SourceError(SP500, row.line, `Symbol must be a ticker, got "${symbol}"`);
    const security = row.get('Security');
    if (!security) throw new SourceError(SP500, row.line, 'Security (the company name) is empty');
    const added = row.get('Date added');
    if (added && !/^\d{4}-\d{2}-\d{2}$/.test(added)) throw new SourceError(SP500, row.line, `Date added must be YYYY-MM-DD, got "${added}"`);
    const existing = byCik.get(cik);
    if (existing) {
      existing.extra.push({ label: 'Ticker', value: symbol, source: 'sp500', asOf: SP_AS_OF });
      continue;
    }
    const full = security.replace(/\s*\(Class [A-Z]\)\s*$/, '');
    // "Fox Corporation" stays whole: "Fox" alone is a word first.
    const shortened = companyShortName(full);
    const short = isCommonWord(nameKey(shortened)) ? full : shortened;
    const d = newDraft(`kb:sp500:${cik}`, 'org', short, 'sp500', { file: SP500, line: row.line });
    if (full !== short) addAlias(d, full, AliasType.Full);
    d.orgType = { value: 'company', source: 'sp500', asOf: SP_AS_OF };
    d.country = 'US';
    const sector = row.get('GICS Sub-Industry') || row.get('GICS Sector');
    if (sector) d.extra.push({ label: 'Industry', value: sector, source: 'sp500', asOf: SP_AS_OF });
    const hq = row.get('Headquarters Location');
    if (hq) d.extra.push({ label: 'Headquarters', value: hq, source: 'sp500', asOf: SP_AS_OF });
    const founded = /^\d{4}/.exec(row.get('Founded'))?.[0];
    if (founded) d.extra.push({ label: 'Founded', value: founded, source: 'sp500', asOf: SP_AS_OF });
    d.extra.push({ label: 'Ticker', value: symbol, source: 'sp500', asOf: SP_AS_OF });
    if (added) d.extra.push({ label: 'In the S&P 500 since', value: added.slice(0, 4), source: 'sp500', asOf: SP_AS_OF });
    d.url = `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${cik}`;
    d.prominence = 450;
    // A company named by a common word ("Target", "Ball") is named often in other senses.
    const words = nameKey(short).split(' ');
    if (words.length === 1 && isCommonWord(words[0] ?? '')) d.prominence = 200;
    byCik.set(cik, d);
    ctx.drafts.push(d);
  }
  ctx.log.push(`sp500: ${rows.length} rows, ${byCik.size} companies`);
}
