/**
 * Writes the merged entities in the on-disk format of src/core/kb/format.ts. Everything is
 * sorted before it is written, so the same input gives the same bytes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasType, type KbKind } from '../../src/core/kb/lookup.js';
import {
  compareKeys,
  derivedUrl,
  packUrl,
  FLAG_HISTORICAL,
  FLAG_NEEDS_CONTEXT,
  KB_FILES,
  KB_FORMAT_VERSION,
  KIND_CODES,
  LAST_HIT,
  BLOCK,
  MAX_BYTE_FIELD,
  SECTION_TYPES,
  idPrefix,
  SHARD_SIZE,
  type KbCardTables,
  type KbMeta,
  type KbSourcesFile,
  type SectionName,
  type StoredCard,
} from '../../src/core/kb/format.js';
import { nameKey } from '../../src/core/text/normalise.js';
import { encodeLines, encodeSorted } from '../../src/core/kb/blocks.js';
import { SourceError } from './errors.js';
import type { Draft, SourceInfo } from './model.js';
import { describe, facts, type TemplateContext } from './templates.js';
import { isCommonWord } from './common-words.js';

/** A surname shared by many people keeps only its most prominent owners. */
export const MAX_SURNAME_HITS = 40;
/** A fact value used this often is stored once in the tables file. */
const MIN_VALUE_USES = 3;

/** First words of names that are titles, not given names. */
const NOT_GIVEN = new Set([
  'saint', 'st', 'king', 'queen', 'pope', 'sir', 'prince', 'princess', 'emperor', 'empress', 'duke', 'lord', 'lady',
  'count', 'baron', 'general', 'president', 'sultan', 'shah', 'tsar', 'caliph', 'imam', 'sheikh', 'pharaoh',
]);

const NOT_LATIN1 = /[^\u0000-\u00ff]/;

export interface EmitResult {
  /** Alias keys left out because they hold characters beyond Latin-1. */
  droppedKeys: number;
  meta: KbMeta;
  bytes: number;
  files: number;
}

/** Particles that start some names ("van Gogh", "al-Assad") but are no one's given name. */
const PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'di', 'da', 'du', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'abu', 'mac', 'mc', 'ter', 'ten']);

/**
 * The folded given names for `isGivenName`, minus common English words, titles, particles
 * and the names of well-known places (`placeKeys`: "Paris", "Jordan" and "Washington" are
 * better evidence of a place than of a person).
 */
/**
 * The final type of an alias. A one-word alias that is a common English word ("Prince",
 * "Together", "Mint") is only a short form: the matcher wants more evidence for it. A short
 * all-capitals name ("IBM", "RZA") counts only in capitals, like an acronym.
 */
export function aliasTypeFor(key: string, written: string, type: AliasType): AliasType {
  if (type !== AliasType.Full) return type;
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (!key.includes(' ') && letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase() && !/\d/.test(written)) {
    return AliasType.Acronym;
  }
  if (!key.includes(' ') && isCommonWord(key)) return AliasType.Short;
  return type;
}

export function givenNameList(names: Map<string, number>, placeKeys: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  for (const name of names.keys()) {
    const key = nameKey(name);
    if (!key || key.includes(' ') || key.length < 2 || /\d/.test(key) || NOT_LATIN1.test(key)) continue;
    if (isCommonWord(key) || NOT_GIVEN.has(key) || PARTICLES.has(key) || placeKeys.has(key)) continue;
    out.add(key);
  }
  return [...out].sort(compareKeys);
}

export function orderEntities(drafts: Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => b.prominence - a.prominence || compareKeys(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as Draft;
    const b = sorted[i] as Draft;
    if (a.id === b.id) throw new SourceError(b.ref.file, b.ref.line, `id ${b.id} is also used at ${a.ref.file}:${a.ref.line}`);
  }
  return sorted;
}

