/**
 * A malformed or inconsistent row stops the build with the file, the line and why.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError } from './errors.js';
import { Fields } from './json.js';
import { overlayRow, readOverlay } from './sources/overlay.js';
import { readPantheon } from './sources/pantheon.js';
import { readCongress } from './sources/congress.js';
import { readCities } from './sources/geonames.js';
import { testContext } from './testing.js';

const GOOD = {
  id: 'kb:overlay:pete-hegseth',
  kind: 'person',
  name: 'Pete Hegseth',
  roles: [{ title: 'U.S. Secretary of Defense', since: '2025-01-25' }],
  born: 1980,
  url: 'https://en.wikipedia.org/wiki/Pete_Hegseth',
  source: 'https://example.org/page',
  asOf: '2026-01-15',
};

const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

function rowError(row: Record<string, unknown>): SourceError {
  try {
    overlayRow(testContext(), new Fields(row, 'data/overlay/t.jsonl', 7), new Set());
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected the row to fail');
}

describe('overlay rows', () => {
  it('accept a good row and build the surname alias', () => {
    const d = overlayRow(testContext(), new Fields(GOOD, 'data/overlay/t.jsonl', 1), new Set());
    expect(d.aliases.has('hegseth')).toBe(true);
    expect(d.roles[0]?.source).toBe('overlay: https://example.org/page');
  });

  it.each([
    [{ id: 'Pete' }, '"id" must be a Wikidata QID'],
    [{ kind: 'human' }, '"kind" must be person, org or place'],
    [{ url: 'en.wikipedia.org' }, '"url" must be an http(s) link'],
    [{ asOf: '15/01/2026' }, '"asOf" must be YYYY-MM-DD'],
    [{ source: '' }, '"source" must be a non-empty string'],
    [{ country: 'USA' }, '"country" must be an ISO 3166-1 alpha-2 code'],
    [{ region: 'MX-CMX' }, '"region" MX-CMX is not in "country" US'],
    [{ roles: [{ title: 'X', since: '2026-02' }] }, 'starts 2026-02, after the row\'s asOf'],
    [{ roles: [{ title: 'X', since: '2020', until: '2019' }] }, 'until (2019) is before since (2020)'],
    [{ roles: [{ title: 'X', until: '2020-01-01' }] }, 'move it to previousRoles'],
    [{ died: 1970, roles: [] }, '"died" (1970) must be a year not before "born"'],
    [{ born: 1900, died: 1990 }, 'cannot hold current "roles"'],
    [{ acronyms: ['dhs'] }, 'has no capital letter'],
    [{ aliases: 'Pete' }, '"aliases" must be a list of strings'],
  ])('reject %j', (change, message) => {
    const e = rowError({ ...GOOD, country: 'US', ...change });
    expect(e.file).toBe('data/overlay/t.jsonl');
    expect(e.line).toBe(7);
    expect(e.message).toContain(message);
  });

  it('treat an all-capitals alias as an acronym and "the X" as a short form', () => {
    const d = overlayRow(
      testContext(),
      new Fields({ ...GOOD, id: 'kb:overlay:un', kind: 'org', name: 'United Nations', aliases: ['UN', 'the U.N.', 'U.N.'], roles: [] }, 'x.jsonl', 1),
      new Set(),
    );
    expect(d.aliases.get('un')?.type).toBe(2);
    expect(d.aliases.get('united nations')?.type).toBe(0);
  });

  it('reject the same id twice across files, at the second line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'overlay-'));
    scratch.push(dir);
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify(GOOD)}\n`);
    writeFileSync(join(dir, 'b.jsonl'), `\n${JSON.stringify(GOOD)}\n`);
    const ctx = testContext();
    ctx.overlayDir = dir;
    expect(() => readOverlay(ctx)).toThrow('data/overlay/b.jsonl:2: id kb:overlay:pete-hegseth appears twice');
    // Leniency is opt-in and reported.
    const lenient = testContext();
    lenient.overlayDir = dir;
    expect(readOverlay(lenient, true)).toBe(1);
    expect(lenient.skipped).toHaveLength(1);
  });
});

function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbdata-'));
  scratch.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('source rows', () => {
  const PANTHEON_HEADER = 'en_curid,name,countryCode,birthyear,gender,occupation,HPI\n';

  it('pantheon: a bad birth year names the line', () => {
    const ctx = testContext();
    ctx.dataDir = dataDir({ 'pantheon/pantheon1.0_2014.csv': `${PANTHEON_HEADER}307,Abraham Lincoln,US,1809,Male,POLITICIAN,27.9\n308,Aristotle,GR,long ago,Male,PHILOSOPHER,31.9\n` });
    expect(() => readPantheon(ctx)).toThrow('pantheon/pantheon1.0_2014.csv:3: birthyear must be a year, got "long ago"');
  });

  it('pantheon: a duplicate id names the second line', () => {
    const ctx = testContext();
    ctx.dataDir = dataDir({ 'pantheon/pantheon1.0_2014.csv': `${PANTHEON_HEADER}307,A B,US,1809,Male,X,20\n307,C D,US,1809,Male,X,20\n` });
    expect(() => readPantheon(ctx)).toThrow('pantheon/pantheon1.0_2014.csv:3: en_curid 307 appears twice');
  });

  it('congress: a term that ends before it starts names the item’s line', () => {
    const member = {
      id: { bioguide: 'A000001', wikidata: 'Q1' },
      name: { first: 'Ann', last: 'Able' },
      terms: [{ type: 'sen', start: '2020-01-03', end: '2019-01-03', state: 'TX', party: 'Democrat' }],
    };
    const ctx = testContext();
    ctx.usStates.set('TX', 'Texas');
    ctx.dataDir = dataDir({
      'us-congress/legislators-current.json': `[\n${JSON.stringify({ ...member, terms: [{ ...member.terms[0], end: '2027-01-03' }] })},\n${JSON.stringify({ ...member, id: { bioguide: 'A000002' } })}\n]`,
    });
    expect(() => readCongress(ctx)).toThrow('us-congress/legislators-current.json:3: a term ends (2019-01-03) before it starts (2020-01-03)');
  });

  it('geonames: a short row and a bad population name their lines', () => {
    const ctx = testContext();
    const good = ['1', 'Town', 'Town', '', '1', '2', 'P', 'PPL', 'US', '', 'TX', '', '', '', '50000', '', '', '', '2020-01-01'].join('\t');
    ctx.dataDir = dataDir({ 'geonames/cities500.txt': `${good}\n${good.replace('50000', 'many')}\n` });
    expect(() => readCities(ctx, new Map())).toThrow('geonames/cities500.txt:2: population must be a whole number, got "many"');
    ctx.dataDir = dataDir({ 'geonames/cities500.txt': `${good}\n1\tShort\n` });
    expect(() => readCities(ctx, new Map())).toThrow('geonames/cities500.txt:2: expected 19 tab-separated columns, found 2');
  });
});
