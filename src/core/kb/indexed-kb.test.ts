import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitKb } from '../../../scripts/kb/emit.js';
import { addPersonNames } from '../../../scripts/kb/names.js';
import { addAlias } from '../../../scripts/kb/model.js';
import { draft, templates } from '../../../scripts/kb/testing.js';
import type { SourceInfo } from '../../../scripts/kb/model.js';
import { nameKey } from '../text/normalise.js';
import { AliasType } from './lookup.js';
import { IndexedKb, fetchReader } from './indexed-kb.js';
import { fileReader } from './node-loader.js';

const SOURCES: SourceInfo[] = [
  { id: 'geonames', title: 'GeoNames', origin: 'x', licence: 'CC BY 4.0', attribution: 'Place data © GeoNames.org, CC BY 4.0', asOf: '2026-09' },
  { id: 'overlay', title: 'Overlay', origin: 'y', licence: 'MIT', asOf: '2026-01-15' },
];

function drafts() {
  const hegseth = draft('kb:overlay:pete-hegseth', 'person', 'Pete Hegseth', 'overlay', {
    prominence: 800,
    country: 'US',
    roles: [{ title: 'U.S. Secretary of Defense', since: '2025-01-25', source: 'overlay: https://example.org', asOf: '2026-01-15' }],
    url: 'https://en.wikipedia.org/wiki/Pete_Hegseth',
  });
  addPersonNames(hegseth, { full: 'Pete Hegseth' }, 'US');
  const dhs = draft('kb:overlay:dhs', 'org', 'Department of Homeland Security', 'overlay', { prominence: 800, country: 'US' });
  addAlias(dhs, 'DHS', AliasType.Acronym);
  const elPaso = draft('kb:geonames:5520993', 'place', 'El Paso', 'geonames', {
    prominence: 675,
    country: 'US',
    region: 'US-TX',
    regionName: 'Texas',
    url: 'https://www.geonames.org/5520993',
    population: { value: 681124, source: 'geonames', asOf: '2019-09-05' },
    placeType: { value: 'city', source: 'geonames', asOf: '2019-09-05' },
  });
  addAlias(elPaso, 'El Paso, Texas', AliasType.Full);
  const town = draft('kb:geonames:1', 'place', 'El Paso', 'geonames', { prominence: 300, country: 'US', region: 'US-IL', needsContext: true });
  const old = draft('kb:pantheon:1', 'person', 'Aristotle', 'pantheon', { prominence: 850, historical: true });
  return [town, hegseth, dhs, elPaso, old];
}

let dir: string;
let kb: IndexedKb;
const scratch: string[] = [];

afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kb-'));
  scratch.push(dir);
  emitKb(drafts(), SOURCES, ['claudia', 'pete'], templates, dir);
  kb = await IndexedKb.load(fileReader(dir));
});