export function emitKb(
  drafts: Draft[],
  sources: SourceInfo[],
  givenNames: string[],
  t: TemplateContext,
  outDir: string,
): EmitResult {
  const entities = orderEntities(drafts);
  const n = entities.length;
  // A hit packs its entity with two type bits and the LAST_HIT bit into 32 bits.
  if (n >= 2 ** 29) throw new Error(`${n} entities: more than a hit can number`);
  // Alias keys → hits, most prominent entity first (entity numbers follow prominence).
  const byKey = new Map<string, { entity: number; type: AliasType }[]>();
  let maxTokens = 1;
  let dropped = 0;
  entities.forEach((d, i) => {
    d.prominence = Math.max(0, Math.min(1000, Math.round(d.prominence)));
    for (const [key, alias] of d.aliases) {
      const a = { ...alias, type: aliasTypeFor(key, alias.name, alias.type) };
      // Keys beyond Latin-1 ("ə", "ħ", "ʻ" survive folding) are rare in English text and would
      // make the whole key string two bytes a character in memory; the entity keeps its other keys.
      if (NOT_LATIN1.test(key)) {
        dropped++;
        continue;
      }
      const list = byKey.get(key) ?? [];
      list.push({ entity: i, type: a.type });
      byKey.set(key, list);
      maxTokens = Math.max(maxTokens, key.split(' ').length);
    }
  });
  const keys = [...byKey.keys()].sort(compareKeys);
  const hitLists = keys.map((k) => {
    const list = byKey.get(k) ?? [];
    const strong = list.filter((h) => h.type !== AliasType.Surname);
    const surname = list.filter((h) => h.type === AliasType.Surname).slice(0, MAX_SURNAME_HITS);
    return [...strong, ...surname].sort((a, b) => a.entity - b.entity);
  });
  const hitCount = hitLists.reduce((s, l) => s + l.length, 0);

  // Strings as bytes in blocks (./format.ts): sorted ones front-coded, the others as lines.
  const idPrefixOf = entities.map((d) => idPrefix(d.id));
  const idPrefixes = [...new Set(idPrefixOf)].sort(compareKeys);
  if (idPrefixes.length > MAX_BYTE_FIELD) throw new Error(`more than ${MAX_BYTE_FIELD} id prefixes`);
  const prefixCode = new Map(idPrefixes.map((p, i) => [p, i]));
  const keyText = encodeSorted(keys, 'alias key');
  const givenText = encodeSorted(givenNames, 'given name');
  const idText = encodeLines(entities.map((d, i) => d.id.slice((idPrefixOf[i] as string).length)), 'entity id');
  const nameText = encodeLines(entities.map((d) => d.name), 'entity name');
  const idPrefixCodes = Uint8Array.from(idPrefixOf, (p) => prefixCode.get(p) as number);

  // Hits key by key, the last of each key marked; and where each block of keys starts.
  const hitBlocks = new Uint32Array(Math.ceil(keys.length / BLOCK) + 1);
  const hits = new Uint32Array(hitCount);
  let h = 0;
  hitLists.forEach((list, i) => {
    if (list.length === 0) throw new Error(`alias key ${JSON.stringify(keys[i])}: no entity`);
    if (i % BLOCK === 0) hitBlocks[i / BLOCK] = h;
    list.forEach((hit, k) => {
      hits[h++] = ((hit.entity << 2) | hit.type | (k === list.length - 1 ? LAST_HIT : 0)) >>> 0;
    });
  });
  hitBlocks[hitBlocks.length - 1] = h;

  const countries = [''];
  const regions = [''];
  const indexOf = (table: string[], map: Map<string, number>, v: string | undefined) => {
    if (!v) return 0;
    let i = map.get(v);
    if (i === undefined) {
      i = table.length;
      table.push(v);
      map.set(v, i);
    }
    return i;
  };
  // Tables in sorted order so indices do not depend on entity order quirks.
  const countryMap = new Map<string, number>();
  const regionMap = new Map<string, number>();
  for (const c of [...new Set(entities.map((d) => d.country).filter((c): c is string => !!c))].sort(compareKeys)) indexOf(countries, countryMap, c);
  for (const r of [...new Set(entities.map((d) => d.region).filter((r): r is string => !!r))].sort(compareKeys)) indexOf(regions, regionMap, r);
  if (regions.length > 0xffff || countries.length > 0xffff) throw new Error('too many regions or countries for a 16-bit index');

  const prominence = new Uint16Array(n);
  const country = new Uint16Array(n);
  const region = new Uint16Array(n);
  const flags = new Uint8Array(n);
  const counts = { person: 0, org: 0, place: 0 };
  const bySource: Record<string, number> = {};
  let needsContext = 0;
  let historical = 0;
  entities.forEach((d, i) => {
    prominence[i] = d.prominence;
    country[i] = indexOf(countries, countryMap, d.country);
    region[i] = indexOf(regions, regionMap, d.region);
    flags[i] = KIND_CODES.indexOf(d.kind as KbKind) | (d.needsContext ? FLAG_NEEDS_CONTEXT : 0) | (d.historical ? FLAG_HISTORICAL : 0);
    counts[d.kind]++;
    for (const s of d.sources) bySource[s] = (bySource[s] ?? 0) + 1;
    if (d.needsContext) needsContext++;
    if (d.historical) historical++;
  });
  const aliasTypes = { full: 0, surname: 0, acronym: 0, short: 0 };
  for (const list of hitLists) {
    for (const hit of list) {
      if (hit.type === AliasType.Full) aliasTypes.full++;
      else if (hit.type === AliasType.Surname) aliasTypes.surname++;
      else if (hit.type === AliasType.Acronym) aliasTypes.acronym++;
      else aliasTypes.short++;
    }
  }

  // index.bin: sections in a fixed order, each 4-byte aligned.
  const arrays: Record<SectionName, Uint32Array | Uint16Array | Uint8Array> = {
    keyBlocks: keyText.blocks, keyBytes: keyText.bytes, hitBlocks, hits, givenBlocks: givenText.blocks, givenBytes: givenText.bytes,
    idPrefix: idPrefixCodes, idBlocks: idText.blocks, idBytes: idText.bytes, nameBlocks: nameText.blocks, nameBytes: nameText.bytes,
    prominence, country, region, flags,
  };
  const order = Object.keys(SECTION_TYPES) as SectionName[];
  const sections = {} as KbMeta['sections'];
  let size = 0;
  for (const name of order) {
    sections[name] = { offset: size, count: arrays[name].length };
    size += arrays[name].byteLength;
    size = (size + 3) & ~3;
  }
  const bin = new Uint8Array(size);
  for (const name of order) {
    const a = arrays[name];
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    // Typed arrays are little-endian on every platform the build runs on; check once.
    bin.set(bytes, sections[name].offset);
  }
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('the build must run on a little-endian machine');

  // Cards.
  const labels = new Map<string, number>();
  const sourcesTable = new Map<string, number>();
  const dates = new Map<string, number>();
  const intern = (m: Map<string, number>, s: string) => {
    let i = m.get(s);
    if (i === undefined) {
      i = m.size;
      m.set(s, i);
    }
    return i;
  };
  // Values repeated on many cards go to a shared table; first count them.
  const allFacts = entities.map((d) => facts(d, t));
  const valueUses = new Map<string, number>();
  for (const list of allFacts) for (const f of list) valueUses.set(f.value, (valueUses.get(f.value) ?? 0) + 1);
  const commonValues = [...valueUses.entries()]
    .filter(([v, c]) => c >= MIN_VALUE_USES && v.length > 2)
    .sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0]))
    .map(([v]) => v);
  const valueIndex = new Map(commonValues.map((v, i) => [v, i]));
  const shards: StoredCard[][] = [];
  entities.forEach((d, i) => {
    const flat: (string | number)[] = [];
    for (const f of allFacts[i] ?? []) {
      flat.push(intern(labels, f.label), valueIndex.get(f.value) ?? f.value, intern(sourcesTable, f.source), intern(dates, f.asOf));
    }
    const url = d.url && d.url === derivedUrl(d.id) ? 0 : d.url ? packUrl(d.url) : null;
    const shard = Math.floor(i / SHARD_SIZE);
    (shards[shard] ??= []).push([describe(d, t), url, flat]);
  });

  const buildDate = sources.map((s) => s.asOf).reduce((a, b) => (a >= b ? a : b), '');
  const meta: KbMeta = {
    format: KB_FORMAT_VERSION,
    buildDate,
    entities: n,
    keys: keys.length,
    hits: hitCount,
    givenNames: givenNames.length,
    maxAliasTokens: maxTokens,
    shardSize: SHARD_SIZE,
    shards: shards.length,
    counts,
    bySource: Object.fromEntries(Object.entries(bySource).sort((a, b) => compareKeys(a[0], b[0]))),
    aliasTypes,
    needsContext,
    historical,
    idPrefixes,
    countries,
    regions,
    sections,
  };
  const tables: KbCardTables = {
    labels: [...labels.keys()],
    sources: [...sourcesTable.keys()],
    dates: [...dates.keys()],
    values: commonValues,
  };
  const sourcesFile: KbSourcesFile = {
    buildDate,
    sources: [...sources].sort((a, b) => compareKeys(a.id, b.id)).map((s) => ({
      id: s.id,
      title: s.title,
      origin: s.origin,
      licence: s.licence,
      ...(s.attribution ? { attribution: s.attribution } : {}),
      ...(s.citation ? { citation: s.citation } : {}),
      ...(s.licenceText ? { licenceText: s.licenceText } : {}),
      asOf: s.asOf,
    })),
    attributions: sources.filter((s) => s.attribution).map((s) => s.attribution as string).sort(compareKeys),
  };

  // Write: clear old shards first so a smaller KB leaves no stale files.
  mkdirSync(join(outDir, 'cards'), { recursive: true });
  for (const f of readdirSync(join(outDir, 'cards'))) rmSync(join(outDir, 'cards', f));
  let bytes = 0;
  let files = 0;
  const write = (name: string, data: string | Uint8Array) => {
    writeFileSync(join(outDir, name), data);
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    files++;
  };
  write(KB_FILES.index, bin);
  shards.forEach((cards, i) => write(KB_FILES.shard(i), JSON.stringify(cards)));
  write(KB_FILES.tables, JSON.stringify(tables));
  write(KB_FILES.meta, `${JSON.stringify(meta)}\n`);
  write(KB_FILES.sources, `${JSON.stringify(sourcesFile, null, 2)}\n`);
  return { meta, bytes, files, droppedKeys: dropped };
}
