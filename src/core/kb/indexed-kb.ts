/**
 * The bundled KB, read from the files `scripts/build-kb.ts` writes (layout in ./format.ts).
 * Loading reads three files and makes typed-array views: no parsing of the index, no maps, so
 * the service worker can answer its first message right after a cold start. Cards load by shard
 * on first use. Files come through an injected reader: `fetch` in the extension, the file
 * system in Node (./node-loader.ts).
 */
import type { EntityCard, Fact } from '../types.js';
import {
  compareKeys,
  derivedUrl,
  unpackUrl,
  FLAG_HISTORICAL,
  FLAG_KIND_MASK,
  FLAG_NEEDS_CONTEXT,
  KB_FILES,
  KB_FORMAT_VERSION,
  KIND_CODES,
  SECTION_TYPES,
  type KbCardTables,
  type KbMeta,
  type KbSourcesFile,
  type KbSummary,
  type SectionName,
  type StoredCard,
} from './format.js';
import type { AliasHit, AliasType, EntityHead, KbLookup } from './lookup.js';

/** Reads one file of the KB directory by its relative name ("meta.json", "cards/000.json"). */
export interface KbFileReader {
  text(name: string): Promise<string>;
  bytes(name: string): Promise<Uint8Array>;
}

/** A reader over `fetch`, for the extension (base: the KB folder's URL, ending in "/"). */
export function fetchReader(base: string, fetchFn: typeof fetch = fetch): KbFileReader {
  const get = async (name: string) => {
    const res = await fetchFn(base + name);
    if (!res.ok) throw new Error(`KB file ${name}: HTTP ${res.status}`);
    return res;
  };
  return {
    text: async (name) => (await get(name)).text(),
    bytes: async (name) => new Uint8Array(await (await get(name)).arrayBuffer()),
  };
}

/** The sections of index.bin as stored. */
interface Stored {
  keyLength: Uint8Array;
  hitCount: Uint8Array;
  hits: Uint32Array;
  idPrefix: Uint8Array;
  idLength: Uint8Array;
  nameLength: Uint8Array;
  givenLength: Uint8Array;
  prominence: Uint16Array;
  country: Uint16Array;
  region: Uint16Array;
  flags: Uint8Array;
}

/** What lookups read: the stored sections, with lengths turned into offsets. */
interface Views extends Stored {
  keyStart: Uint32Array;
  hitStart: Uint32Array;
  idStart: Uint32Array;
  nameStart: Uint32Array;
  givenStart: Uint32Array;
}

function sections(meta: KbMeta, raw: Uint8Array): Stored {
  // Typed-array views need aligned offsets; a pooled Node buffer may start anywhere.
  const bytes = raw.byteOffset % 4 === 0 ? raw : raw.slice();
  const out = {} as Record<SectionName, Uint32Array | Uint16Array | Uint8Array>;
  for (const name of Object.keys(SECTION_TYPES) as SectionName[]) {
    const section = meta.sections[name];
    if (!section) throw new Error(`KB index: section ${name} missing from meta.json`);
    const { offset, count } = section;
    const at = bytes.byteOffset + offset;
    const type = SECTION_TYPES[name];
    const size = type === 'u32' ? 4 : type === 'u16' ? 2 : 1;
    if (offset + count * size > bytes.byteLength) throw new Error(`KB index: section ${name} runs past the end of index.bin`);
    out[name] =
      type === 'u32' ? new Uint32Array(bytes.buffer, at, count) : type === 'u16' ? new Uint16Array(bytes.buffer, at, count) : new Uint8Array(bytes.buffer, at, count);
  }
  return out as unknown as Stored;
}

/**
 * Offsets from lengths: entry i is where item i starts, entry n one past the last. `gap` is
 * what follows each item (1 for the line break after a string, 0 for hit lists).
 */
function runningStarts(lengths: Uint8Array, from: number, gap: number): Uint32Array {
  const starts = new Uint32Array(lengths.length + 1);
  let pos = from;
  for (let i = 0; i < lengths.length; i++) {
    starts[i] = pos;
    pos += (lengths[i] as number) + gap;
  }
  starts[lengths.length] = pos;
  return starts;
}

