/**
 * Countries and territories (countries-list, MIT) joined with rigour territories (MIT), which
 * adds Wikidata QIDs, ISO alpha-3 codes, strong alternative names, and the subdivisions it
 * knows (US states, Canadian provinces, the nations of the UK).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasType } from '../../../src/core/kb/lookup.js';
import { parseCsv, requireColumns } from '../csv.js';
import { SourceError } from '../errors.js';
import { Fields, parseJsonArray } from '../json.js';
import { addAlias, newDraft, type Draft } from '../model.js';
import type { BuildContext } from '../context.js';
import { stripParenthetical } from '../names.js';
import { nameKey } from '../../../src/core/text/normalise.js';
import { isCommonWord } from '../common-words.js';

export const COUNTRIES_LIST = 'countries/countries-list.csv';
export const RIGOUR = 'countries/rigour-territories.json';

const LIST_AS_OF = '2025';
const RIGOUR_AS_OF = '2026-07-16';

/** Codes of no place at all: "Global" (the whole world: "Global Security Bill" read as it), "Cyberspace". */
const PSEUDO_TERRITORIES = new Set(['zz', 'ip']);

/** Names that read as an acronym: no lower-case letter and short ("U.S.", "UAE", "DRC"). */
function isAcronymLike(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase();
}

