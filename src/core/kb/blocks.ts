/**
 * The two string layouts of index.bin (see ./format.ts): sorted strings front-coded in blocks,
 * searched without decoding more than one block; and lines in blocks, read one at a time. Both
 * are plain bytes with a stored start per block, so loading them is making two typed-array views.
 * Writers and readers live together so a test can hold them to each other.
 */
import { BLOCK, MAX_BYTE_FIELD } from './format.js';

export interface Encoded {
  blocks: Uint32Array;
  bytes: Uint8Array;
}

const NOT_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * Front-codes `sorted` (sorted by code unit, Latin-1 only, none longer than 255): each entry is
 * [bytes shared with the entry before][bytes added][the added bytes], 0 shared at a block's start.
 */
export function encodeSorted(sorted: readonly string[], what: string): Encoded {
  const blocks = new Uint32Array(Math.ceil(sorted.length / BLOCK) + 1);
  const out: number[] = [];
  let prev = '';
  sorted.forEach((s, i) => {
    if (NOT_LATIN1.test(s)) throw new Error(`${what}: beyond Latin-1: ${JSON.stringify(s)}`);
    if (s.length > MAX_BYTE_FIELD) throw new Error(`${what}: longer than ${MAX_BYTE_FIELD} characters: ${JSON.stringify(s)}`);
    if (i > 0 && !(prev < s)) throw new Error(`${what}: not sorted or not unique at ${JSON.stringify(s)}`);
    let shared = 0;
    if (i % BLOCK === 0) blocks[i / BLOCK] = out.length;
    else while (shared < s.length && shared < prev.length && s.charCodeAt(shared) === prev.charCodeAt(shared)) shared++;
    out.push(shared, s.length - shared);
    for (let k = shared; k < s.length; k++) out.push(s.charCodeAt(k));
    prev = s;
  });
  blocks[blocks.length - 1] = out.length;
  return { blocks, bytes: Uint8Array.from(out) };
}

/** Writes each string as UTF-8 followed by a line break, with each block's start. */
export function encodeLines(list: readonly string[], what: string): Encoded {
  const blocks = new Uint32Array(Math.ceil(list.length / BLOCK) + 1);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  list.forEach((s, i) => {
    if (s.includes('\n')) throw new Error(`${what}: a string with a line break: ${JSON.stringify(s)}`);
    if (i % BLOCK === 0) blocks[i / BLOCK] = size;
    const b = encoder.encode(`${s}\n`);
    parts.push(b);
    size += b.length;
  });
  blocks[blocks.length - 1] = size;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const b of parts) {
    bytes.set(b, at);
    at += b.length;
  }
  return { blocks, bytes };
}

/**
 * Sorted strings, front-coded: binary search over block heads, then a walk in one block that
 * compares only the bytes it must. Walking, it keeps how many leading characters the previous
 * entry shares with the string sought: an entry sharing more than that with the previous one is
 * still smaller, one sharing less is already larger, and only an entry sharing exactly that many
 * has its added bytes compared. Nothing is copied or decoded.
 */
export class SortedStrings {
  /** For the entry the last `lowerBound` stopped at: its length, and the leading characters it shares with the string sought. */
  private entryLength = 0;
  private common = 0;

  constructor(
    private readonly blocks: Uint32Array,
    private readonly bytes: Uint8Array,
    readonly count: number,
  ) {}

  /** Compares block b's first entry with `s` in place. */
  private compareHead(b: number, s: string): number {
    const bytes = this.bytes;
    const at = (this.blocks[b] as number) + 2;
    const len = bytes[at - 1] as number;
    const n = Math.min(len, s.length);
    for (let k = 0; k < n; k++) {
      const d = (bytes[at + k] as number) - s.charCodeAt(k);
      if (d !== 0) return d;
    }
    return len - s.length;
  }

  /** Stops at block b's first entry (known to be ≥ s), noting what it shares with s. */
  private stopAtHead(b: number, s: string): number {
    const bytes = this.bytes;
    const at = (this.blocks[b] as number) + 2;
    const len = bytes[at - 1] as number;
    let k = 0;
    while (k < len && k < s.length && bytes[at + k] === s.charCodeAt(k)) k++;
    this.entryLength = len;
    this.common = k;
    return b * BLOCK;
  }

  /** The index of the first entry ≥ s (count if none). */
  lowerBound(s: string): number {
    const blockCount = this.blocks.length - 1;
    if (this.count === 0) return (this.entryLength = this.common = 0);
    // The last block whose head is ≤ s.
    let lo = 0;
    let hi = blockCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareHead(mid, s) <= 0) lo = mid + 1;
      else hi = mid;
    }
    const block = lo - 1;
    if (block < 0) return this.stopAtHead(0, s);
    const bytes = this.bytes;
    const first = block * BLOCK;
    const last = Math.min(first + BLOCK, this.count);
    let at = this.blocks[block] as number;
    /** Leading characters the previous entry (all of them < s) shares with s. */
    let match = 0;
    for (let i = first; i < last; i++) {
      const shared = bytes[at] as number;
      const added = bytes[at + 1] as number;
      const len = shared + added;
      // Byte k of this entry, for k ≥ shared, is at tail + k.
      const tail = at + 2 - shared;
      at += 2 + added;
      if (shared > match) continue; // Same as the previous entry where it differs from s: smaller.
      if (shared < match) {
        // Larger than the previous entry exactly where that one still matched s: larger than s.
        this.entryLength = len;
        this.common = shared;
        return i;
      }
      let k = match;
      while (k < len && k < s.length && bytes[tail + k] === s.charCodeAt(k)) k++;
      match = k;
      const larger = k === len ? len >= s.length : k === s.length || (bytes[tail + k] as number) > s.charCodeAt(k);
      if (larger) {
        this.entryLength = len;
        this.common = k;
        return i;
      }
    }
    // Every entry of the block is < s: the answer is the next block's head (> s by the search).
    if (block + 1 < blockCount) return this.stopAtHead(block + 1, s);
    this.entryLength = this.common = 0;
    return this.count;
  }

  /** The index of `s`, or -1. */
  indexOf(s: string): number {
    const i = this.lowerBound(s);
    return i < this.count && this.common === s.length && this.entryLength === s.length ? i : -1;
  }

  /** True when some entry starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    return this.lowerBound(prefix) < this.count && this.common === prefix.length;
  }
}

/** Lines in blocks: line i is found from its block's start, past i % BLOCK line breaks. */
export class Lines {
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly blocks: Uint32Array,
    private readonly bytes: Uint8Array,
    readonly count: number,
  ) {}

  get(i: number): string {
    if (!(i >= 0 && i < this.count)) throw new RangeError(`no line ${i}`);
    const bytes = this.bytes;
    let at = this.blocks[Math.floor(i / BLOCK)] as number;
    for (let skip = i % BLOCK; skip > 0; skip--) while (bytes[at++] !== 10);
    // Most lines are ASCII: made from char codes directly, without a view and a decoder call.
    let s = '';
    for (let k = at; ; k++) {
      const c = bytes[k] as number;
      if (c === 10) return s;
      if (c >= 0x80) break;
      s += String.fromCharCode(c);
    }
    let end = at;
    while (bytes[end] !== 10) end++;
    return this.decoder.decode(bytes.subarray(at, end));
  }
}
