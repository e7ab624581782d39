/**
 * The forms news writing uses for a person: full name, first + last, nickname + last, the
 * surname alone (with its particles, and both family names where Spanish naming gives two).
 */
import { AliasType } from '../../src/core/kb/lookup.js';
import { addAlias, type Draft } from './model.js';

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'v']);
const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'dos', 'das', 'do', 'la', 'le',
  'al', 'el', 'bin', 'ibn', 'ter', 'ten', 'zu', 'st.', 'mac', 'y',
]);
/** Countries whose names are written family name first ("Xi Jinping", "Kim Jong-un"). */
export const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'VN']);

/** Countries where a person usually carries two family names (paternal, maternal). */
const TWO_SURNAME_COUNTRIES = new Set([
  'ES', 'MX', 'AR', 'CO', 'PE', 'VE', 'CL', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR',
  'PA', 'UY',
]);

/** Drops a trailing generational suffix ("Jr.", "III") and commas before it. */
export function stripSuffix(name: string): string {
  const parts = name.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  // "Leo II" is a regnal name, not "Leo" with a suffix: keep at least two words.
  while (parts.length > 2 && SUFFIXES.has((parts[parts.length - 1] ?? '').toLowerCase())) parts.pop();
  return parts.join(' ');
}

/** Drops a Wikipedia-style disambiguation ("Richard Bassett (Delaware politician)"). */
export function stripParenthetical(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

/**
 * The surnames a person may be called by alone, best first. `last` is the family name when a
 * source gives it; otherwise it is guessed from the full name.
 */
export function surnames(fullName: string, last?: string, country?: string): string[] {
  if (last) {
    const clean = stripSuffix(last);
    const out = [clean];
    // A two-part family name "Cortez Masto" is also read as its first part in later mentions.
    const parts = clean.split(/[\s]+/);
    if (parts.length === 2 && !PARTICLES.has((parts[0] ?? '').toLowerCase())) out.push(parts[0] ?? '');
    return out.filter(Boolean);
  }
  const parts = stripSuffix(stripParenthetical(fullName)).split(/\s+/).filter(Boolean);
  if (parts.length < 2) return [];
  // Chinese, Korean and Vietnamese names put the family name first ("Xi Jinping" is "Xi").
  if (country && FAMILY_NAME_FIRST.has(country)) return parts[0] && parts[0].length > 1 ? [parts[0]] : [];
  // Regnal and religious names ("Maximilian I of Mexico", "Louis XIV", "John the Baptist")
  // have no surname: their last word is a place, a number or an epithet.
  if (parts.some((p) => /^(of|the|von der)$/i.test(p) || /^[IVXL]+$/.test(p))) return [];
  // Initials or one-letter tokens at the end are not surnames.
  let i = parts.length - 1;
  while (i > 1 && PARTICLES.has((parts[i - 1] ?? '').toLowerCase())) i--;
  const single = parts.slice(i).join(' ');
  const out: string[] = [];
  if (country && TWO_SURNAME_COUNTRIES.has(country) && parts.length >= 3 && i === parts.length - 1) {
    const two = parts.slice(parts.length - 2);
    if (!two.some((p) => PARTICLES.has(p.toLowerCase()))) {
      out.push(two.join(' '));
      out.push(two[0] ?? '');
    }
  }
  out.push(single);
  // "Ludwig van Beethoven" is also "Beethoven".
  if (i < parts.length - 1) out.push(parts[parts.length - 1] ?? '');
  return [...new Set(out.filter((s) => s.replace(/\./g, '').length > 1))];
}

export interface PersonName {
  full: string;
  first?: string;
  middle?: string;
  last?: string;
  suffix?: string;
  nickname?: string;
  /** Other full forms (official name, Wikipedia title). */
  others?: string[];
}

/** Adds a person's full forms and surname aliases to a draft. */
export function addPersonNames(d: Draft, n: PersonName, country?: string): void {
  const full = [n.full, ...(n.others ?? [])].map(stripParenthetical);
  for (const f of full) {
    addAlias(d, f, AliasType.Full);
    const noSuffix = stripSuffix(f);
    if (noSuffix !== f) addAlias(d, noSuffix, AliasType.Full);
  }
  if (n.first && n.last) {
    addAlias(d, `${n.first} ${n.last}`, AliasType.Full);
    if (n.middle) addAlias(d, `${n.first} ${n.middle} ${n.last}`, AliasType.Full);
    if (n.middle && /^[A-Z]/.test(n.middle)) addAlias(d, `${n.first} ${n.middle[0]}. ${n.last}`, AliasType.Full);
    // "James David Vance" is also "James Vance".
    const firstWord = n.first.split(/\s+/)[0];
    if (firstWord && firstWord !== n.first && !/^[A-Z]\.?$/.test(firstWord)) {
      addAlias(d, `${firstWord} ${n.last}`, AliasType.Full);
    }
    if (n.nickname) {
      addAlias(d, `${n.nickname} ${n.last}`, AliasType.Full);
      // "J.D." is written "JD" too; nameKey already folds those to the same key.
    }
    if (n.suffix) addAlias(d, `${n.first} ${n.last} ${n.suffix}`, AliasType.Full);
  }
  const keyName = n.full;
  for (const s of surnames(keyName, n.last, country)) addAlias(d, s, AliasType.Surname);
}

/** The first name of a person as written in running text (for the given-names list). */
export function givenName(n: PersonName): string | undefined {
  const words = stripParenthetical(n.full).split(/\s+/);
  const first = n.nickname ?? n.first ?? (words.length > 1 ? words[0] : undefined);
  if (!first || /^[A-Z]\.?$/.test(first)) return undefined;
  return first.split(/\s+/)[0];
}