function views(meta: KbMeta, raw: Uint8Array): Views {
  const stored = sections(meta, raw);
  const keyStart = runningStarts(stored.keyLength, 0, 1);
  const idStart = runningStarts(stored.idLength, keyStart[keyStart.length - 1] as number, 1);
  const givenStart = runningStarts(stored.givenLength, idStart[idStart.length - 1] as number, 1);
  return {
    ...stored,
    keyStart,
    hitStart: runningStarts(stored.hitCount, 0, 0),
    idStart,
    givenStart,
    nameStart: runningStarts(stored.nameLength, 0, 1),
  };
}

type Tables = KbCardTables;

export class IndexedKb implements KbLookup {
  readonly maxAliasTokens: number;
  private readonly heads: (EntityHead | undefined)[] = [];
  private readonly shards = new Map<number, Promise<StoredCard[]>>();
  private tables: Promise<Tables> | undefined;
  private byId: Map<string, number> | undefined;
  private sourcesFile: Promise<KbSourcesFile> | undefined;

  private constructor(
    readonly meta: KbMeta,
    private readonly strings: string,
    private readonly names: string,
    private readonly v: Views,
    private readonly reader: KbFileReader,
  ) {
    this.maxAliasTokens = meta.maxAliasTokens;
  }

  static async load(reader: KbFileReader): Promise<IndexedKb> {
    const [metaText, strings, names, bin] = await Promise.all([
      reader.text(KB_FILES.meta),
      reader.text(KB_FILES.strings),
      reader.text(KB_FILES.names),
      reader.bytes(KB_FILES.index),
    ]);
    const meta = JSON.parse(metaText) as KbMeta;
    if (meta.format !== KB_FORMAT_VERSION) throw new Error(`KB format ${meta.format}, expected ${KB_FORMAT_VERSION}`);
    const v = views(meta, bin);
    if (
      v.givenStart[v.givenStart.length - 1] !== strings.length ||
      v.nameStart[v.nameStart.length - 1] !== names.length ||
      v.hitStart[v.hitStart.length - 1] !== v.hits.length
    ) {
      throw new Error('KB text files do not match index.bin (rebuild the KB)');
    }
    return new IndexedKb(meta, strings, names, v, reader);
  }

  get size(): number {
    return this.meta.entities;
  }

  /** The i-th string of an offset section (each string is followed by a line break). */
  private str(starts: Uint32Array, i: number, text: string = this.strings): string {
    return text.slice(starts[i] as number, (starts[i + 1] as number) - 1);
  }

  private id(n: number): string {
    return (this.meta.idPrefixes[this.v.idPrefix[n] as number] ?? '') + this.str(this.v.idStart, n);
  }

  /** Compares key `i` with `s` without making a string. */
  private compareKey(i: number, s: string): number {
    const starts = this.v.keyStart;
    const a = starts[i] as number;
    const len = (starts[i + 1] as number) - 1 - a;
    const n = Math.min(len, s.length);
    for (let k = 0; k < n; k++) {
      const d = this.strings.charCodeAt(a + k) - s.charCodeAt(k);
      if (d !== 0) return d;
    }
    return len - s.length;
  }

