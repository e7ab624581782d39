import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeText } from './normalise.js';
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

  it('reads the same lines from the tokenizer\'s line starts as from the text', () => {
    const text = 'WHAT YOU NEED\n\nJ. D. Vance met 3 aides.\nThe Big Three Cars\r\nNATO’s CHIEF SAID\nend';
    const { tokens, lineStarts } = tokenizeText(text);
    expect(lineStarts.map((k) => text.slice(tokens[k]!.start, tokens[k]!.end))).toEqual(['J. D.', 'The', 'NATO', 'end']);
    expect(caselessTokens(text, tokens, lineStarts)).toEqual(caselessTokens(text, tokens));
    expect(caselessTokens(text, tokens).filter(Boolean)).toHaveLength(3 + 4 + 3);
  });
});

