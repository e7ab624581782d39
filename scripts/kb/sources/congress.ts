/**
 * The US Congress and the executive from unitedstates/congress-legislators (CC0): members now
 * serving (full term history), past members (last term only, no term dates), and presidents
 * and vice presidents. Also the two chambers themselves, with their party make-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasType } from '../../../src/core/kb/lookup.js';
import { parseCsv, requireColumns } from '../csv.js';
import { SourceError } from '../errors.js';
import { Fields, parseJsonArray } from '../json.js';
import { addAlias, isIsoDate, newDraft, yearOf, type Draft, type Role } from '../model.js';
import { noteGivenName, type BuildContext } from '../context.js';
import { addPersonNames, givenName, stripParenthetical, type PersonName } from '../names.js';

export const CURRENT = 'us-congress/legislators-current.json';
export const EXECUTIVE = 'us-congress/executive.json';
export const HISTORICAL = 'us-congress/legislators-historical.csv';
/** The snapshot date: terms are current when they run past it. */
export const CONGRESS_AS_OF = '2026-06-15';
const SRC = 'congress';

/** Born before this year and not known to be serving: treated as a historical figure. */
export const HISTORICAL_BEFORE = 1926;

const OLD_TERRITORIES: Record<string, string> = {
  DK: 'Dakota Territory',
  OL: 'Territory of Orleans',
  PI: 'the Philippine Islands',
};

function stateName(ctx: BuildContext, code: string, ref: { file: string; line: number }): string {
  const name = ctx.usStates.get(code) ?? OLD_TERRITORIES[code] ?? ctx.countries.get(code)?.name;
  if (!name) throw new SourceError(ref.file, ref.line, `unknown state code "${code}"`);
  return name;
}

function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

export function seatTitle(type: string, state: string, district?: number): string {
  if (type === 'sen') return `U.S. Senator from ${state}`;
  if (district === undefined || Number.isNaN(district)) return `U.S. Representative from ${state}`;
  if (district <= 0) return `U.S. Representative for ${state} (at-large)`;
  return `U.S. Representative for ${state}'s ${ordinal(district)} district`;
}

export interface Term {
  type: string;
  start: string;
  end: string;
  state?: string;
  district?: number;
  party?: string;
}

function readTerms(f: Fields): Term[] {
  const terms = f.list('terms').map((t) => {
    const type = t.str('type');
    const start = t.str('start');
    const end = t.str('end');
    if (!isIsoDate(start) || !isIsoDate(end)) f.fail(`a term has a bad date (${start} – ${end})`);
    if (end < start) f.fail(`a term ends (${end}) before it starts (${start})`);
    const district = t.optNum('district');
    return { type, start, end, state: t.optStr('state'), district, party: t.optStr('party') } as Term;
  });
  if (terms.length === 0) f.fail('a person with no terms');
  return terms;
}

/** A gap longer than this between two terms in the same seat means two separate tenures. */
const MAX_TERM_GAP_DAYS = 90;

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/** Back-to-back terms in the same seat become one role (Trump 2017–2021 and 2025– are two). */
export function runs(terms: Term[], title: (t: Term) => string): { title: string; since: string; until: string }[] {
  const out: { title: string; since: string; until: string }[] = [];
  for (const t of terms) {
    const name = title(t);
    const last = out[out.length - 1];
    if (last && last.title === name && daysBetween(last.until, t.start) <= MAX_TERM_GAP_DAYS) last.until = t.end;
    else out.push({ title: name, since: t.start, until: t.end });
  }
  return out;
}

function personName(f: Fields): PersonName {
  const n = f.obj('name');
  const official = n.optStr('official_full');
  const first = n.str('first');
  const last = n.str('last');
  // 'Eric A. "Rick" Crawford' carries a nickname in quotes.
  const quoted = official ? /"([^"]+)"/.exec(official)?.[1] : undefined;
  const nickname = n.optStr('nickname') ?? quoted;
  const officialClean = official?.replace(/\s*"[^"]+"\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const full = officialClean ?? `${nickname ?? first} ${last}`;
  const others: string[] = [];
  const wiki = f.obj('id').optStr('wikipedia');
  if (wiki) others.push(stripParenthetical(wiki));
  // The Wikipedia title is the name news uses ("Bernie Sanders", not "Bernard Sanders").
  const canonical = wiki ? stripParenthetical(wiki) : nickname && !officialClean ? `${nickname} ${last}` : full;
  if (canonical !== full) others.push(full);
  return {
    full: canonical,
    first,
    middle: n.optStr('middle'),
    last,
    suffix: n.optStr('suffix'),
    nickname,
    others,
  };
}