  /** The first key index whose key is ≥ s. */
  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.meta.keys;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareKey(mid, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  lookup(key: string): readonly AliasHit[] | undefined {
    const i = this.lowerBound(key);
    if (i >= this.meta.keys || this.compareKey(i, key) !== 0) return undefined;
    const out: AliasHit[] = [];
    const { hitStart, hits } = this.v;
    for (let h = hitStart[i] as number; h < (hitStart[i + 1] as number); h++) {
      const x = hits[h] as number;
      out.push({ entity: x >>> 2, type: (x & 3) as AliasType });
    }
    return out;
  }

  hasPrefix(prefix: string): boolean {
    const p = `${prefix} `;
    const i = this.lowerBound(p);
    if (i >= this.meta.keys) return false;
    const start = this.v.keyStart[i] as number;
    return this.strings.startsWith(p, start) && start + p.length <= (this.v.keyStart[i + 1] as number) - 1;
  }

  entity(n: number): EntityHead {
    const cached = this.heads[n];
    if (cached) return cached;
    if (!(n >= 0 && n < this.meta.entities)) throw new RangeError(`no entity ${n}`);
    const flags = this.v.flags[n] as number;
    const head: EntityHead = {
      id: this.id(n),
      kind: KIND_CODES[flags & FLAG_KIND_MASK] ?? 'place',
      name: this.str(this.v.nameStart, n, this.names),
      prominence: this.v.prominence[n] as number,
    };
    const country = this.meta.countries[this.v.country[n] as number];
    const region = this.meta.regions[this.v.region[n] as number];
    if (country) head.country = country;
    if (region) head.region = region;
    if (flags & FLAG_NEEDS_CONTEXT) head.needsContext = true;
    if (flags & FLAG_HISTORICAL) head.historical = true;
    this.heads[n] = head;
    return head;
  }

  isGivenName(key: string): boolean {
    const starts = this.v.givenStart;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareKeys(this.str(starts, mid), key);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /** The entity number of an id, or undefined (builds an id map on first use). */
  findId(id: string): number | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (let n = 0; n < this.meta.entities; n++) this.byId.set(this.id(n), n);
    }
    return this.byId.get(id);
  }

  /** Size, build date and source credits, for the options page (reads SOURCES.json once). */
  async info(): Promise<KbSummary> {
    this.sourcesFile ??= this.reader.text(KB_FILES.sources).then((t) => JSON.parse(t) as KbSourcesFile);
    const file = await this.sourcesFile;
    return {
      entities: this.meta.entities,
      builtFrom: file.buildDate,
      buildDate: file.buildDate,
      counts: this.meta.counts,
      sources: file.sources.map((s) => ({
        name: s.title,
        licence: s.licence,
        ...(s.attribution ? { attribution: s.attribution } : {}),
        url: s.origin,
        asOf: s.asOf,
      })),
      attributions: file.attributions,
    };
  }

  private loadTables(): Promise<Tables> {
    if (!this.tables) {
      const p = this.reader.text(KB_FILES.tables).then((t) => JSON.parse(t) as Tables);
      // A failed read is retried next time rather than cached.
      p.catch(() => { if (this.tables === p) this.tables = undefined; });
      this.tables = p;
    }
    return this.tables;
  }

  /** Reads the tables every card needs ahead of the first card, off the first answer's path. */
  prefetchCardTables(): void {
    this.loadTables().catch(() => undefined);
  }

  private loadShard(s: number): Promise<StoredCard[]> {
    let p = this.shards.get(s);
    if (!p) {
      p = this.reader.text(KB_FILES.shard(s)).then((t) => JSON.parse(t) as StoredCard[]);
      // A failed read is retried next time rather than cached.
      p.catch(() => this.shards.delete(s));
      this.shards.set(s, p);
    }
    return p;
  }

  async card(n: number): Promise<EntityCard> {
    const head = this.entity(n);
    const [tables, shard] = await Promise.all([this.loadTables(), this.loadShard(Math.floor(n / this.meta.shardSize))]);
    const stored = shard[n % this.meta.shardSize];
    if (!stored) throw new Error(`KB card ${n} missing from its shard`);
    const [description, url, flat] = stored;
    const facts: Fact[] = [];
    for (let i = 0; i + 3 < flat.length; i += 4) {
      const value = flat[i + 1];
      facts.push({
        label: tables.labels[flat[i] as number] ?? '',
        value: typeof value === 'number' ? (tables.values[value] ?? '') : (value ?? ''),
        source: tables.sources[flat[i + 2] as number] ?? '',
        asOf: tables.dates[flat[i + 3] as number] ?? '',
      });
    }
    const card: EntityCard = { id: head.id, kind: head.kind, name: head.name, description, facts, inKb: true };
    const link = url === 0 ? derivedUrl(head.id) : url ? unpackUrl(url) : undefined;
    if (link) card.url = link;
    return card;
  }
}
