import { describe, expect, it } from 'vitest';
import { tokenize } from './normalise.js';
import { caselessTokens } from './case-zones.js';

function caseless(text: string): Record<string, boolean> {
  const tokens = tokenize(text);
  const flags = caselessTokens(text, tokens);
  return Object.fromEntries(tokens.map((t, i) => [text.slice(t.start, t.end), flags[i]!]));
}

describe('caselessTokens', () => {
  it('marks all-caps lines', () => {
    const flags = caseless('WILL BIDEN PICK RON KLAIN\nWill Smith met the press.');
    expect(flags['BIDEN']).toBe(true);
    expect(flags['Smith']).toBe(false);
  });

  it('marks title-case headlines but not prose', () => {
    const flags = caseless('What You Need To Know\nDefense Secretary Pete Hegseth flew to Texas.');
    expect(flags['Need']).toBe(true);
    expect(flags['Hegseth']).toBe(false);
  });

  it('leaves a short capitalised sentence with a full stop alone', () => {
    expect(caseless('Trump Said No.')['Trump']).toBe(false);
  });
});
