import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/normalise.js';
import { caselessTokens } from '../text/case-zones.js';
import { MemoryKb } from '../kb/memory-kb.js';
import { personEvidence, type PersonTest } from './people.js';

const kb = new MemoryKb([], ['Leonhard']);

/** Evidence for the words `name` inside `text`. */
function evidence(text: string, name: string, extra: Partial<PersonTest> = {}): string | undefined {
  const tokens = tokenize(text);
  const at = text.indexOf(name);
  const start = tokens.findIndex((t) => t.start === at);
  const end = tokens.findIndex((t) => t.end === at + name.length) + 1;
  return personEvidence({
    text, tokens, start, end, kb, caseless: caselessTokens(text, tokens), titled: false, ...extra,
  });
}

describe('personEvidence', () => {
  it('knows given names from the built-in list and from the KB', () => {
    expect(evidence('a visit by Paulina Duran today', 'Paulina Duran')).toBe('given');
    expect(evidence('photo by Leonhard Foeger today', 'Leonhard Foeger')).toBe('given');
    expect(evidence('said James Angel, a professor', 'James Angel')).toBe('given');
  });

  it('does not take common words for names without strong evidence', () => {
    expect(evidence('Will Power is a virtue.', 'Will Power')).toBeUndefined();
    expect(evidence('They met in May Day parades.', 'May Day')).toBeUndefined();
    expect(evidence('A talk with Will Smith today.', 'Will Smith')).toBe('given');
  });

  it('takes initials, titles and speakers', () => {
    expect(evidence('a letter from J. Smithers today', 'J. Smithers')).toBe('initial');
    expect(evidence('U.S. Marines landed', 'U.S. Marines', { kb: new MemoryKb([{ head: { id: 'Q30', kind: 'place', name: 'U.S.', prominence: 1 }, aliases: [], card: { description: '', facts: [] } }]) })).toBeUndefined();
    expect(evidence('met Trevilla today', 'Trevilla', { titled: true })).toBe('title');
    expect(evidence('the plan works, Zorbu Quantle said.', 'Zorbu Quantle')).toBe('speech');
  });

  it('does not take the object of a preposition for the speaker of the verb after it', () => {
    expect(evidence('Officials at Zorbu Quantle said on Monday.', 'Zorbu Quantle')).toBeUndefined();
    expect(evidence('A spokesman for Zorbu Quantle said the plan works.', 'Zorbu Quantle')).toBeUndefined();
    expect(evidence('On Monday, Zorbu Quantle said the plan works.', 'Zorbu Quantle')).toBe('speech');
    expect(evidence('"It works," said Zorbu Quantle of the plan.', 'Zorbu Quantle')).toBe('speech');
  });

  it('does not take a name before a role for the speaker: whoever holds the role speaks', () => {
    expect(evidence('It works, said Zorbu Quantle spokesman Bruce Heine.', 'Zorbu Quantle')).toBeUndefined();
    expect(evidence('It works, said Zorbu Quantle, a spokesman.', 'Zorbu Quantle')).toBe('speech');
  });

  it('does not take a surname used alone elsewhere as proof after a word that is no given name', () => {
    const repeated = { repeatedSurname: true };
    expect(evidence('the coach Zorbu Quantle ran', 'Zorbu Quantle', repeated)).toBe('repeat');
    const lower = { ...repeated, lowerKeys: new Set(['zorbu']) };
    expect(evidence('the coach Zorbu Quantle ran', 'Zorbu Quantle', lower)).toBeUndefined();
    expect(evidence('Using Quantle\nQuantle is a tool.', 'Using Quantle', repeated)).toBeUndefined();
    expect(evidence('Building Quantle\nQuantle is a tool.', 'Building Quantle', repeated)).toBeUndefined();
    expect(evidence('see "Okay Publicly Rips Quantle" here.', 'Publicly Rips Quantle', repeated)).toBeUndefined();
    expect(evidence('Zorbu Quantle ran fast. Quantle won.', 'Zorbu Quantle', repeated)).toBe('repeat');
  });

  it('takes a given name only the KB attests for a word where the article writes it in lower case', () => {
    const webKb = new MemoryKb([], ['Web']);
    expect(evidence('on the Web Emscripten code', 'Web Emscripten', { kb: webKb })).toBe('given');
    expect(evidence('on the Web Emscripten code', 'Web Emscripten', { kb: webKb, lowerKeys: new Set(['web']) })).toBeUndefined();
  });

  it('takes "A" and "I" with no dot for words, not initials', () => {
    expect(evidence('see A Concise History here', 'A Concise History')).toBeUndefined();
    expect(evidence('a letter from J Smithers today', 'J Smithers')).toBe('initial');
  });

  it('never takes organisation, place or event names for people', () => {
    expect(evidence('at Paulina University today', 'Paulina University')).toBeUndefined();
    expect(evidence('James River flooded', 'James River')).toBeUndefined();
    expect(evidence('the Alfred Dunhill Championship', 'Alfred Dunhill Championship')).toBeUndefined();
  });

  it('reads all-caps lines only with a given name that is no word', () => {
    expect(evidence('PICKS AVRIL HAINES\nThe pick.', 'AVRIL HAINES')).toBe('given');
    expect(evidence('DIRECTOR OF NATIONAL INTELLIGENCE\nx', 'OF NATIONAL INTELLIGENCE', { titled: true })).toBeUndefined();
  });
});
