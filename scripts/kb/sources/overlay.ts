/**
 * The reviewed overlay (data/overlay/*.jsonl, see data/overlay/SCHEMA.md): facts no source
 * file holds, each row checked against a public source and dated. Rows are validated here
 * strictly; the merge step then lets them win over older source facts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasType } from '../../../src/core/kb/lookup.js';
import { SourceError } from '../errors.js';
import { Fields, parseJsonLines } from '../json.js';
import { addAlias, newDraft, type Draft, type Role } from '../model.js';
import { noteGivenName, type BuildContext } from '../context.js';
import { addPersonNames, givenName } from '../names.js';

export const OVERLAY_SOURCE = 'overlay';

const KNOWN_FIELDS = new Set([
  'id', 'kind', 'name', 'aliases', 'acronyms', 'roles', 'previousRoles', 'country', 'region', 'party',
  'born', 'died', 'occupation', 'orgType', 'parent', 'placeType', 'url', 'source', 'asOf', 'uncertain',
]);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** The heads of state and government a present-day article most often means. */
const TOP_TITLES = /^(President|Prime Minister|Chancellor|King|Queen|Pope|Supreme Leader|Secretary-General|Emperor)\b/;
/**
 * Cabinet-level offices: prominent enough that a surname alone may name them (see the linker's
 * PROMINENT_SURNAME). Other current offices (agency heads, commanders, advisers) rank just below,
 * so their surname alone links only after the article has named them in full: "Banks" or
 * "Patel" by itself is too common to mean a Border Patrol chief or an FBI director.
 */
const CABINET_TITLES = /^(U\.S\. )?(Vice President|Secretary of|Minister of|Foreign Minister|Defen[cs]e Minister|Attorney General|Secretary General|High Representative|Speaker|Chief Justice)\b|Secretary of State|Secretary of Defense/;

function roles(f: Fields, key: string, source: string, asOf: string, needUntil: boolean): Role[] {
  return f.list(key).map((r) => {
    const title = r.str('title');
    const since = r.optStr('since');
    const until = r.optStr('until');
    if (since && !DATE.test(since)) f.fail(`"${key}" "${title}": since must be YYYY[-MM[-DD]], got "${since}"`);
    if (until && !DATE.test(until)) f.fail(`"${key}" "${title}": until must be YYYY[-MM[-DD]], got "${until}"`);
    if (since && until && until < since) f.fail(`"${key}" "${title}": until (${until}) is before since (${since})`);
    if (!needUntil && until && until < asOf) f.fail(`"${key}" "${title}" ended ${until}, before asOf ${asOf}: move it to previousRoles`);
    if (since && since > asOf) f.fail(`"${key}" "${title}" starts ${since}, after the row's asOf ${asOf}`);
    const role: Role = { title, source, asOf };
    if (since) role.since = since;
    if (until) role.until = until;
    return role;
  });
}

export function overlayProminence(d: Draft): number {
  if (d.kind === 'person') {
    const top = d.roles[0]?.title ?? '';
    if (TOP_TITLES.test(top)) return 900;
    if (CABINET_TITLES.test(top)) return 800;
    if (d.roles.length > 0) return 740;
    return d.died ? 500 : 600;
  }
  return d.kind === 'org' ? 720 : 650;
}

