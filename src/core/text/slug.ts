/** Article-local ids for entities only the article knows: "article:pete-hegseth". */
import { foldWord } from './normalise.js';

/** Printable ASCII: folding it only drops apostrophes and lower-cases, no Unicode work. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Slugs already made: the same names come back in article after article. Bounded. */
const made = new Map<string, string>();
const MAX_MADE = 10_000;

export function slug(name: string): string {
  let known = made.get(name);
  if (known === undefined) {
    known = makeSlug(name);
    if (made.size >= MAX_MADE) made.clear();
    made.set(name, known);
  }
  return known;
}

function makeSlug(name: string): string {
  const folded = PRINTABLE_ASCII.test(name) ? name.replace(/'/g, '').toLowerCase() : foldWord(name);
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'name';
}
