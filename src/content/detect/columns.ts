/**
 * The page walk's per-element numbers (see `stats.ts`), laid out as typed-array columns, and
 * once the walk ends, what it found besides: the columns are then its `PageStats`.
 */
import type { MetadataSources, PageCounts, PageStats } from './stats.js';

/** `PageStats.hidden` and `hiddenParent` of a page with no hidden element. */
const NOTHING_HIDDEN: Element[] = [];
const NO_PARENTS = new Int32Array(0);

/** The columns, each of one Int32 per element, in the order the constructor lays them out. */
const COLUMN_NAMES = [
  'prose', 'rawProse', 'parent', 'end', 'unit', 'text', 'link', 'headings', 'teasers', 'dates',
  'paragraphs', 'unitText', 'unitLink', 'allText', 'allLink', 'headingCount', 'unitFirstLink', 'tagBits',
  'flags', 'unitPunct', 'ownDated',
] as const satisfies readonly (keyof Columns)[];

/**
 * Column `index`: a view of `capacity` Int32 in `buffer`. Made by this one function so
 * that its construction has type feedback from the first walk on: the constructor runs once
 * per detection, so V8 runs it without feedback for several detections, and there each
 * `new Int32Array` written in it took ~0.5 µs (pages under 60 elements, in Chromium, second
 * detection: 15 µs for the columns against 9 µs this way).
 */
function column(buffer: ArrayBuffer, capacity: number, index: number): Int32Array {
  return new Int32Array(buffer, index * capacity * 4, capacity);
}

/**
 * The per-element numbers of one walk, in document order (see `PageStats`); replaced when they
 * grow. All columns are views of one buffer: each typed array of its own costs a native
 * allocation (twenty of them took 0.1-0.5 ms in a fresh Chromium page, one buffer cut up
 * ~0.01 ms). All are Int32, so that one function makes every view (see `column`).
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
  readonly tagBits: Int32Array;
  readonly flags: Int32Array;
  readonly unitPunct: Int32Array;
  /** 1 once a text directly inside has held a date (`dates` counts the element's own once). */
  readonly ownDated: Int32Array;
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
    const buffer = new ArrayBuffer(capacity * COLUMN_NAMES.length * 4);
    this.prose = column(buffer, capacity, 0);
    this.rawProse = column(buffer, capacity, 1);
    this.parent = column(buffer, capacity, 2);
    this.end = column(buffer, capacity, 3);
    this.unit = column(buffer, capacity, 4);
    this.text = column(buffer, capacity, 5);
    this.link = column(buffer, capacity, 6);
    this.headings = column(buffer, capacity, 7);
    this.teasers = column(buffer, capacity, 8);
    this.dates = column(buffer, capacity, 9);
    this.paragraphs = column(buffer, capacity, 10);
    this.unitText = column(buffer, capacity, 11);
    this.unitLink = column(buffer, capacity, 12);
    this.allText = column(buffer, capacity, 13);
    this.allLink = column(buffer, capacity, 14);
    this.headingCount = column(buffer, capacity, 15);
    this.unitFirstLink = column(buffer, capacity, 16);
    this.tagBits = column(buffer, capacity, 17);
    this.flags = column(buffer, capacity, 18);
    this.unitPunct = column(buffer, capacity, 19);
    this.ownDated = column(buffer, capacity, 20);
  }

  /** The same columns with room for `capacity` elements, their numbers kept. */
  grown(capacity: number): Columns {
    const more = new Columns(capacity, this.elements, this.page, this.metadata);
    for (const key of COLUMN_NAMES) more[key].set(this[key]);
    return more;
  }
}

