/**
 * The page walk's per-element numbers (see `stats.ts`), laid out as typed-array columns.
 */

/** Bytes of all columns for one element: 17 Int32, 1 Uint16 and 3 Uint8 columns. */
const BYTES_PER_ELEMENT = 17 * 4 + 2 + 3;

/**
 * The per-element numbers of one walk, in document order (see `PageStats`); replaced when they
 * grow. All columns are views of one buffer: each typed array of its own costs a native
 * allocation (twenty of them took 0.1-0.5 ms in a fresh Chromium page, one buffer cut up
 * ~0.01 ms). Widest types first, so that every view is aligned.
 *
 * A class rather than an object literal, here and for `PageStats`: V8 makes a literal's shape
 * anew the second time the literal runs, which throws away code optimised for the first walk
 * ("dependent field type changed"); a constructor keeps one shape for every walk.
 */
export class Columns {
  readonly ownProse: Int32Array;
  readonly rawProse: Int32Array;
  readonly parent: Int32Array;
  readonly end: Int32Array;
  /** The paragraph unit the element's inline text belongs to: itself when it opens one. */
  readonly unit: Int32Array;
  /** Characters of text directly inside (not in child elements). */
  readonly ownText: Int32Array;
  /** Of `ownText`, inside links. */
  readonly ownLink: Int32Array;
  readonly ownHeads: Int32Array;
  /** Teaser titles in the subtree (1 for the element's own, once it closes). */
  readonly ownTeaser: Int32Array;
  /** Texts holding a date in the subtree (1 for the element's own, however many). */
  readonly ownDate: Int32Array;
  /** Paragraphs of prose in the subtree (1 for the element's own, once it closes). */
  readonly ownParagraph: Int32Array;
  // The paragraph unit each block element opens: the inline text inside it, how much of it is
  // links, and whether it is punctuated.
  readonly unitText: Int32Array;
  readonly unitLink: Int32Array;
  // The sums with furniture included, and the headings in each subtree.
  readonly allText: Int32Array;
  readonly allLink: Int32Array;
  readonly headingCount: Int32Array;
  /**
   * The first link in the unit, by element number (0 for none: the root is never a link). Its
   * href is read only if the unit is a heading: a teaser's title links to another page of the site.
   */
  readonly unitFirstLink: Int32Array;
  /** `Tag` bits of the element's tag. */
  readonly tagBits: Uint16Array;
  readonly flags: Uint8Array;
  readonly unitPunct: Uint8Array;
  /** 1 once a text directly inside has held a date (`ownDate` counts the element's own once). */
  readonly ownDated: Uint8Array;

  constructor(readonly capacity: number) {
    const buffer = new ArrayBuffer(capacity * BYTES_PER_ELEMENT);
    const word = capacity * 4;
    let at = 0;
    this.ownProse = new Int32Array(buffer, at, capacity);
    this.rawProse = new Int32Array(buffer, (at += word), capacity);
    this.parent = new Int32Array(buffer, (at += word), capacity);
    this.end = new Int32Array(buffer, (at += word), capacity);
    this.unit = new Int32Array(buffer, (at += word), capacity);
    this.ownText = new Int32Array(buffer, (at += word), capacity);
    this.ownLink = new Int32Array(buffer, (at += word), capacity);
    this.ownHeads = new Int32Array(buffer, (at += word), capacity);
    this.ownTeaser = new Int32Array(buffer, (at += word), capacity);
    this.ownDate = new Int32Array(buffer, (at += word), capacity);
    this.ownParagraph = new Int32Array(buffer, (at += word), capacity);
    this.unitText = new Int32Array(buffer, (at += word), capacity);
    this.unitLink = new Int32Array(buffer, (at += word), capacity);
    this.allText = new Int32Array(buffer, (at += word), capacity);
    this.allLink = new Int32Array(buffer, (at += word), capacity);
    this.headingCount = new Int32Array(buffer, (at += word), capacity);
    this.unitFirstLink = new Int32Array(buffer, (at += word), capacity);
    this.tagBits = new Uint16Array(buffer, (at += word), capacity);
    this.flags = new Uint8Array(buffer, (at += capacity * 2), capacity);
    this.unitPunct = new Uint8Array(buffer, (at += capacity), capacity);
    this.ownDated = new Uint8Array(buffer, (at += capacity), capacity);
  }

  /** The same columns with room for `capacity` elements, their numbers kept. */
  grown(capacity: number): Columns {
    const more = new Columns(capacity);
    for (const key of COLUMN_NAMES) more[key].set(this[key]);
    return more;
  }
}

const COLUMN_NAMES = [
  'ownProse', 'rawProse', 'parent', 'end', 'unit', 'ownText', 'ownLink', 'ownHeads', 'ownTeaser', 'ownDate',
  'ownParagraph', 'unitText', 'unitLink', 'allText', 'allLink', 'headingCount', 'unitFirstLink', 'tagBits',
  'flags', 'unitPunct', 'ownDated',
] as const satisfies readonly (keyof Columns)[];
