/**
 * The bundled KB, read from the files `scripts/build-kb.ts` writes (layout in ./format.ts).
 * Loading reads meta.json and index.bin and makes typed-array views: no decoding, no loops over
 * the index, no maps, so the service worker can answer its first message right after a cold
 * start. Cards load by shard
 * on first use. Files come through an injected reader: `fetch` in the extension, the file
 * system in Node (./node-loader.ts).
 */
import type { EntityCard, Fact } from '../types.js';
import { Lines, SortedStrings } from './blocks.js';
import {
  BLOCK,
  derivedUrl,
  unpackUrl,
  FLAG_HISTORICAL,
  FLAG_KIND_MASK,
  FLAG_NEEDS_CONTEXT,
  KB_FILES,
  KB_FORMAT_VERSION,
  KIND_CODES,
  LAST_HIT,
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
  keyBlocks: Uint32Array;
  hitBlocks: Uint32Array;
  givenBlocks: Uint32Array;
  idBlocks: Uint32Array;
  nameBlocks: Uint32Array;
  hits: Uint32Array;
  prominence: Uint16Array;
  country: Uint16Array;
  region: Uint16Array;
  keyBytes: Uint8Array;
  givenBytes: Uint8Array;
  idPrefix: Uint8Array;
  idBytes: Uint8Array;
  nameBytes: Uint8Array;
  flags: Uint8Array;
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

type Tables = KbCardTables;

/**
 * Resolves in a later task. Card files are read from there: the first `annotate` after a cold
 * start asks for its cards without waiting for them, and starting those reads (a fetch each,
 * seven for the benchmark's paragraph) in its own task cost it ~6 ms of a ~12 ms answer in a
 * Chromium worker; from the next task they start right after the answer has gone.
 */
function nextTask(): Promise<void> {
  return new Promise((ok) => setTimeout(ok, 0));
}

export class IndexedKb implements KbLookup {
  readonly maxAliasTokens: number;
  private readonly heads: (EntityHead | undefined)[] = [];
  private readonly shards = new Map<number, Promise<StoredCard[]>>();
  private tables: Promise<Tables> | undefined;
  private byId: Map<string, number> | undefined;
  private sourcesFile: Promise<KbSourcesFile> | undefined;
  private readonly keys: SortedStrings;
  private readonly given: SortedStrings;
  private readonly ids: Lines;
  private readonly names: Lines;

  private constructor(
    readonly meta: KbMeta,
    private readonly v: Stored,
    private readonly reader: KbFileReader,
  ) {
    this.maxAliasTokens = meta.maxAliasTokens;
    this.keys = new SortedStrings(v.keyBlocks, v.keyBytes, meta.keys);
    this.given = new SortedStrings(v.givenBlocks, v.givenBytes, meta.givenNames);
    this.ids = new Lines(v.idBlocks, v.idBytes, meta.entities);
    this.names = new Lines(v.nameBlocks, v.nameBytes, meta.entities);
  }

  static async load(reader: KbFileReader): Promise<IndexedKb> {
    const [metaText, bin] = await Promise.all([reader.text(KB_FILES.meta), reader.bytes(KB_FILES.index)]);
    const meta = JSON.parse(metaText) as KbMeta;
    if (meta.format !== KB_FORMAT_VERSION) throw new Error(`KB format ${meta.format}, expected ${KB_FORMAT_VERSION}`);
    const v = sections(meta, bin);
    const blocks = (n: number) => Math.ceil(n / BLOCK) + 1;
    // Cheap checks that meta.json and index.bin belong together, and that no search can run
    // off the end: the counts each section implies, and where each blocks array ends.
    if (
      v.keyBlocks.length !== blocks(meta.keys) ||
      v.hitBlocks.length !== blocks(meta.keys) ||
      v.givenBlocks.length !== blocks(meta.givenNames) ||
      v.idBlocks.length !== blocks(meta.entities) ||
      v.nameBlocks.length !== blocks(meta.entities) ||
      v.keyBlocks[v.keyBlocks.length - 1] !== v.keyBytes.length ||
      v.hitBlocks[v.hitBlocks.length - 1] !== v.hits.length ||
      v.givenBlocks[v.givenBlocks.length - 1] !== v.givenBytes.length ||
      v.idBlocks[v.idBlocks.length - 1] !== v.idBytes.length ||
      v.nameBlocks[v.nameBlocks.length - 1] !== v.nameBytes.length ||
      v.flags.length !== meta.entities
    ) {
      throw new Error('KB meta.json does not match index.bin (rebuild the KB)');
    }
    return new IndexedKb(meta, v, reader);
  }

  get size(): number {
    return this.meta.entities;
  }

  private id(n: number): string {
    return (this.meta.idPrefixes[this.v.idPrefix[n] as number] ?? '') + this.ids.get(n);
  }

  lookup(key: string): readonly AliasHit[] | undefined {
    const i = this.keys.indexOf(key);
    if (i < 0) return undefined;
    // From the block's first hit, past the hits of the keys before this one in the block.
    const hits = this.v.hits;
    let h = this.v.hitBlocks[Math.floor(i / BLOCK)] as number;
    for (let k = i % BLOCK; k > 0; k--) while (!((hits[h++] as number) & LAST_HIT));
    const out: AliasHit[] = [];
    for (;;) {
      const x = hits[h++] as number;
      out.push({ entity: (x & ~LAST_HIT) >>> 2, type: (x & 3) as AliasType });
      if (x & LAST_HIT) return out;
    }
  }

  hasPrefix(prefix: string): boolean {
    return this.keys.hasPrefix(`${prefix} `);
  }

  entity(n: number): EntityHead {
    const cached = this.heads[n];
    if (cached) return cached;
    if (!(n >= 0 && n < this.meta.entities)) throw new RangeError(`no entity ${n}`);
    const flags = this.v.flags[n] as number;
    const head: EntityHead = {
      id: this.id(n),
      kind: KIND_CODES[flags & FLAG_KIND_MASK] ?? 'place',
      name: this.names.get(n),
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
    return this.given.indexOf(key) >= 0;
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
      const p = nextTask().then(() => this.reader.text(KB_FILES.tables)).then((t) => JSON.parse(t) as Tables);
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
      p = nextTask().then(() => this.reader.text(KB_FILES.shard(s))).then((t) => JSON.parse(t) as StoredCard[]);
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
