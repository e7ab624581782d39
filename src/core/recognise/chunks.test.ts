import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/normalise.js';
import { capitalisedRuns } from './chunks.js';

function runs(text: string, lineJoin = (_: number) => true): string[] {
  const tokens = tokenize(text);
  return capitalisedRuns(text, tokens, lineJoin).map((r) => text.slice(tokens[r.start]!.start, tokens[r.end - 1]!.end));
}

describe('capitalisedRuns', () => {
  it('keeps titles, initials and particles inside one run', () => {
    expect(runs('He met Gen. Ricardo Trevilla Trejo and Ursula von der Leyen.')).toEqual([
      'He', 'Gen. Ricardo Trevilla Trejo', 'Ursula von der Leyen',
    ]);
  });

  it('joins hyphenated names and Korean syllables, and an Arabic article in lower case', () => {
    expect(runs('said Nana Akufo-Addo, Moon Jae-in and Hamad al-Otaibi')).toEqual([
      'Nana Akufo-Addo', 'Moon Jae-in', 'Hamad al-Otaibi',
    ]);
    expect(runs('the Trump-era rule and a U.S.-based firm')).toEqual(['Trump', 'U.S.']);
  });

  it('stops at possessives, commas and dates', () => {
    expect(runs('Vance’s vote, Mexico City and By Ross Kerber Dec 7 (Reuters)')).toEqual([
      'Vance', 'Mexico City', 'By Ross Kerber', 'Reuters',
    ]);
    // A date is no name of its own either: "U.S. August 2, 2018" gave the town of August.
    expect(runs('in Los Angeles, California, U.S. August 2, 2018.')).toEqual(['Los Angeles', 'California', 'U.S.']);
  });

  it('runs on past a possessive that belongs to the name', () => {
    expect(runs("the People's Liberation Army, Trump's White House and the Workers’ Party")).toEqual([
      "People's Liberation Army", 'Trump', 'White House', 'Workers’ Party',
    ]);
    expect(runs("the people's Choice and People's\nDaily", () => false)).toEqual(['Choice', 'People', 'Daily']);
  });

  it('joins a name split by a line break only when asked', () => {
    expect(runs('praised Pete\nHegseth today')).toEqual(['Pete\nHegseth']);
    expect(runs('praised Pete\nHegseth today', () => false)).toEqual(['Pete', 'Hegseth']);
    expect(runs('REUTERS\nBEIJING')).toEqual(['REUTERS', 'BEIJING']);
  });
});
