/** Article-local ids for entities only the article knows: "article:pete-hegseth". */
import { foldWord } from './normalise.js';

/** Printable ASCII: folding it only drops apostrophes and lower-cases, no Unicode work. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function slug(name: string): string {
  const folded = PRINTABLE_ASCII.test(name) ? name.replace(/'/g, '').toLowerCase() : foldWord(name);
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'name';
}
