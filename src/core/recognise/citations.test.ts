import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/normalise.js';
import { invertedAuthorWord } from './citations.js';

/** The author-name words of a text, by the test. */
function authorWords(text: string): string[] {
  return tokenize(text).filter((t) => invertedAuthorWord(text, t)).map((t) => text.slice(t.start, t.end));
}

describe('invertedAuthorWord', () => {
  it('finds both halves of names written surname first in references', () => {
    expect(authorWords('Morgan, Nigel (May 12, 2020). "Review: One Night". Variety.')).toEqual(['Morgan', 'Nigel']);
    expect(authorWords('Moodley, Y.; Linz, B.; Windsor, H.M. (2009). "The peopling of the Pacific".')).toEqual(['Moodley', 'Linz', 'Windsor']);
    expect(authorWords('In Sutton, Douglas (ed.). The Origins of the First New Zealanders.')).toEqual(['Sutton', 'Douglas']);
    expect(authorWords('^ Larabel, Michael. "Servo Continues Making Progress". Phoronix.')).toEqual(['Larabel', 'Michael']);
    expect(authorWords('Laurie; Warren, Paul; Kennedy, Michael; Major, George (2007).')).toEqual(['Warren', 'Paul', 'Kennedy', 'Michael', 'Major', 'George']);
  });

  it('takes the given names a KB knows, where one is given', () => {
    const text = '^ Davis, Denise (September 2007). "The Politics of Water".';
    expect(authorWords(text)).toEqual([]);
    const known = (key: string): boolean => key === 'denise';
    expect(tokenize(text).filter((t) => invertedAuthorWord(text, t, known)).map((t) => text.slice(t.start, t.end))).toEqual(['Davis', 'Denise']);
  });

  it('leaves places and lists alone', () => {
    expect(authorWords('Troops moved to Jordan, Syria and Iraq on Monday.')).toEqual([]);
    expect(authorWords('He flew to Washington, D.C. (AP) and then to Columbia, S.C., on Monday.')).toEqual([]);
    expect(authorWords('The company moved from Austin, Texas (its home) to Paris.')).toEqual([]);
    expect(authorWords('Offices in Paris, France; Berlin, Germany; and Rome, Italy.')).toEqual([]);
  });
});
