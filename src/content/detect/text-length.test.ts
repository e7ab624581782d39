import { describe, expect, it } from 'vitest';
import { NEEDS_COUNTING, NOT_SPACE, shownLength } from './text-length.js';

describe('shownLength', () => {
  it('counts a run of white space as one character and trims the ends', () => {
    expect(shownLength('\n    Hello,\n\n   world  ')).toBe('Hello, world'.length);
    expect(shownLength('a\u00a0\u00a0b')).toBe(3);
  });

  it('counts a CJK or Hangul character as two', () => {
    expect(shownLength(' 東京 に\n行く ')).toBe(2 * 2 + 1 + 2 + 1 + 2 * 2);
    expect(shownLength('서울')).toBe(4);
  });

  it('keeps wide spaces, which show as a gap of their own', () => {
    expect(NOT_SPACE.test('\u3000')).toBe(true);
    expect(NOT_SPACE.test(' \n\t\r\f\u00a0')).toBe(false);
  });

  it('says which texts need counting: the others show exactly their length', () => {
    const texts = [
      'Plain words, one space apart.', 'a', 'Zoë — naïve café', ' leading', 'trailing ', 'two  spaces',
      'line\nbreak', 'tab\there', 'no\u00a0break', '東京', '서울', 'wide\u3000space', 'x\fy', 'x\ry',
    ];
    for (const text of texts) if (!NEEDS_COUNTING.test(text)) expect(shownLength(text), text).toBe(text.length);
    expect(texts.filter((t) => !NEEDS_COUNTING.test(t))).toEqual(['Plain words, one space apart.', 'a', 'Zoë — naïve café']);
  });

  it('counts as a character-by-character count would, on any text that is not blank', () => {
    // The reference: white space runs as one, ends trimmed, CJK and Hangul double.
    const reference = (text: string): number => {
      let n = 0;
      let space = true;
      for (const c of text) {
        if (' \n\t\r\f\u00a0'.includes(c)) {
          if (!space) n++;
          space = true;
        } else {
          n += /[\u2e80-\u9fff\uac00-\ud7af]/.test(c) ? 2 : 1;
          space = false;
        }
      }
      return space && n > 0 ? n - 1 : n;
    };
    const alphabet = [' ', ' ', '\n', '\t', '\u00a0', 'a', 'Z', '.', 'é', '東', '京', '서', '\u3000', '\u2e80', '\u9fff', '\uac00', '\ud7af', '\u2e7f', '\ua000'];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let len = 1 + Math.floor(random() * 12); len > 0; len--) text += alphabet[Math.floor(random() * alphabet.length)];
      if (!NOT_SPACE.test(text)) continue;
      expect(shownLength(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
