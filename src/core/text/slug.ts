/** Article-local ids for entities only the article knows: "article:pete-hegseth". */
import { foldWord } from './normalise.js';

export function slug(name: string): string {
  return foldWord(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'name';
}
