import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { itemLines, parseJsonArray, parseJsonLines } from './json.js';
import { SourceError } from './errors.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks, and knows each row’s line', () => {
    const text = 'a,b\n1,"x, ""y"""\n2,"two\nlines"\n3,z\n';
    const { rows } = parseCsv(text, 'f.csv');
    expect(rows.map((r) => [r.line, r.get('a'), r.get('b')])).toEqual([
      [2, '1', 'x, "y"'],
      [3, '2', 'two\nlines'],
      [5, '3', 'z'],
    ]);
  });

  it('fails with file and line when a row has the wrong number of columns', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 'f.csv')).toThrow('f.csv:3: expected 2 columns, found 1');
  });

  it('fails on an unclosed quote at the line where the field starts', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"oops\n', 'f.csv')).toThrow(/f\.csv:3: a quoted field is never closed/);
  });
});

describe('JSON sources', () => {
  it('finds the line of each top-level array item', () => {
    expect(itemLines('[\n  {"a": "[x]"},\n  {\n "b": 1\n  }, 3\n]')).toEqual([2, 3, 5]);
  });

  it('reports invalid JSON Lines by line', () => {
    const err = (() => {
      try {
        parseJsonLines('{"a":1}\n\n{"a":\n', 'o.jsonl');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(SourceError);
    expect((err as SourceError).line).toBe(3);
  });

  it('rejects a JSON file that is not an array', () => {
    expect(() => parseJsonArray('{"a": 1}', 'x.json')).toThrow('x.json:1: expected a JSON array at the top level');
  });
});