function birth(f: Fields): number | undefined {
  const bio = f.optObj('bio');
  const b = bio?.optStr('birthday');
  if (!b) return undefined;
  if (!isIsoDate(b)) f.fail(`"bio.birthday" must be YYYY-MM-DD, got "${b}"`);
  return yearOf(b);
}

function wikiUrl(title: string | undefined): string | undefined {
  return title ? `https://en.wikipedia.org/wiki/${encodeURI(title.replace(/ /g, '_'))}` : undefined;
}

function personDraft(ctx: BuildContext, f: Fields, file: string): Draft {
  const ids = f.obj('id');
  const bioguide = ids.optStr('bioguide');
  const qid = ids.optStr('wikidata');
  if (qid && !/^Q\d+$/.test(qid)) f.fail(`"id.wikidata" must look like Q123, got "${qid}"`);
  if (bioguide && !/^[A-Z]\d{6}$/.test(bioguide)) f.fail(`"id.bioguide" must look like A000001, got "${bioguide}"`);
  const govtrack = ids.optNum('govtrack');
  const name = personName(f);
  const id = qid ?? (bioguide ? `kb:bioguide:${bioguide}` : govtrack !== undefined ? `kb:govtrack:${govtrack}` : undefined);
  if (!id) f.fail('a person with no Wikidata, bioguide or govtrack id');
  const d = newDraft(id, 'person', name.full, SRC, { file, line: f.line });
  if (ids.optStr('wikipedia')) d.titleName = true;
  d.country = 'US';
  addPersonNames(d, name, 'US');
  noteGivenName(ctx, givenName(name));
  if (bioguide) d.keys.add(`bioguide:${bioguide}`);
  if (govtrack !== undefined) d.keys.add(`govtrack:${govtrack}`);
  const born = birth(f);
  if (born !== undefined) d.born = { value: born, source: SRC, asOf: CONGRESS_AS_OF };
  d.url = wikiUrl(ids.optStr('wikipedia')) ?? (bioguide ? `https://bioguide.congress.gov/search/bio/${bioguide}` : undefined);
  const gender = f.optObj('bio')?.optStr('gender');
  if (gender) d.gender = gender;
  return d;
}

function asRole(r: { title: string; since: string; until: string }, current: boolean): Role {
  return current
    ? { title: r.title, since: r.since, source: SRC, asOf: CONGRESS_AS_OF }
    : { title: r.title, since: r.since, until: r.until, source: SRC, asOf: CONGRESS_AS_OF };
}

