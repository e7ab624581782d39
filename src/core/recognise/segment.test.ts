import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../text/normalise.js';
import { caselessTokens } from '../text/case-zones.js';
import { newsKb } from '../fixtures/news-kb.js';
import { segment } from './segment.js';

function people(text: string): string[] {
  const { tokens, mixedCaseKeys } = tokenizeText(text);
  const spans = segment({ text, tokens, kb: newsKb(), evidence: { caseless: caselessTokens(text, tokens), lowerKeys: mixedCaseKeys } });
  return spans.filter((s) => s.kind === 'person').map((s) => `${text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end)}:${s.source}`);
}

describe('segment: credit lines', () => {
  it('reads the names of a credit line as people, line by line, whatever text came before', () => {
    const credit = 'Markets fell.\n(Reporting by Jane Roe and Olu Mbeki; Editing by Max Mustermann)';
    // The same line starts with no credit: the answer for one text is not reused for another.
    const plain = 'Markets fell.\nAcme Widgets and Olu Mbeki met Max Mustermann.';
    for (let pass = 0; pass < 2; pass++) {
      expect(people(credit)).toEqual(['Jane Roe:credit', 'Olu Mbeki:credit', 'Max Mustermann:credit']);
      expect(people(plain).filter((p) => p.endsWith(':credit'))).toEqual([]);
    }
    // The next line is no credit line, though the name is the same.
    expect(people('Shares rose.\nREUTERS/Olu Mbeki\nThey met Olu Mbeki and Ada Obi at home.').filter((p) => p.endsWith(':credit')))
      .toEqual(['Olu Mbeki:credit']);
  });
});
