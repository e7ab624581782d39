/** The readability corpus pages (../shared/corpora/readability/NAME/source.html), when present. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const READABILITY_CORPUS = resolve(import.meta.dirname, '../../../shared/corpora/readability');

export interface CorpusPage {
  name: string;
  file: string;
  /** Path under the fixture server's `/shared/` root. */
  urlPath: string;
  bytes: number;
}

export function corpusPages(dir: string = READABILITY_CORPUS): CorpusPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, file: join(dir, name, 'source.html') }))
    .filter((p) => existsSync(p.file))
    .map((p) => ({ ...p, urlPath: `/shared/corpora/readability/${encodeURIComponent(p.name)}/source.html`, bytes: statSync(p.file).size }));
}