export function readCongress(ctx: BuildContext): { senate: Map<string, number>; house: Map<string, number> } {
  ctx.sources.set(SRC, {
    id: SRC,
    title: 'congress-legislators (unitedstates project)',
    origin: 'github unitedstates/congress-legislators @ 61c9ce6a (2026-06-15)',
    licence: 'CC0 1.0',
    asOf: CONGRESS_AS_OF,
  });
  const senate = new Map<string, number>();
  const house = new Map<string, number>();

  // Members now serving.
  const current = parseJsonArray(readFileSync(join(ctx.dataDir, CURRENT), 'utf8'), CURRENT);
  for (const item of current) {
    const f = Fields.of(item, CURRENT);
    const d = personDraft(ctx, f, CURRENT);
    const terms = readTerms(f);
    const seats = runs(terms, (t) => {
      if (t.type !== 'sen' && t.type !== 'rep') f.fail(`unknown term type "${t.type}"`);
      if (!t.state) return f.fail('a term without a state');
      const state = stateName(ctx, t.state, { file: CURRENT, line: f.line });
      return t.type === 'sen' ? seatTitle('sen', state) : seatTitle('rep', state, t.district);
    });
    const now = seats[seats.length - 1];
    const last = terms[terms.length - 1] as Term;
    if (now) d.roles.push(asRole(now, true));
    for (const r of seats.slice(0, -1).reverse()) d.previousRoles.push(asRole(r, false));
    if (last.party) d.party = { value: last.party, source: SRC, asOf: CONGRESS_AS_OF };
    if (last.state) {
      d.region = `US-${last.state}`;
      d.regionName = ctx.usStates.get(last.state);
    }
    const chamber = last.type === 'sen' ? senate : house;
    chamber.set(last.party ?? 'Unknown', (chamber.get(last.party ?? 'Unknown') ?? 0) + 1);
    const years = Number(CONGRESS_AS_OF.slice(0, 4)) - (yearOf(terms[0]?.start) ?? 2026);
    d.prominence = (last.type === 'sen' ? 620 : 460) + Math.min(80, years * 2);
    ctx.drafts.push(d);
  }

  // Presidents and vice presidents.
  const exec = parseJsonArray(readFileSync(join(ctx.dataDir, EXECUTIVE), 'utf8'), EXECUTIVE);
  const presTerms: { start: string; id: string }[] = [];
  const execDrafts: { d: Draft; terms: Term[] }[] = [];
  for (const item of exec) {
    const f = Fields.of(item, EXECUTIVE);
    const d = personDraft(ctx, f, EXECUTIVE);
    const terms = readTerms(f);
    for (const t of terms) {
      if (t.type !== 'prez' && t.type !== 'viceprez') f.fail(`unknown executive term type "${t.type}"`);
      if (t.type === 'prez') presTerms.push({ start: t.start, id: d.id });
    }
    execDrafts.push({ d, terms });
  }
  // Number the presidencies: a new number each time the holder changes (Cleveland has two).
  presTerms.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const numbers = new Map<string, number>();
  let count = 0;
  let prev = '';
  for (const t of presTerms) {
    if (t.id !== prev) count++;
    prev = t.id;
    numbers.set(`${t.id}|${t.start}`, count);
  }
  for (const { d, terms } of execDrafts) {
    const title = (t: Term) => (t.type === 'prez' ? 'President of the United States' : 'Vice President of the United States');
    const offices = runs(terms, title);
    let best = 0;
    const roles: Role[] = [];
    for (const r of offices) {
      const isCurrent = r.until > CONGRESS_AS_OF && r.since <= CONGRESS_AS_OF;
      const n = numbers.get(`${d.id}|${r.since}`);
      const role = asRole(r, isCurrent);
      if (n !== undefined) role.title = `${ordinal(n)} ${role.title}`;
      if (isCurrent) d.roles.push(role);
      else roles.push(role);
      const president = r.title.startsWith('President');
      best = Math.max(best, isCurrent ? (president ? 1000 : 950) : president ? 820 : 660);
    }
    d.previousRoles.push(...roles.reverse());
    const last = terms[terms.length - 1];
    if (last?.party) d.party = { value: last.party, source: SRC, asOf: CONGRESS_AS_OF };
    d.prominence = best;
    if (d.roles.length === 0 && (d.born?.value ?? 0) < HISTORICAL_BEFORE) {
      d.historical = true;
      d.prominence -= 60;
    }
    ctx.drafts.push(d);
  }

  // Past members: one row each, their last term only, without dates.
  const { header, rows } = parseCsv(readFileSync(join(ctx.dataDir, HISTORICAL), 'utf8'), HISTORICAL);
  requireColumns(header, ['last_name', 'first_name', 'middle_name', 'suffix', 'nickname', 'full_name', 'birthday', 'type', 'state', 'district', 'party', 'bioguide_id', 'wikipedia_id'], HISTORICAL);
  const seen = new Set<string>();
  for (const row of rows) {
    const ref = { file: HISTORICAL, line: row.line };
    const bioguide = row.get('bioguide_id');
    if (!/^[A-Z]\d{6}$/.test(bioguide)) throw new SourceError(HISTORICAL, row.line, `bioguide_id must look like A000001, got "${bioguide}"`);
    if (seen.has(bioguide)) throw new SourceError(HISTORICAL, row.line, `bioguide_id ${bioguide} appears twice`);
    seen.add(bioguide);
    const first = row.get('first_name');
    const last = row.get('last_name');
    if (!first || !last) throw new SourceError(HISTORICAL, row.line, 'first_name and last_name are required');
    const type = row.get('type');
    if (type !== 'sen' && type !== 'rep') throw new SourceError(HISTORICAL, row.line, `type must be "sen" or "rep", got "${type}"`);
    const birthday = row.get('birthday');
    if (birthday && !/^\d{4}-\d{2}-\d{2}$/.test(birthday)) throw new SourceError(HISTORICAL, row.line, `birthday must be YYYY-MM-DD, got "${birthday}"`);
    const districtText = row.get('district');
    if (districtText && !/^-?\d+$/.test(districtText)) throw new SourceError(HISTORICAL, row.line, `district must be a number, got "${districtText}"`);
    const nickname = row.get('nickname') || undefined;
    const wiki = row.get('wikipedia_id') || undefined;
    const listed = (row.get('full_name') || `${nickname ?? first} ${last}`).replace(/\s*"[^"]+"\s*/g, ' ').trim();
    const name: PersonName = {
      full: wiki ? stripParenthetical(wiki) : listed,
      first,
      middle: row.get('middle_name') || undefined,
      last,
      suffix: row.get('suffix') || undefined,
      nickname,
      others: [listed],
    };
    const d = newDraft(`kb:bioguide:${bioguide}`, 'person', name.full, SRC, ref);
    if (wiki) d.titleName = true;
    d.country = 'US';
    addPersonNames(d, name, 'US');
    noteGivenName(ctx, givenName(name));
    d.keys.add(`bioguide:${bioguide}`);
    const govtrack = row.get('govtrack_id');
    if (govtrack) d.keys.add(`govtrack:${govtrack}`);
    const state = stateName(ctx, row.get('state'), ref);
    d.previousRoles.push({
      title: seatTitle(type, state, districtText ? Number(districtText) : undefined),
      source: SRC,
      asOf: CONGRESS_AS_OF,
    });
    const party = row.get('party');
    if (party) d.party = { value: party, source: SRC, asOf: CONGRESS_AS_OF };
    const born = yearOf(birthday);
    if (born !== undefined) d.born = { value: born, source: SRC, asOf: CONGRESS_AS_OF };
    d.region = `US-${row.get('state')}`;
    d.regionName = ctx.usStates.get(row.get('state'));
    d.url = wikiUrl(wiki) ?? `https://bioguide.congress.gov/search/bio/${bioguide}`;
    const gender = row.get('gender');
    if (gender) d.gender = gender;
    // Without a birth date the record is old (the source lacks them mostly for early members).
    d.historical = born === undefined || born < HISTORICAL_BEFORE;
    d.prominence = (type === 'sen' ? 260 : 160) + (d.historical ? 0 : 120);
    ctx.drafts.push(d);
  }
  ctx.log.push(`congress: ${current.length} serving, ${exec.length} executive, ${rows.length} past members`);
  return { senate, house };
}

