/**
 * The bundled KB on disk (assets/kb/), shaped for a fast cold start: the background service
 * worker is stopped and restarted often, and must answer its first `annotate` within
 * milliseconds. Nothing is rebuilt or decoded at start:
 *
 *   meta.json    counts, the country and region tables, and where each section of index.bin
 *                starts
 *   index.bin    everything the first `annotate` reads, as little-endian typed arrays:
 *     keyBlocks, keyBytes     the alias keys, sorted by code unit (for binary search), front-coded
 *                             in blocks of BLOCK keys (see below)
 *     hitBlocks, hits         per key its hits (entity << 2 | alias type), the last hit of each
 *                             key marked with LAST_HIT; hitBlocks[b] is block b's first hit
 *     givenBlocks, givenBytes the given names (folded, sorted), front-coded like the keys
 *     idPrefix                per entity, its id prefix code (meta.idPrefixes)
 *     idBlocks, idBytes       per entity, its id tail, a line each (ASCII)
 *     nameBlocks, nameBytes   per entity, its name as written (UTF-8), a line each
 *     prominence, country, region, flags
 *   cards/tables.json  fact labels, sources, dates and common values the cards index into
 *   cards/NNN.json  cards in shards of SHARD_SIZE entities, loaded on first hover; entities are
 *                numbered by prominence, so the cards most asked for share the first shards
 *   SOURCES.json every source with its licence and attribution, and the KB's build date
 *
 * Every byte read at start costs the worker time (about 4–6 ms a megabyte in Chromium), and so
 * does every step run at start on code not yet compiled (a loop over 100,000 lengths took ~8 ms
 * there). Hence one binary file read as one ArrayBuffer (no text decoding), strings kept as
 * bytes and compared or decoded only where a lookup lands, and blocks with stored starts instead
 * of offsets rebuilt from lengths:
 *
 * - Front-coded block (keys, given names): BLOCK entries, each `[shared][length][bytes…]`:
 *   it repeats the first `shared` bytes of the entry before it and adds `length` bytes. The first
 *   entry of a block has shared = 0, so a binary search can read block heads directly. Keys are
 *   Latin-1 (the build drops others), one byte a character, so bytes compare as code units.
 * - Line block (ids, names): BLOCK entries, each followed by "\n"; a block's start is stored.
 *
 * The blocks arrays hold ceil(count / BLOCK) + 1 entries, the last one past the end.
 */

export const KB_FORMAT_VERSION = 3;
export const SHARD_SIZE = 512;
/** Entries per block of a front-coded or line section. */
export const BLOCK = 16;
/** Set on the last hit of each key in `hits`. */
export const LAST_HIT = 0x8000_0000;

export const KB_FILES = {
  meta: 'meta.json',
  index: 'index.bin',
  sources: 'SOURCES.json',
  /** Fact labels, sources, dates and common values the shards index into (loaded with the first card). */
  tables: 'cards/tables.json',
  shard: (n: number) => `cards/${String(n).padStart(3, '0')}.json`,
} as const;

/** The files read at every background start. */
export const KB_START_FILES = [KB_FILES.meta, KB_FILES.index] as const;

/** Flag bits in the per-entity flags array. */
export const FLAG_KIND_MASK = 0b11;
export const FLAG_NEEDS_CONTEXT = 0b100;
export const FLAG_HISTORICAL = 0b1000;
export const KIND_CODES = ['person', 'org', 'place'] as const;

export type SectionName =
  | 'keyBlocks'
  | 'hitBlocks'
  | 'givenBlocks'
  | 'idBlocks'
  | 'nameBlocks'
  | 'hits'
  | 'prominence'
  | 'country'
  | 'region'
  | 'keyBytes'
  | 'givenBytes'
  | 'idPrefix'
  | 'idBytes'
  | 'nameBytes'
  | 'flags';

/** Sections in the order index.bin holds them (widest first, so each starts aligned). */
export const SECTION_TYPES: Record<SectionName, 'u32' | 'u16' | 'u8'> = {
  keyBlocks: 'u32',
  hitBlocks: 'u32',
  givenBlocks: 'u32',
  idBlocks: 'u32',
  nameBlocks: 'u32',
  hits: 'u32',
  prominence: 'u16',
  country: 'u16',
  region: 'u16',
  keyBytes: 'u8',
  givenBytes: 'u8',
  idPrefix: 'u8',
  idBytes: 'u8',
  nameBytes: 'u8',
  flags: 'u8',
};

