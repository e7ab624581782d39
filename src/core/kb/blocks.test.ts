import { describe, expect, it } from 'vitest';
import { Lines, SortedStrings, encodeLines, encodeSorted } from './blocks.js';
import { BLOCK, compareKeys } from './format.js';

/** A deterministic spread of keys sharing prefixes, across many blocks. */
function sampleKeys(): string[] {
  const words = ['al', 'ala', 'alabama', 'el', 'el paso', 'el paso texas', 'pete', 'pete hegseth', 'zoë', 'ÿ', 'a b c'];
  const out = new Set<string>(words);
  let x = 7;
  for (let i = 0; i < 700; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const len = 1 + (x % 9);
    let s = '';
    for (let k = 0; k < len; k++) s += 'abcde fé'[(x >> (k * 3)) % 8];
    out.add(s.trim() || 'q');
  }
  return [...out].sort(compareKeys);
}

function sorted(list: string[]): SortedStrings {
  const e = encodeSorted(list, 'test');
  return new SortedStrings(e.blocks, e.bytes, list.length);
}

/** What the searches must agree with: a scan of the plain list. */
const naiveLowerBound = (list: string[], s: string): number => {
  const i = list.findIndex((k) => compareKeys(k, s) >= 0);
  return i < 0 ? list.length : i;
};

describe('SortedStrings (front-coded blocks)', () => {
  const keys = sampleKeys();
  const kb = sorted(keys);

  it('spans many blocks and is smaller than the plain keys', () => {
    expect(keys.length).toBeGreaterThan(BLOCK * 20);
    const e = encodeSorted(keys, 'test');
    expect(e.blocks.length).toBe(Math.ceil(keys.length / BLOCK) + 1);
    expect(e.bytes.length).toBeLessThan(keys.reduce((n, k) => n + k.length + 1, 0));
  });

  it('finds every key at its index, and nothing that is not a key', () => {
    keys.forEach((k, i) => expect(kb.indexOf(k)).toBe(i));
    for (const miss of ['', 'zzzz', '\u00ff\u00ff', 'pete hegseth x', 'el pas', '0']) {
      expect(kb.indexOf(miss), miss).toBe(keys.includes(miss) ? keys.indexOf(miss) : -1);
    }
  });

  it('agrees with a plain scan on lower bounds, block heads and ends included', () => {
    const probes = ['', ' ', 'a', 'zz', '\u00ff\u00ff\u00ff', ...keys.flatMap((k) => [k, `${k} `, k.slice(0, -1), `${k}a`])];
    for (const p of probes) expect(kb.lowerBound(p), JSON.stringify(p)).toBe(naiveLowerBound(keys, p));
  });

  it('answers prefixes as the matcher asks them ("el paso " continues, "pete hegseth " does not)', () => {
    expect(kb.hasPrefix('el ')).toBe(true);
    expect(kb.hasPrefix('el paso ')).toBe(true);
    expect(kb.hasPrefix('pete ')).toBe(true);
    expect(kb.hasPrefix('pete hegseth ')).toBe(false);
    for (const k of keys.slice(0, 200)) {
      const p = k.slice(0, 2);
      expect(kb.hasPrefix(p), p).toBe(keys.some((x) => x.startsWith(p)));
    }
  });

  it('works when empty or a single block', () => {
    expect(sorted([]).indexOf('a')).toBe(-1);
    expect(sorted([]).hasPrefix('a')).toBe(false);
    const one = sorted(['b', 'c']);
    expect(one.indexOf('b')).toBe(0);
    expect(one.lowerBound('a')).toBe(0);
    expect(one.lowerBound('d')).toBe(2);
  });

  it('refuses what it cannot store', () => {
    expect(() => encodeSorted(['b', 'a'], 'key')).toThrow(/not sorted/);
    expect(() => encodeSorted(['a', 'a'], 'key')).toThrow(/not sorted or not unique/);
    expect(() => encodeSorted(['ə'], 'key')).toThrow(/beyond Latin-1/);
    expect(() => encodeSorted(['x'.repeat(256)], 'key')).toThrow(/longer than 255/);
  });
});

describe('Lines', () => {
  it('reads back every line, ASCII or not, across blocks', () => {
    const list = Array.from({ length: BLOCK * 3 + 5 }, (_, i) => (i % 7 === 0 ? `Zoë Ölmez ${i} — 東京` : i % 5 === 0 ? '' : `Q${i * 31}`));
    const e = encodeLines(list, 'test');
    const lines = new Lines(e.blocks, e.bytes, list.length);
    list.forEach((s, i) => expect(lines.get(i)).toBe(s));
    expect(() => lines.get(list.length)).toThrow(RangeError);
    expect(() => lines.get(-1)).toThrow(RangeError);
  });

  it('refuses a line break inside a string', () => {
    expect(() => encodeLines(['a\nb'], 'name')).toThrow(/line break/);
  });
});