/** The chambers as organisations, described by their make-up in the same snapshot. */
export function congressBodies(ctx: BuildContext, chambers: { senate: Map<string, number>; house: Map<string, number> }): void {
  const ref = { file: CURRENT, line: 1 };
  const makeUp = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([party, n]) => `${n} ${party}${n === 1 ? '' : 's'}`)
      .join(', ');
  const congress = newDraft('Q11268', 'org', 'United States Congress', SRC, ref);
  for (const a of ['U.S. Congress', 'US Congress']) addAlias(congress, a, AliasType.Full);
  addAlias(congress, 'Congress', AliasType.Short);
  congress.orgType = { value: 'national legislature', source: SRC, asOf: CONGRESS_AS_OF };
  congress.country = 'US';
  congress.url = 'https://en.wikipedia.org/wiki/United_States_Congress';
  congress.prominence = 900;

  const senate = newDraft('Q66096', 'org', 'United States Senate', SRC, ref);
  for (const a of ['U.S. Senate', 'US Senate']) addAlias(senate, a, AliasType.Full);
  addAlias(senate, 'Senate', AliasType.Short);
  senate.orgType = { value: 'upper house of Congress', source: SRC, asOf: CONGRESS_AS_OF };
  senate.parent = { value: 'United States Congress', source: SRC, asOf: CONGRESS_AS_OF };
  senate.extra.push({ label: 'Members', value: makeUp(chambers.senate), source: SRC, asOf: CONGRESS_AS_OF });
  senate.country = 'US';
  senate.url = 'https://en.wikipedia.org/wiki/United_States_Senate';
  senate.prominence = 880;

  const house = newDraft('Q11701', 'org', 'United States House of Representatives', SRC, ref);
  for (const a of ['U.S. House of Representatives', 'House of Representatives', 'U.S. House', 'US House']) addAlias(house, a, AliasType.Full);
  // The Federal Register lists the House among agencies; it is this entity.
  house.keys.add('fr:u-s-house-of-representatives');
  house.orgType = { value: 'lower house of Congress', source: SRC, asOf: CONGRESS_AS_OF };
  house.parent = { value: 'United States Congress', source: SRC, asOf: CONGRESS_AS_OF };
  house.extra.push({ label: 'Members', value: `${makeUp(chambers.house)} (with non-voting delegates)`, source: SRC, asOf: CONGRESS_AS_OF });
  house.country = 'US';
  house.url = 'https://en.wikipedia.org/wiki/United_States_House_of_Representatives';
  house.prominence = 880;
  ctx.drafts.push(congress, senate, house);
}