/** Lengths and counts are stored in one byte; the build refuses anything longer. */
export const MAX_BYTE_FIELD = 0xff;

/**
 * The shared start of an id: up to its last colon ("kb:geonames:"), or its leading letters
 * ("Q" of a Wikidata QID). The tail is what remains.
 */
export function idPrefix(id: string): string {
  const colon = id.lastIndexOf(':');
  if (colon >= 0) return id.slice(0, colon + 1);
  return /^[A-Za-z]*/.exec(id)?.[0] ?? '';
}

/** Byte offset and element count of one typed array in index.bin. */
export interface Section {
  offset: number;
  count: number;
}

export interface KbMeta {
  format: number;
  /** The newest as-of date among the sources: the KB is as fresh as this, no fresher. */
  buildDate: string;
  entities: number;
  keys: number;
  hits: number;
  givenNames: number;
  maxAliasTokens: number;
  shardSize: number;
  shards: number;
  counts: { person: number; org: number; place: number };
  /** Entities each source contributed to (an entity merged from two sources counts for both). */
  bySource: Record<string, number>;
  /** Alias hits by type: full, surname, acronym, short. */
  aliasTypes: { full: number; surname: number; acronym: number; short: number };
  /** Entities that link only with context (small places). */
  needsContext: number;
  historical: number;
  /** Id prefixes the idPrefix section indexes into. */
  idPrefixes: string[];
  /** Index 0 is "none". */
  countries: string[];
  regions: string[];
  sections: Record<SectionName, Section>;
}

/**
 * One card in a shard: [description, url, facts]. `url` 0 means "derive it from the id"
 * (GeoNames and Pantheon ids name their page); a url may start with a short tag for a common
 * prefix (`unpackUrl`); facts are flat quadruples
 * [labelIndex, value, sourceIndex, dateIndex, …], where a numeric value indexes the shared
 * values table (for values many cards repeat: "United States", "Republican").
 */
export type StoredCard = [string, string | 0 | null, (string | number)[]];

/** cards/tables.json */
export interface KbCardTables {
  labels: string[];
  sources: string[];
  dates: string[];
  values: string[];
}

export interface KbSourceCredit {
  id: string;
  title: string;
  origin: string;
  licence: string;
  attribution?: string;
  /** The full licence text, for MIT-licensed sources (their notice must travel with the data). */
  licenceText?: string;
  citation?: string;
  asOf: string;
}

export interface KbSourcesFile {
  buildDate: string;
  sources: KbSourceCredit[];
  /** Lines the extension must show wherever it credits its data. */
  attributions: string[];
}

/**
 * What the options page shows about the KB: its size, build date and every source with its
 * licence and required attribution (structurally the `KbInfo` of src/shared/messages.ts).
 */
export interface KbSummary {
  entities: number;
  /** The KB's build date: the newest as-of date among its sources. */
  builtFrom: string;
  buildDate: string;
  counts: { person: number; org: number; place: number };
  sources: { name: string; licence: string; attribution?: string; url?: string; asOf?: string }[];
  attributions: string[];
}

/** Link prefixes stored as a short tag in card shards ("w:Pete_Hegseth"). */
const URL_PREFIXES: readonly [string, string][] = [
  ['w:', 'https://en.wikipedia.org/wiki/'],
  ['d:', 'https://www.wikidata.org/wiki/'],
];

export function packUrl(url: string): string {
  for (const [tag, prefix] of URL_PREFIXES) if (url.startsWith(prefix)) return tag + url.slice(prefix.length);
  return url;
}

export function unpackUrl(stored: string): string {
  for (const [tag, prefix] of URL_PREFIXES) if (stored.startsWith(tag)) return prefix + stored.slice(tag.length);
  return stored;
}

/** The read-more link an id implies, when it implies one. */
export function derivedUrl(id: string): string | undefined {
  const geo = /^kb:geonames:(\d+)$/.exec(id);
  if (geo) return `https://www.geonames.org/${geo[1]}`;
  const pantheon = /^kb:pantheon:(\d+)$/.exec(id);
  if (pantheon) return `https://en.wikipedia.org/?curid=${pantheon[1]}`;
  return undefined;
}

/** The code-unit order both the build (sorting) and the reader (binary search) use. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
