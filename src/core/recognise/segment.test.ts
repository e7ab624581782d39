import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../text/normalise.js';
import { caselessTokens } from '../text/case-zones.js';
import { newsKb } from '../fixtures/news-kb.js';
import { segment, wireServices } from './segment.js';
import { MemoryKb } from '../kb/memory-kb.js';
import { AliasType, type KbLookup } from '../kb/lookup.js';

function spans(text: string, kb: KbLookup = newsKb()): string[] {
  const { tokens, mixedCaseKeys } = tokenizeText(text);
  return segment({ text, tokens, kb, evidence: { caseless: caselessTokens(text, tokens), lowerKeys: mixedCaseKeys } })
    .map((s) => `${s.kind}:${text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end)}`);
}

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

describe('segment: wire services', () => {
  it('finds the wire service of a dateline or a photo credit, and nothing in prose', () => {
    expect([...wireServices('BEIJING (Reuters) - China said.\nNEW YORK, Dec 7 (AP) — Stocks fell.\nDec 8 (Xinhua) - More.')])
      .toEqual(['reuters', 'ap', 'xinhua']);
    expect([...wireServices('A photo.\nREUTERS / Jane Roe / File Photo\nA crowd. Jane Roe / Pool via AFP\nLATEST\n')])
      .toEqual(['reuters', 'afp']);
    expect([...wireServices('Jane Roe (Democrat) - a senator - spoke.\nThe IMF (International Monetary Fund) - said.\nSEE ALSO\n')]).toEqual([]);
  });

  it('takes a credited wire service for an organisation wherever the article names it', () => {
    const text = 'LONDON (Reuters) - Shares fell, a Reuters tally showed, Olu Mbeki told Reuters.';
    expect(spans(text).filter((s) => s.endsWith('Reuters'))).toEqual(['org:Reuters', 'org:Reuters', 'org:Reuters']);
    expect(spans('Shares fell, a Reuters tally showed.').filter((s) => s.endsWith('Reuters'))).toEqual([]);
  });
});

describe('segment: organisation names at a sentence start', () => {
  it('keeps a content word before an organisation head word, drops a function word', () => {
    expect(spans('Shares fell.\nField Level Media reported it.')).toContain('org:Field Level Media');
    expect(spans('Shares fell. The Acme Widget Company said so.')).toContain('org:Acme Widget Company');
  });
});

describe('segment: acronyms of organisations', () => {
  it('takes an acronym defined after an organisation\'s name for that organisation, there and later', () => {
    const text = 'Officials at the Acme Widget Company (AWC) met. Later AWC said no. The pair (JR) met.';
    const orgs = spans(text).filter((s) => s.startsWith('org:'));
    expect(orgs).toEqual(['org:Acme Widget Company', 'org:AWC', 'org:AWC']);
    // Not after a person, and not an acronym the text never defined.
    expect(spans('They met Olu Mbeki (OM) and XYZ later.').filter((s) => s.startsWith('org:'))).toEqual([]);
  });
});

describe('segment: what an organisation is of', () => {
  it('takes "of", "on", "for" and the capitalised words after a head word into the name', () => {
    const orgs = (text: string) => spans(text).filter((s) => s.startsWith('org:'));
    expect(orgs('She joined the Georgia Institute of Technology last year.')).toEqual(['org:Georgia Institute of Technology']);
    expect(orgs('A vote by the Advisory Committee on Immunization Practices (ACIP) came.'))
      .toEqual(['org:Advisory Committee on Immunization Practices', 'org:ACIP']);
    expect(orgs('The Acme Exporting Group of the Petroleum and Gas Countries met.'))
      .toEqual(['org:Acme Exporting Group of the Petroleum and Gas Countries']);
    // A day, a month or a lower-case word ends it.
    expect(orgs('The Acme Widget Committee on Monday said so.')).toEqual(['org:Acme Widget Committee']);
    expect(orgs('The Acme Widget Committee for widgets said so.')).toEqual(['org:Acme Widget Committee']);
  });
});

describe('segment: nationality words', () => {
  it('never takes a nationality word alone for a place of that name', () => {
    const kb = new MemoryKb([
      { head: { id: 'P1', kind: 'place', name: 'German', prominence: 450 }, aliases: [{ name: 'German', type: AliasType.Full }], card: { description: '', facts: [] } },
      { head: { id: 'P2', kind: 'place', name: 'Germany', prominence: 900 }, aliases: [{ name: 'Germany', type: AliasType.Full }], card: { description: '', facts: [] } },
    ]);
    expect(spans('Shares rose as German officials met in Germany.', kb)).toEqual(['place:Germany']);
  });
});