describe('IndexedKb', () => {
  it('numbers entities by prominence and finds them by alias key', () => {
    expect(kb.entity(0).name).toBe('Aristotle');
    const hits = kb.lookup(nameKey('El Paso')) ?? [];
    expect(hits.map((h) => kb.entity(h.entity).id)).toEqual(['kb:geonames:5520993', 'kb:geonames:1']);
    expect(kb.lookup('hegseth')).toEqual([{ entity: 2, type: AliasType.Surname }]);
    expect(kb.lookup('dhs')?.[0]?.type).toBe(AliasType.Acronym);
    expect(kb.lookup('nobody')).toBeUndefined();
    expect(kb.lookup('')).toBeUndefined();
  });

  it('knows which keys continue into longer aliases', () => {
    expect(kb.hasPrefix('el')).toBe(true);
    expect(kb.hasPrefix('el paso')).toBe(true); // "el paso texas"
    expect(kb.hasPrefix('pete')).toBe(true);
    expect(kb.hasPrefix('hegseth')).toBe(false);
    expect(kb.hasPrefix('e')).toBe(false);
    expect(kb.maxAliasTokens).toBe(4); // "department of homeland security"
  });

  it('gives heads with country, region and flags', () => {
    const town = kb.entity(kb.findId('kb:geonames:1') ?? -1);
    expect(town).toMatchObject({ kind: 'place', country: 'US', region: 'US-IL', needsContext: true });
    expect(kb.entity(0).historical).toBe(true);
    expect(() => kb.entity(99)).toThrow(RangeError);
  });

  it('loads cards lazily with facts, sources and dates', async () => {
    const n = kb.findId('kb:geonames:5520993') ?? -1;
    const card = await kb.card(n);
    expect(card).toMatchObject({ id: 'kb:geonames:5520993', kind: 'place', name: 'El Paso', inKb: true, url: 'https://www.geonames.org/5520993' });
    expect(card.description).toBe('City in Texas, United States; population 681,124');
    expect(card.facts).toContainEqual({ label: 'Population', value: '681,124', source: 'source geonames', asOf: '2019-09-05' });
    const hegseth = await kb.card(kb.findId('kb:overlay:pete-hegseth') ?? -1);
    expect(hegseth.facts[0]).toEqual({
      label: 'Office',
      value: 'U.S. Secretary of Defense (since January 2025)',
      source: 'overlay: https://example.org',
      asOf: '2026-01-15',
    });
  });

  it('knows given names', () => {
    expect(kb.isGivenName('pete')).toBe(true);
    expect(kb.isGivenName('claudia')).toBe(true);
    expect(kb.isGivenName('hegseth')).toBe(false);
  });

  it('reports its sources, attribution and build date', async () => {
    const info = await kb.info();
    expect(info.buildDate).toBe('2026-09');
    expect(info.attributions).toEqual(['Place data © GeoNames.org, CC BY 4.0']);
    expect(info.entities).toBe(5);
  });

  it('loads the same way through fetch, as the service worker does', async () => {
    const fakeFetch = (async (url: string) => {
      const path = join(dir, url.replace('chrome-extension://x/kb/', ''));
      try {
        return new Response(readFileSync(path));
      } catch {
        return new Response('missing', { status: 404 });
      }
    }) as unknown as typeof fetch;
    const viaFetch = await IndexedKb.load(fetchReader('chrome-extension://x/kb/', fakeFetch));
    expect(viaFetch.lookup('dhs')).toEqual(kb.lookup('dhs'));
    expect((await viaFetch.card(0)).description).toBe((await kb.card(0)).description);
    await expect(IndexedKb.load(fetchReader('chrome-extension://x/nowhere/', fakeFetch))).rejects.toThrow(/HTTP 404/);
  });

  it('refuses a meta.json that does not belong to its index.bin', async () => {
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { keys: number };
    const reader = fileReader(dir);
    const wrong = { ...reader, text: async (name: string) => (name === 'meta.json' ? JSON.stringify({ ...meta, keys: meta.keys + 40 }) : reader.text(name)) };
    await expect(IndexedKb.load(wrong)).rejects.toThrow(/does not match index.bin/);
  });

  it('reads the start from two files: meta.json and index.bin', async () => {
    const read: string[] = [];
    const reader = fileReader(dir);
    await IndexedKb.load({ text: (n) => (read.push(n), reader.text(n)), bytes: (n) => (read.push(n), reader.bytes(n)) });
    expect(read.sort()).toEqual(['index.bin', 'meta.json']);
  });

  it('starts reading card files in a later task, so an answer that does not wait for cards goes first', async () => {
    const reads: string[] = [];
    const reader = fileReader(dir);
    const lazy = await IndexedKb.load({ text: (n) => (reads.push(n), reader.text(n)), bytes: reader.bytes });
    reads.length = 0;
    const card = lazy.card(0);
    lazy.prefetchCardTables();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(reads).toEqual([]);
    expect((await card).name).toBe('Aristotle');
    expect(reads.sort()).toEqual(['cards/000.json', 'cards/tables.json']);
  });

  it('is written deterministically: same input, same bytes', () => {
    const again = mkdtempSync(join(tmpdir(), 'kb-'));
    scratch.push(again);
    emitKb(drafts().reverse(), SOURCES, ['claudia', 'pete'], templates, again);
    const files = (d: string) => [...readdirSync(d), ...readdirSync(join(d, 'cards')).map((f) => `cards/${f}`)].filter((f) => f !== 'cards').sort();
    expect(files(again)).toEqual(files(dir));
    for (const f of files(dir)) expect(readFileSync(join(again, f)).equals(readFileSync(join(dir, f))), f).toBe(true);
  });
});
