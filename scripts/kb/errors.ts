/**
 * Build errors that point at the bad input: a malformed or inconsistent source row must stop
 * the build with the file, the line and the reason, so whoever edits the data can fix it
 * without reading the build code.
 */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly why: string,
  ) {
    super(`${file}:${line}: ${why}`);
    this.name = 'SourceError';
  }
}

/** Where a row came from, carried along so later (merge-time) checks can still name it. */
export interface RowRef {
  file: string;
  line: number;
}

export function fail(ref: RowRef, why: string): never {
  throw new SourceError(ref.file, ref.line, why);
}
