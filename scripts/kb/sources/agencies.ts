/**
 * US federal agencies from the Federal Register's agency list (public domain). The list writes
 * names inverted for sorting ("Homeland Security Department"); news writes "Department of
 * Homeland Security", "the Justice Department" and "DHS". The build adds the forms news uses
 * and keeps the inverted one as a short form, since news uses many of those too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasType } from '../../../src/core/kb/lookup.js';
import { SourceError } from '../errors.js';
import { Fields, parseJsonArray } from '../json.js';
import { addAlias, newDraft, type Draft } from '../model.js';
import type { BuildContext } from '../context.js';
import { isCommonWord } from '../common-words.js';

export const AGENCIES = 'orgs/federal-register-agencies.json';
const SRC = 'federal-register';
const AS_OF = '2022-09';

/** Departments whose natural name takes "the" ("Department of the Treasury"). */
const WITH_THE = new Set(['Army', 'Navy', 'Air Force', 'Treasury', 'Interior']);
/** "X Bureau" names that are already the natural form. */
const NATURAL_BUREAUS = new Set([
  'Census Bureau',
  'Consumer Financial Protection Bureau',
  'Alcohol and Tobacco Tax and Trade Bureau',
]);
/** Inverted names with no simple rule. */
const RENAMED: Record<string, string> = {
  'Management and Budget Office': 'Office of Management and Budget',
  'Personnel Management Office': 'Office of Personnel Management',
  'Foreign Assets Control Office': 'Office of Foreign Assets Control',
  'Government Ethics Office': 'Office of Government Ethics',
  'Federal Register Office': 'Office of the Federal Register',
  'Justice Programs Office': 'Office of Justice Programs',
  'National Intelligence, Office of the National Director': 'Office of the Director of National Intelligence',
  'Alcohol, Tobacco, Firearms, and Explosives Bureau': 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
  'Science and Technology Policy Office': 'Office of Science and Technology Policy',
  'Trade Representative, Office of United States': 'Office of the United States Trade Representative',
  'Special Counsel Office': 'Office of Special Counsel',
};
/**
 * Short names that are words or other things first ("USA" is the country; "CSS" is Cascading
 * Style Sheets far more often than the NSA's Central Security Service, "DOS" an operating system
 * or a denial of service, "LOC" lines of code or the Line of Control).
 */
const BAD_ACRONYMS = new Set(['USA', 'ACTION', 'ARCTIC', 'APPAL', 'DC', 'ED', 'NE', 'OO', 'AMERICORPS', 'CSS', 'DOS', 'LOC']);

/** The natural (news) form of a Federal Register agency name. */
export function naturalAgencyName(name: string): string {
  const renamed = RENAMED[name];
  if (renamed) return renamed;
  const dept = /^([^,]+) Department$/.exec(name);
  if (dept) {
    const subject = dept[1] as string;
    return `Department of ${WITH_THE.has(subject) ? 'the ' : ''}${subject}`;
  }
  const bureau = /^([^,]+) Bureau$/.exec(name);
  if (bureau && !NATURAL_BUREAUS.has(name)) return `Bureau of ${bureau[1] as string}`;
  return name;
}

function acronymsOf(short: string | undefined): string[] {
  if (!short) return [];
  return short
    .split(/[/\s]+/)
    .filter((s) => /^[A-Z][A-Za-z]{1,6}$/.test(s) && s.length >= 3 && s.replace(/[^A-Z]/g, '').length >= 3)
    .filter((s) => !BAD_ACRONYMS.has(s) && !isCommonWord(s.toLowerCase()));
}

export function readAgencies(ctx: BuildContext): void {
  ctx.sources.set(SRC, {
    id: SRC,
    title: 'Federal Register agencies list (federalregister.gov API)',
    origin: 'github mfebrizio/public-inspection-midnight-rules @ 66698496 : data/agencies.json',
    licence: 'Public domain (US government work, 17 U.S.C. §105)',
    asOf: AS_OF,
  });
  const items = parseJsonArray(readFileSync(join(ctx.dataDir, AGENCIES), 'utf8'), AGENCIES);
  const byId = new Map<number, { d: Draft; parentId?: number; acronyms: string[]; raw: string }>();
  for (const item of items) {
    const f = Fields.of(item, AGENCIES);
    const id = f.optNum('id') ?? f.fail('"id" is required');
    if (!Number.isInteger(id)) f.fail('"id" must be a whole number');
    if (byId.has(id)) f.fail(`agency id ${id} appears twice`);
    const raw = f.str('name');
    const slug = f.str('slug');
    if (!/^[a-z0-9-]+$/.test(slug)) f.fail(`"slug" must be lower-case words and hyphens, got "${slug}"`);
    const parentId = f.optNum('parent_id');
    const natural = naturalAgencyName(raw);
    const d = newDraft(`kb:fr:${slug}`, 'org', natural, SRC, { file: AGENCIES, line: f.line });
    d.keys.add(`fr:${slug}`);
    if (natural !== raw) addAlias(d, raw, AliasType.Short);
    // "U.S. Immigration and Customs Enforcement" is also written without "U.S.".
    const bare = natural.replace(/^(U\.S\.|United States) /, '');
    // "United States Mint" is not "Mint": keep only bare forms of more than one word.
    if (bare !== natural && bare.includes(' ')) addAlias(d, bare, AliasType.Full);
    else if (bare === natural) addAlias(d, `U.S. ${natural}`, AliasType.Full);
    if (natural.startsWith('Department of ')) addAlias(d, `United States ${natural}`, AliasType.Full);
    d.country = 'US';
    d.url = f.optStr('agency_url') || f.optStr('url');
    d.orgType = {
      value: natural.startsWith('Department of ') && parentId === undefined ? 'federal executive department' : 'federal agency',
      source: SRC,
      asOf: AS_OF,
    };
    d.prominence = d.orgType.value === 'federal executive department' ? 800 : parentId === undefined ? 480 : 400;
    byId.set(id, { d, ...(parentId !== undefined ? { parentId } : {}), acronyms: acronymsOf(f.optStr('short_name')), raw });
  }
  // An acronym two agencies share is kept only by a top-level one, else dropped.
  const users = new Map<string, { d: Draft; top: boolean }[]>();
  for (const a of byId.values()) {
    for (const acr of a.acronyms) {
      const list = users.get(acr) ?? [];
      list.push({ d: a.d, top: a.parentId === undefined });
      users.set(acr, list);
    }
  }
  for (const [acr, list] of users) {
    const top = list.filter((u) => u.top);
    const winners = list.length === 1 ? list : top.length === 1 ? top : [];
    for (const w of winners) addAlias(w.d, acr, AliasType.Acronym);
  }
  for (const [, a] of byId) {
    if (a.parentId !== undefined) {
      const parent = byId.get(a.parentId);
      if (!parent) throw new SourceError(AGENCIES, a.d.ref.line, `parent_id ${a.parentId} names no agency in the file`);
      a.d.parent = { value: parent.d.name, source: SRC, asOf: AS_OF };
    }
    ctx.drafts.push(a.d);
  }
  ctx.log.push(`federal register: ${items.length} agencies`);
}