/** Parses one overlay row into a draft (exported for tests). */
export function overlayRow(ctx: BuildContext, f: Fields, seen: Set<string>): Draft {
  for (const k of Object.keys(f.value)) {
    if (!KNOWN_FIELDS.has(k)) ctx.log.push(`warning: ${f.file}:${f.line}: unknown field "${k}" ignored`);
  }
  const id = f.str('id');
  if (!/^Q\d+$/.test(id) && !/^kb:overlay:[a-z0-9][a-z0-9-]*$/.test(id)) {
    f.fail(`"id" must be a Wikidata QID or "kb:overlay:<slug>", got "${id}"`);
  }
  if (seen.has(id)) f.fail(`id ${id} appears twice in the overlay`);
  seen.add(id);
  const kind = f.str('kind');
  if (kind !== 'person' && kind !== 'org' && kind !== 'place') f.fail(`"kind" must be person, org or place, got "${kind}"`);
  const name = f.str('name');
  const url = f.str('url');
  if (!/^https?:\/\//.test(url)) f.fail(`"url" must be an http(s) link, got "${url}"`);
  const source = f.str('source');
  const asOf = f.str('asOf');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) f.fail(`"asOf" must be YYYY-MM-DD, got "${asOf}"`);
  const src = `overlay: ${source}`;
  const d = newDraft(id, kind, name, OVERLAY_SOURCE, { file: f.file, line: f.line });
  d.url = url;
  d.asOf = asOf;
  d.titleName = true;
  const country = f.optStr('country');
  if (country && !/^[A-Z]{2}$/.test(country)) f.fail(`"country" must be an ISO 3166-1 alpha-2 code, got "${country}"`);
  if (country) d.country = country;
  const region = f.optStr('region');
  if (region && !/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(region)) f.fail(`"region" must be an ISO 3166-2 code like US-TX, got "${region}"`);
  if (region && country && !region.startsWith(`${country}-`)) f.fail(`"region" ${region} is not in "country" ${country}`);
  if (region) {
    d.region = region;
    d.regionName = ctx.regionNames.get(region);
    if (!d.country) d.country = region.slice(0, 2);
  }
  const aliases = f.optStrList('aliases');
  if (kind === 'person') {
    addPersonNames(d, { full: name, others: aliases }, d.country);
    noteGivenName(ctx, givenName({ full: name }), d.country);
  } else {
    for (const a of aliases) {
      // "the House" is matched as "House": without its article it is a short form, which the
      // matcher treats with more care than a full name.
      // An all-capitals form listed as an alias ("UN") is an acronym: it counts only in capitals.
      const bare = a.replace(/^the /, '');
      if (/^[A-Z][A-Z0-9&.]{1,7}$/.test(bare) && bare.replace(/[^A-Z]/g, '').length >= 2) addAlias(d, bare, AliasType.Acronym);
      else if (bare !== a) addAlias(d, bare, AliasType.Short);
      else addAlias(d, a, AliasType.Full);
    }
  }
  for (const a of f.optStrList('acronyms')) {
    if (!/\p{Lu}/u.test(a)) f.fail(`acronym "${a}" has no capital letter`);
    addAlias(d, a, AliasType.Acronym);
  }
  d.roles = roles(f, 'roles', src, asOf, false);
  d.previousRoles = roles(f, 'previousRoles', src, asOf, true);
  const party = f.optStr('party');
  if (party) d.party = { value: party, source: src, asOf };
  const born = f.optNum('born');
  const died = f.optNum('died');
  if (born !== undefined && (!Number.isInteger(born) || born > Number(asOf.slice(0, 4)))) f.fail(`"born" must be a past year, got ${born}`);
  if (died !== undefined && (!Number.isInteger(died) || (born !== undefined && died < born))) f.fail(`"died" (${died}) must be a year not before "born"`);
  if (died !== undefined && d.roles.length > 0) f.fail('a person with "died" cannot hold current "roles"');
  if (born !== undefined) d.born = { value: born, source: src, asOf };
  if (died !== undefined) {
    d.died = { value: died, source: src, asOf };
    d.historical = true;
  }
  for (const key of ['occupation', 'orgType', 'parent', 'placeType'] as const) {
    const v = f.optStr(key);
    if (v) d[key] = { value: v, source: src, asOf };
  }
  const uncertain = f.optStr('uncertain');
  if (uncertain) d.uncertain = uncertain;
  d.prominence = overlayProminence(d);
  return d;
}

/**
 * Reads every overlay file. Strict by default: a bad row fails the build. With `skipBadRows`
 * (the `--skip-bad-overlay-rows` flag, for building while the overlay is being edited) a bad
 * row is left out and reported in the log instead.
 */
export function readOverlay(ctx: BuildContext, skipBadRows = false): number {
  let files: string[] = [];
  try {
    files = readdirSync(ctx.overlayDir).filter((n) => n.endsWith('.jsonl')).sort();
  } catch {
    ctx.log.push('overlay: no overlay directory');
    return 0;
  }
  const seen = new Set<string>();
  let rows = 0;
  let newest = '';
  for (const name of files) {
    const file = `data/overlay/${name}`;
    for (const item of parseJsonLines(readFileSync(join(ctx.overlayDir, name), 'utf8'), file)) {
      let d: Draft;
      try {
        d = overlayRow(ctx, Fields.of(item, file), seen);
      } catch (e) {
        if (!skipBadRows || !(e instanceof SourceError)) throw e;
        ctx.log.push(`warning: overlay row skipped: ${e.message}`);
        ctx.skipped.push(e.message);
        continue;
      }
      ctx.drafts.push(d);
      rows++;
      const asOf = d.asOf ?? '';
      if (asOf > newest) newest = asOf;
    }
  }
  ctx.sources.set(OVERLAY_SOURCE, {
    id: OVERLAY_SOURCE,
    title: 'Article Context reviewed overlay (data/overlay)',
    origin: 'hand-kept in this project; each row cites its own public source',
    licence: 'MIT (this project)',
    asOf: newest || '1970-01-01',
  });
  ctx.log.push(`overlay: ${rows} rows from ${files.length} files`);
  return rows;
}
