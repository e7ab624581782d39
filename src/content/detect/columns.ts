/**
 * The page walk's per-element numbers (see `stats.ts`), laid out as typed-array columns, and
 * once the walk ends, what it found besides: the columns are then its `PageStats`.
 */
import type { MetadataSources, PageCounts, PageStats } from './stats.js';

/** `PageStats.hidden` and `hiddenParent` of a page with no hidden element. */
const NOTHING_HIDDEN: Element[] = [];
const NO_PARENTS = new Int32Array(0);

/** Bytes of all columns for one element: 17 Int32, 1 Uint16 and 3 Uint8 columns. */
const BYTES_PER_ELEMENT = 17 * 4 + 2 + 3;

/**
 * The per-element numbers of one walk, in document order (see `PageStats`); replaced when they
 * grow. All columns are views of one buffer: each typed array of its own costs a native
 * allocation (twenty of them took 0.1-0.5 ms in a fresh Chromium page, one buffer cut up
 * ~0.01 ms). Widest types first, so that every view is aligned.
 *
 * A class rather than an object literal: V8 makes a literal's shape anew the second time the
 * literal runs, which throws away code optimised for the first walk ("dependent field type
 * changed"); a constructor keeps one shape for every walk.
 *
 * The walk's other findings are set on the columns as it ends (`finish` in stats.ts), so that
 * they are its `PageStats` with nothing copied into another object: code that runs once per
 * detection runs without type feedback for several detections, and there each property read
 * or written costs ~70 ns (45 more reads made the small pages 15% slower); copying the columns
 * into a result object was some fifty of them. The columns may have room past `count`: only
 * its first `count` entries count (cutting fifteen views to size took a twentieth of a small
 * page's detection). The sums along the tree are done by then, each element adding its own
 * into its parent's as it closes: `text`, `link`, `prose`, `paragraphs`, `headings`, `teasers`
 * and `dates` hold the "furniture left out" sums, `rawProse`, `allText` and `allLink` the
 * "furniture included" ones.
 */
export class Columns implements PageStats {
  readonly prose: Int32Array;
  readonly rawProse: Int32Array;
  readonly parent: Int32Array;
  readonly end: Int32Array;
  /** The paragraph unit the element's inline text belongs to: itself when it opens one. */
  readonly unit: Int32Array;
  /**
   * Characters of text, furniture left out: the element's own texts as the walk meets them,
   * then each child's sum as the child closes, so the subtree's once it has closed
   * (`PageStats.text`).
   */
  readonly text: Int32Array;
  /** Of `text`, inside links. */
  readonly link: Int32Array;
  readonly headings: Int32Array;
  /** Teaser titles in the subtree (1 for the element's own, once it closes). */
  readonly teasers: Int32Array;
  /** Texts holding a date in the subtree (1 for the element's own, however many). */
  readonly dates: Int32Array;
  /** Paragraphs of prose in the subtree (1 for the element's own, once it closes). */
  readonly paragraphs: Int32Array;
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
  /** 1 once a text directly inside has held a date (`dates` counts the element's own once). */
  readonly ownDated: Uint8Array;
  // Filled in when the walk ends (see the class comment).
  best = -1;
  count = 0;
  hidden: Element[] = NOTHING_HIDDEN;
  hiddenParent: Int32Array = NO_PARENTS;

  /**
   * Room for `capacity` elements. The element list, page counts and metadata sources are the
   * walk's own, which it fills as it goes: handed on when the columns grow.
   */
  constructor(
    readonly capacity: number,
    readonly elements: Element[],
    readonly page: PageCounts,
    readonly metadata: MetadataSources,
  ) {
    const buffer = new ArrayBuffer(capacity * BYTES_PER_ELEMENT);
    const word = capacity * 4;
    let at = 0;
    this.prose = new Int32Array(buffer, at, capacity);
    this.rawProse = new Int32Array(buffer, (at += word), capacity);
    this.parent = new Int32Array(buffer, (at += word), capacity);
    this.end = new Int32Array(buffer, (at += word), capacity);
    this.unit = new Int32Array(buffer, (at += word), capacity);
    this.text = new Int32Array(buffer, (at += word), capacity);
    this.link = new Int32Array(buffer, (at += word), capacity);
    this.headings = new Int32Array(buffer, (at += word), capacity);
    this.teasers = new Int32Array(buffer, (at += word), capacity);
    this.dates = new Int32Array(buffer, (at += word), capacity);
    this.paragraphs = new Int32Array(buffer, (at += word), capacity);
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
    const more = new Columns(capacity, this.elements, this.page, this.metadata);
    for (const key of COLUMN_NAMES) more[key].set(this[key]);
    return more;
  }
}

const COLUMN_NAMES = [
  'prose', 'rawProse', 'parent', 'end', 'unit', 'text', 'link', 'headings', 'teasers', 'dates',
  'paragraphs', 'unitText', 'unitLink', 'allText', 'allLink', 'headingCount', 'unitFirstLink', 'tagBits',
  'flags', 'unitPunct', 'ownDated',
] as const satisfies readonly (keyof Columns)[];
