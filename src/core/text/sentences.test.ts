import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentences.js';

describe('sentenceAround', () => {
  it('finds the sentence and keeps abbreviations inside it', () => {
    const text = 'He left. Gen. Ricardo Trevilla met U.S. troops on Monday. Then rain.';
    expect(sentenceAround(text, text.indexOf('troops'))).toBe('Gen. Ricardo Trevilla met U.S. troops on Monday.');
  });

  it('stops at a line break', () => {
    expect(sentenceAround('Title line\nBody 1,600 troops here', 15)).toBe('Body 1,600 troops here');
  });
});

describe('SentenceIndex', () => {
  it('gives the same sentences as sentenceAround', async () => {
    const { SentenceIndex } = await import('./sentences.js');
    const text = 'He left. Gen. Ricardo Trevilla met U.S. troops on Monday. "Go," he said.\nNext line 1,600 troops here! Last one?';
    const index = new SentenceIndex(text);
    for (let at = 0; at < text.length; at += 3) expect(index.around(at)).toBe(sentenceAround(text, at));
  });

  it('ends sentences after words, not after initials, abbreviations or single letters', async () => {
    const { SentenceIndex } = await import('./sentences.js');
    const text = 'Sen. Roe met J.D. Vance and the U.S. envoy. Plan B. was no plan. She left etc. Then Peña spoke. Ça va. Smithsonians. End';
    const index = new SentenceIndex(text);
    expect(index.around(text.indexOf('envoy'))).toBe('Sen. Roe met J.D. Vance and the U.S. envoy.');
    expect(index.around(text.indexOf('was'))).toBe('Plan B. was no plan.');
    expect(index.around(text.indexOf('left'))).toBe('She left etc. Then Peña spoke.');
    expect(index.around(text.indexOf('va'))).toBe('Ça va.');
    expect(index.around(text.indexOf('Smithsonians'))).toBe('Smithsonians.');
  });
});

