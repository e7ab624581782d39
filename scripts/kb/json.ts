/**
 * JSON sources with line numbers. `JSON.parse` forgets where a value was, so for a top-level
 * array we also scan the text once for the line on which each element starts: a bad item is then
 * reported as "file:line", like a bad CSV row.
 */
import { SourceError } from './errors.js';

export interface JsonItem {
  line: number;
  value: unknown;
}

export function parseJsonArray(text: string, file: string): JsonItem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? lineAt(text, Number(pos[1])) : 1;
    throw new SourceError(file, line, `invalid JSON: ${message}`);
  }
  if (!Array.isArray(data)) throw new SourceError(file, 1, 'expected a JSON array at the top level');
  const lines = itemLines(text);
  return data.map((value, i) => ({ value, line: lines[i] ?? 1 }));
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The 1-based line on which each element of a top-level array starts. */
export function itemLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if (depth === 1 && expectItem) {
      lines.push(line);
      expectItem = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1) expectItem = true;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 1) expectItem = true;
  }
  return lines;
}

/** JSON Lines: one object per non-blank line. */
export function parseJsonLines(text: string, file: string): JsonItem[] {
  const items: JsonItem[] = [];
  text.split('\n').forEach((raw, i) => {
    const lineText = raw.trim();
    if (!lineText) return;
    try {
      items.push({ line: i + 1, value: JSON.parse(lineText) });
    } catch (e) {
      throw new SourceError(file, i + 1, `invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  return items;
}

/** A small typed reader over one JSON object, failing with the item's file and line. */
export class Fields {
  constructor(
    readonly value: Record<string, unknown>,
    readonly file: string,
    readonly line: number,
  ) {}

  static of(item: JsonItem, file: string): Fields {
    const v = item.value;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      throw new SourceError(file, item.line, 'expected a JSON object');
    }
    return new Fields(v as Record<string, unknown>, file, item.line);
  }

  fail(why: string): never {
    throw new SourceError(this.file, this.line, why);
  }

  str(key: string): string {
    const v = this.value[key];
    if (typeof v !== 'string' || v.trim() === '') this.fail(`"${key}" must be a non-empty string`);
    return v.trim();
  }

  optStr(key: string): string | undefined {
    const v = this.value[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') this.fail(`"${key}" must be a string`);
    return v.trim() || undefined;
  }

  optNum(key: string): number | undefined {
    const v = this.value[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`"${key}" must be a number`);
    return v;
  }

  optStrList(key: string): string[] {
    const v = this.value[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) this.fail(`"${key}" must be a list of strings`);
    return (v as string[]).map((s) => s.trim()).filter(Boolean);
  }

  obj(key: string): Fields {
    const v = this.value[key];
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(`"${key}" must be an object`);
    return new Fields(v as Record<string, unknown>, this.file, this.line);
  }

  optObj(key: string): Fields | undefined {
    return this.value[key] === undefined ? undefined : this.obj(key);
  }

  list(key: string): Fields[] {
    const v = this.value[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail(`"${key}" must be a list`);
    return v.map((x, i) => {
      if (typeof x !== 'object' || x === null || Array.isArray(x)) this.fail(`"${key}"[${i}] must be an object`);
      return new Fields(x as Record<string, unknown>, this.file, this.line);
    });
  }
}
