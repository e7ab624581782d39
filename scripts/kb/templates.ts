/**
 * Descriptions composed from facts. Every sentence a card shows is built here from a draft's
 * fields, never copied from anywhere, so it can be no more (and no less) true than the facts.
 * Shapes, by kind:
 *   person  "<current office> since <date>; previously <office> (<years>); <party>; born <year>"
 *           "<occupation> from <country> (1732–1799)" for historical figures
 *   org     "<type> of <country>, part of <parent>"
 *   place   "<type> in <county>, <region>, <country>; population <n>"
 */
import type { Fact } from '../../src/core/types.js';
import type { Draft, Role } from './model.js';

export interface TemplateContext {
  countryName(code: string): string | undefined;
  /** A source id's credit line for facts ("congress-legislators …"); overlay facts carry their own. */
  sourceTitle(id: string): string;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2025-01-20" → "January 2025"; "2001" → "2001". */
export function monthYear(date: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return date.slice(0, 4);
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${m[1]}` : (m[1] as string);
}

/** A year for display: negative years are BC. */
export function yearText(year: number): string {
  return year < 0 ? `${-year} BC` : String(year);
}

/** "(2017–2021)", "(from 2017)", "" */
export function span(r: Role): string {
  const a = r.since?.slice(0, 4);
  const b = r.until?.slice(0, 4);
  if (a && b) return a === b ? ` (${a})` : ` (${a}–${b})`;
  if (a) return ` (from ${a})`;
  if (b) return ` (until ${b})`;
  return '';
}

const NEEDS_THE = /^(United |Republic |Democratic Republic|Central African|Dominican Republic|Czech Republic|Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Seychelles$|Holy See$|Vatican$)|Islands$/;

/** "United States" → "the United States" for use after "from"/"in". */
export function inSentence(country: string): string {
  return NEEDS_THE.test(country) ? `the ${country}` : country;
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function lifespan(d: Draft): string {
  if (!d.born && !d.died) return '';
  if (d.born && d.died) return `(${yearText(d.born.value)}–${yearText(d.died.value)})`;
  if (d.died) return `(died ${yearText(d.died.value)})`;
  return `(born ${yearText(d.born!.value)})`;
}

/** A second current office goes into the description only when it reads briefly. */
const MAX_SECOND_ROLE = 64;

function describePerson(d: Draft, t: TemplateContext): string {
  const parts: string[] = [];
  const now = d.roles[0];
  const before = d.previousRoles[0];
  const country = d.country ? t.countryName(d.country) : undefined;
  if (now) {
    parts.push(`${now.title}${now.since ? ` since ${monthYear(now.since)}` : ''}`);
    // A second office when it is short ("Chair of the Senate Armed Services Committee").
    const also = d.roles[1];
    if (also && also.title.length <= MAX_SECOND_ROLE) parts.push(also.title);
    if (before) parts.push(`previously ${before.title}${span(before)}`);
  } else if (before) {
    parts.push(`${d.historical ? '' : 'Former '}${before.title}${span(before)}`);
  } else if (d.occupation) {
    parts.push(`${capitalise(d.occupation.value)}${country ? ` from ${inSentence(country)}` : ''}`);
  } else if (country) {
    parts.push(`Person from ${inSentence(country)}`);
  }
  if ((now || before) && d.occupation && !/politician/.test(d.occupation.value)) parts.push(d.occupation.value);
  if (d.party) parts.push(d.party.value);
  let text = parts.join('; ');
  if (d.historical) {
    const life = lifespan(d);
    text = life ? `${text} ${life}` : text;
  } else if (d.born) {
    text = `${text}${text ? '; ' : ''}born ${yearText(d.born.value)}`;
  }
  return capitalise(text.trim());
}

/** Parent bodies that read with "the" ("part of the U.S. Department of Defense"). */
function withArticle(parent: string): string {
  const bare = parent.replace(/^the /, '');
  return /^(U\.S\.\s|(United|Department|Office|Bureau|National|Federal|Executive|European)\b)|(Department|Command|Congress|Ministry|Council|Union|Forces)$/.test(bare)
    ? `the ${bare}`
    : bare;
}

/** Organisation types that belong to a state: "… of the United States". */
const STATE_BODY = /command|department|agency|legislature|house|ministry|armed forces|army|navy|air force|service|administration|bureau|office|police|government|court/i;

function describeOrg(d: Draft, t: TemplateContext): string {
  const type = d.orgType?.value ?? 'organisation';
  const country = d.country ? t.countryName(d.country) : undefined;
  const extra = (label: string) => d.extra.find((e) => e.label === label)?.value;
  if (type === 'company') {
    const parts = [`Company${extra('Industry') ? ` (${extra('Industry')})` : ''}`];
    if (extra('Headquarters')) parts[0] += `, headquartered in ${extra('Headquarters')}`;
    if (extra('Founded')) parts.push(`founded ${extra('Founded')}`);
    if (extra('In the S&P 500 since')) parts.push(`in the S&P 500 since ${extra('In the S&P 500 since')}`);
    return parts.join('; ');
  }
  let text = capitalise(type);
  const mentionsCountry = country !== undefined && (type.includes(country) || (d.country === 'US' && /\bU\.S\.|\bUS\b|federal/.test(type)));
  if (/federal/.test(type) && d.country === 'US' && !/\bU\.S\./.test(type)) text = `U.S. ${type}`;
  else if (country && !mentionsCountry) {
    if (type === 'political party') text += ` in ${inSentence(country)}`;
    else if (STATE_BODY.test(type)) text += ` of ${inSentence(country)}`;
    else if (!/international|alliance|binational|multinational/i.test(type)) text += `, ${country}`;
  }
  if (d.parent) text += `, part of ${withArticle(d.parent.value)}`;
  const members = extra('Members');
  if (members) text += `; ${members}`;
  const leader = d.roles[0];
  if (leader) text += `; ${leader.title}`;
  return text;
}

function describePlace(d: Draft, t: TemplateContext): string {
  const type = d.placeType?.value ?? 'place';
  const country = d.country ? t.countryName(d.country) : undefined;
  const countryLevel = [...d.keys].some((k) => k.startsWith('iso:'));
  if (countryLevel) {
    const parentName = d.parent ? t.countryName(d.parent.value) : undefined;
    let text = type === 'territory' && parentName ? `Territory of ${parentName}` : capitalise(type);
    if (d.area) text += ` in ${/^(Caribbean|Middle East)$/.test(d.area) ? `the ${d.area}` : d.area}`;
    if (d.capital) text += `; capital ${d.capital.value}`;
    return text;
  }
  if (type === 'state' && d.country === 'US') return 'U.S. state';
  if (type === 'first-level division') return `First-level administrative division of ${country ? inSentence(country) : 'its country'}`;
  const where = [d.districtName, d.regionName !== d.name ? d.regionName : undefined, country !== d.name ? country : undefined]
    .filter(Boolean)
    .join(', ');
  let text = `${capitalise(type)}${where ? ` in ${where}` : ''}`;
  if (d.population && d.population.value > 0) text += `; population ${d.population.value.toLocaleString('en-US')}`;
  return text;
}

export function describe(d: Draft, t: TemplateContext): string {
  const text = d.kind === 'person' ? describePerson(d, t) : d.kind === 'org' ? describeOrg(d, t) : describePlace(d, t);
  return text.replace(/\s+/g, ' ').trim();
}

/** The facts a card lists, each with its source and as-of date. */
export function facts(d: Draft, t: TemplateContext): Fact[] {
  const out: Fact[] = [];
  const src = (s: string) => (s.startsWith('overlay: ') ? s : t.sourceTitle(s));
  const add = (label: string, value: string, source: string, asOf: string) => out.push({ label, value, source: src(source), asOf });
  for (const r of d.roles) add('Office', `${r.title}${r.since ? ` (since ${monthYear(r.since)})` : ''}`, r.source, r.asOf);
  for (const r of d.previousRoles) add('Previously', `${r.title}${span(r)}`, r.source, r.asOf);
  if (d.party) add('Party', d.party.value, d.party.source, d.party.asOf);
  if (d.occupation) add('Occupation', d.occupation.value, d.occupation.source, d.occupation.asOf);
  if (d.born) add('Born', yearText(d.born.value), d.born.source, d.born.asOf);
  if (d.died) add('Died', yearText(d.died.value), d.died.source, d.died.asOf);
  if (d.orgType) add('Type', d.orgType.value, d.orgType.source, d.orgType.asOf);
  if (d.placeType) add('Type', d.placeType.value, d.placeType.source, d.placeType.asOf);
  if (d.parent) {
    const parent = d.kind === 'place' ? (t.countryName(d.parent.value) ?? d.parent.value) : d.parent.value;
    add('Part of', parent, d.parent.source, d.parent.asOf);
  }
  if (d.kind === 'place' && d.placeType && d.placeType.value !== 'country' && d.placeType.value !== 'territory') {
    const country = d.country ? t.countryName(d.country) : undefined;
    if (d.regionName && d.regionName !== d.name) add('Region', d.regionName, d.placeType.source, d.placeType.asOf);
    if (country) add('Country', country, d.placeType.source, d.placeType.asOf);
  }
  if (d.capital) add('Capital', d.capital.value, d.capital.source, d.capital.asOf);
  if (d.population) add('Population', d.population.value.toLocaleString('en-US'), d.population.source, d.population.asOf);
  for (const e of d.extra) add(e.label, e.value, e.source, e.asOf);
  if (d.uncertain) add('Uncertain', d.uncertain, 'overlay: reviewer note', d.asOf ?? '');
  return out;
}