function isLatin(name: string): boolean {
  return /^[\p{Script=Latin}\p{M}\s.'’\-()&,]+$/u.test(name);
}

/** A licence file shipped beside a source, with line endings made uniform. */
export function readLicence(ctx: BuildContext, file: string): string {
  return readFileSync(join(ctx.dataDir, file), 'utf8').replace(/\r\n/g, '\n').trim();
}

export function readCountries(ctx: BuildContext): void {
  ctx.sources.set('countries-list', {
    id: 'countries-list',
    title: 'countries-list 3.4.1 (annexare/Countries)',
    origin: 'npm countries-list@3.4.1 : countries.csv',
    licence: 'MIT',
    licenceText: readLicence(ctx, 'countries/LICENSE-countries-list-MIT.txt'),
    asOf: LIST_AS_OF,
  });
  ctx.sources.set('rigour', {
    id: 'rigour',
    title: 'rigour territories (OpenSanctions)',
    origin: 'github opensanctions/rigour @ 8f4044dd : resources/territories',
    licence: 'MIT',
    licenceText: readLicence(ctx, 'countries/LICENSE-rigour-MIT.txt'),
    asOf: RIGOUR_AS_OF,
  });
  const listFile = join(ctx.dataDir, COUNTRIES_LIST);
  const { header, rows } = parseCsv(readFileSync(listFile, 'utf8'), COUNTRIES_LIST);
  requireColumns(header, ['Code', 'Name', 'Native', 'Continent', 'Capital'], COUNTRIES_LIST);
  const listByCode = new Map<string, { name: string; native: string; continent: string; capital: string; line: number }>();
  for (const row of rows) {
    const code = row.get('Code');
    if (!/^[A-Z]{2}$/.test(code)) throw new SourceError(COUNTRIES_LIST, row.line, `"Code" must be two capital letters, got "${code}"`);
    const name = row.get('Name');
    if (!name) throw new SourceError(COUNTRIES_LIST, row.line, '"Name" is empty');
    if (listByCode.has(code)) throw new SourceError(COUNTRIES_LIST, row.line, `duplicate country code ${code}`);
    listByCode.set(code, {
      name,
      native: row.get('Native'),
      continent: row.get('Continent'),
      capital: row.get('Capital'),
      line: row.line,
    });
  }

  const rigourFile = join(ctx.dataDir, RIGOUR);
  const items = parseJsonArray(readFileSync(rigourFile, 'utf8'), RIGOUR);
  const seen = new Set<string>();
  const byRigourCode = new Map<string, Draft>();
  const subdivisions: Fields[] = [];
  for (const item of items) {
    const f = Fields.of(item, RIGOUR);
    const code = f.str('code');
    if (!/^[a-z0-9]{1,4}(_[a-z0-9]{1,4})?$/.test(code)) {
      f.fail(`"code" must look like "us" or "us_tx", got "${code}"`);
    }
    if (seen.has(code)) f.fail(`duplicate territory code "${code}"`);
    seen.add(code);
    const qid = f.str('qid');
    if (!/^Q\d+$/.test(qid)) f.fail(`"qid" must be a Wikidata id like Q30, got "${qid}"`);
    if (f.value['is_historical'] === true) continue;
    if (code.includes('_')) {
      // Disputed areas ("x_so") have no ISO country part; they are not first-level divisions.
      if (/^[a-z]{2}_/.test(code)) subdivisions.push(f);
      continue;
    }
    if (!/^[a-z]{2}$/.test(code) || PSEUDO_TERRITORIES.has(code)) continue;
    const cc = code.toUpperCase();
    const list = listByCode.get(cc);
    const name = list?.name ?? stripParenthetical(f.str('name'));
    const d = newDraft(qid, 'place', name, 'rigour', { file: RIGOUR, line: f.line });
    d.country = cc;
    d.keys.add(`iso:${cc}`);
    const alpha3 = f.optStr('alpha3');
    if (alpha3) ctx.alpha3.set(alpha3.toUpperCase(), cc);
    ctx.countries.set(cc, { code: cc, name, qid, ...(alpha3 ? { alpha3: alpha3.toUpperCase() } : {}) });
    const parent = f.optStr('parent');
    const isCountry = f.value['is_country'] === true;
    d.placeType = {
      value: isCountry ? 'country' : 'territory',
      source: 'rigour',
      asOf: RIGOUR_AS_OF,
    };
    if (parent && !isCountry) d.parent = { value: parent.toUpperCase(), source: 'rigour', asOf: RIGOUR_AS_OF };
    d.area = f.optStr('subregion') ?? f.optStr('region') ?? list?.continent;
    if (list?.capital) d.capital = { value: list.capital, source: 'countries-list', asOf: LIST_AS_OF };
    if (list) d.sources.add('countries-list');
    const forms = [f.str('name'), f.optStr('full_name'), f.optStr('in_sentence'), list?.native, ...f.optStrList('names_strong')];
    for (const form of forms) {
      if (!form || !isLatin(form) || form.includes(',')) continue;
      const clean = stripParenthetical(form);
      // A foreign name that is an English word ("Island" is Iceland in Danish) is left out; a
      // dotted acronym ("U.S.") is no word, and counts only in capitals ("US", never "us").
      if (form !== name && isCommonWord(nameKey(clean)) && !(isAcronymLike(clean) && clean.includes('.'))) continue;
      addAlias(d, clean, isAcronymLike(clean) ? AliasType.Acronym : AliasType.Full);
    }
    d.url = f.optStr('wikipedia_url') ?? `https://www.wikidata.org/wiki/${qid}`;
    d.prominence = isCountry ? 900 : 700;
    byRigourCode.set(code, d);
    ctx.drafts.push(d);
  }
  // Countries that countries-list has and rigour does not (rare) still get a place entry.
  for (const [cc, list] of listByCode) {
    if (ctx.countries.has(cc)) continue;
    const d = newDraft(`kb:country:${cc}`, 'place', list.name, 'countries-list', { file: COUNTRIES_LIST, line: list.line });
    d.country = cc;
    d.keys.add(`iso:${cc}`);
    d.placeType = { value: 'territory', source: 'countries-list', asOf: LIST_AS_OF };
    d.area = list.continent;
    if (list.capital) d.capital = { value: list.capital, source: 'countries-list', asOf: LIST_AS_OF };
    d.prominence = 600;
    ctx.countries.set(cc, { code: cc, name: list.name });
    ctx.drafts.push(d);
  }
  for (const f of subdivisions) {
    const code = f.str('code');
    const [cc, sub] = code.toUpperCase().split('_') as [string, string];
    const region = `${cc}-${sub}`;
    const name = stripParenthetical(f.str('name'));
    const d = newDraft(f.str('qid'), 'place', name, 'rigour', { file: RIGOUR, line: f.line });
    d.country = cc;
    d.region = region;
    d.regionName = name;
    d.keys.add(`region:${region}`);
    d.placeType = { value: cc === 'US' ? 'state' : 'first-level division', source: 'rigour', asOf: RIGOUR_AS_OF };
    if (region === 'US-DC') d.placeType = { value: 'federal district', source: 'rigour', asOf: RIGOUR_AS_OF };
    for (const form of f.optStrList('names_strong')) {
      if (isLatin(form) && !form.includes(',') && form !== form.toUpperCase()) addAlias(d, stripParenthetical(form), AliasType.Full);
    }
    d.url = f.optStr('wikipedia_url') ?? `https://www.wikidata.org/wiki/${f.str('qid')}`;
    // Below a national capital of the same name: "Washington" in the news is the capital first.
    d.prominence = cc === 'US' ? 780 : 650;
    ctx.regionNames.set(region, name);
    if (cc === 'US') ctx.usStates.set(sub, name);
    ctx.drafts.push(d);
  }
  ctx.log.push(`countries: ${ctx.countries.size} countries and territories, ${subdivisions.length} subdivisions from rigour`);
}
