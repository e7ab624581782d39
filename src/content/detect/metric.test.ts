import { describe, expect, it } from 'vitest';
import { bagF1, bagOfWords } from './metric.js';

describe('bag-of-words metric', () => {
  it('splits space-delimited scripts into lower-case words of letters and digits', () => {
    expect([...bagOfWords('The U.S. Army, the ARMY: 1,500 troops — Ñandú!')]).toEqual([
      ['the', 2], ['u', 1], ['s', 1], ['army', 2], ['1', 1], ['500', 1], ['troops', 1], ['ñandú', 1],
    ]);
    expect([...bagOfWords('Война и мир 한국어 문장')].map(([t]) => t)).toEqual(['война', 'и', 'мир', '한국어', '문장']);
  });

  it('counts each Han, Hiragana or Katakana character as a token, and a Latin word beside them as one', () => {
    expect([...bagOfWords('イヌが橋')].map(([t]) => t)).toEqual(['イ', 'ヌ', 'が', '橋']);
    expect([...bagOfWords('iPhone版です')].map(([t]) => t)).toEqual(['iphone', '版', 'で', 'す']);
  });

  it('scores a Japanese text that gained one sentence of furniture by its characters, not as all-or-nothing sentences', () => {
    const story = '肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも肉をくわえたイヌがいます。';
    const { p, r } = bagF1(bagOfWords(story), bagOfWords(`${story}おりがみをつくろう`));
    expect(p).toBe(1);
    expect(r).toBeGreaterThan(0.8);
    expect(r).toBeLessThan(1);
  });

  it('gives 1 for two empty texts and 0 when nothing overlaps', () => {
    expect(bagF1(bagOfWords(''), bagOfWords('')).f1).toBe(1);
    expect(bagF1(bagOfWords('alpha'), bagOfWords('beta')).f1).toBe(0);
  });
});
