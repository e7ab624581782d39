import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/normalise.js';
import { AliasType } from '../kb/lookup.js';
import { guardMatch } from './guards.js';

function guard(text: string, word: string, type: AliasType, lowerKeys: string[] = [], caseless = false) {
  const tokens = tokenize(text);
  const at = text.indexOf(word);
  const start = tokens.findIndex((t) => t.start === at);
  const end = start + tokenize(word).length;
  return guardMatch(
    { start, end, key: '', hits: [{ entity: 0, type }] },
    tokens,
    { caseless: tokens.map(() => caseless), lowerKeys: new Set(lowerKeys) },
  );
}

describe('guardMatch', () => {
  it('takes acronyms only in capitals', () => {
    expect(guard('The WHO said so.', 'WHO', AliasType.Acronym)).toBeDefined();
    expect(guard('Who said so?', 'Who', AliasType.Acronym)).toBeUndefined();
    expect(guard('U.S. officials agreed.', 'U.S.', AliasType.Acronym)?.strong).toBe(true);
  });

  it('asks more of common words: a capital in mid-sentence, never at a start', () => {
    expect(guard('The Nature paper.', 'Nature', AliasType.Full)?.commonWord).toBe(true);
    expect(guard('Nature is calm.', 'Nature', AliasType.Full)).toBeUndefined();
    expect(guard('the nature of it', 'nature', AliasType.Full)).toBeUndefined();
  });

  it('treats words the article writes in lower case as common words', () => {
    expect(guard('He visited Bliss. Bliss is rare.', 'Bliss', AliasType.Full, ['bliss'])?.commonWord).toBe(true);
  });

  it('lets lower-case joining words sit only inside a name', () => {
    expect(guard('the Department of Homeland Security', 'Department of Homeland Security', AliasType.Full)).toBeDefined();
  });
});
