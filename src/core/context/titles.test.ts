import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/normalise.js';
import { roleBefore, titleZoneEnd } from './titles.js';
import { rolePhraseAt } from './article-context.js';

/** The role phrase before `name` in `text`. */
function role(text: string, name: string): string | undefined {
  const tokens = tokenize(text);
  const at = text.indexOf(name);
  const start = tokens.findIndex((t) => t.start === at);
  const end = tokens.findIndex((t) => t.end === at + name.length) + 1;
  return rolePhraseAt(text, tokens, start, end);
}

describe('role phrases', () => {
  it('reads the title before a name', () => {
    expect(role('grievances, Defense Secretary Pete Hegseth flew', 'Pete Hegseth')).toBe('Defense Secretary');
    expect(role('On Monday, Mexican President Claudia Sheinbaum said', 'Claudia Sheinbaum')).toBe('Mexican President');
    expect(role('thanks to Vice President JD Vance’s vote', 'JD Vance')).toBe('Vice President');
    expect(role('As President Donald Trump has deployed', 'Donald Trump')).toBe('President');
  });

  it('keeps quotes that belong to the phrase and lower-case roles', () => {
    expect(role('accompanied by “border czar” Tom Homan.', 'Tom Homan')).toBe('“border czar”');
    expect(role('said spokeswoman Jane Roe on Monday', 'Jane Roe')).toBe('spokeswoman');
  });

  it('joins an appositive before and drops a short title after a long one', () => {
    expect(role('spoke with his Mexican counterpart, National Defense Secretary Gen. Ricardo Trevilla Trejo, and', 'Ricardo Trevilla Trejo'))
      .toBe('Mexican counterpart, National Defense Secretary');
    expect(role('met Gen. Luis Bucio', 'Luis Bucio')).toBe('Gen.');
  });

  it('reads an appositive after the name', () => {
    expect(role('said Jane Roe, the mayor of Springfield, on Monday', 'Jane Roe')).toBe('mayor of Springfield');
    expect(role('Hegseth, who was confirmed narrowly, spoke', 'Hegseth')).toBeUndefined();
  });

  it('finds no role where there is none', () => {
    expect(role('Later, Jane Roe said no.', 'Jane Roe')).toBeUndefined();
    expect(roleBefore('He saw Tom', tokenize('He saw Tom'), 2)).toBeUndefined();
  });
});

describe('titleZoneEnd', () => {
  it('splits a run into its title and the name', () => {
    const text = 'U.S. President Donald Trump';
    const tokens = tokenize(text);
    expect(titleZoneEnd(tokens, 0, tokens.length)).toBe(2);
    const plain = tokenize('Donald Trump');
    expect(titleZoneEnd(plain, 0, plain.length)).toBe(0);
    // A title word as the last word is a name, not a title: "Martin Luther King".
    const king = tokenize('Martin Luther King');
    expect(titleZoneEnd(king, 0, king.length)).toBe(0);
  });
});
