import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/normalise.js';
import { newsKb } from '../fixtures/news-kb.js';
import type { KbLookup } from '../kb/lookup.js';
import { matchesAt } from './kb-matcher.js';

function matches(text: string, word: string, kb: KbLookup): string[] {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => text.slice(t.start, t.end) === word);
  return matchesAt(tokens, i, kb, () => true).map((m) => `${m.key}:${m.end - m.start}`);
}

describe('matchesAt', () => {
  it('finds every alias from a token, longest first, and the same again from its memo', () => {
    const kb = newsKb();
    for (let pass = 0; pass < 2; pass++) {
      expect(matches('Defense Secretary Pete Hegseth spoke.', 'Pete', kb)).toEqual(['pete hegseth:2']);
      expect(matches('He met Ricardo Trevilla Trejo there.', 'Trevilla', kb)).toEqual(['trevilla trejo:2', 'trevilla:1']);
      expect(matches('Hegseth’s visit', 'Hegseth', kb)).toEqual(['hegseth:1']);
      expect(matches('Pete Smith spoke.', 'Pete', kb)).toEqual([]);
    }
  });

  it('asks the KB once per key, and keeps each KB apart', () => {
    const kb = newsKb();
    let lookups = 0;
    const counting: KbLookup = Object.create(kb) as KbLookup;
    counting.lookup = (key: string) => {
      lookups++;
      return kb.lookup(key);
    };
    expect(matches('Pete Hegseth and Pete Hegseth', 'Pete', counting)).toEqual(['pete hegseth:2']);
    const first = lookups;
    expect(first).toBeGreaterThan(0);
    expect(matches('Pete Hegseth again', 'Pete', counting)).toEqual(['pete hegseth:2']);
    expect(lookups).toBe(first);
  });
});
