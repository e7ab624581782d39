import { describe, expect, it } from 'vitest';
import { BACKGROUND_REQUESTS, CONTENT_REQUESTS, isCardMap, MAX_CARD_REFS, parseRequest } from './messages.js';

describe('bg:cards', () => {
  const parse = (payload: unknown) => parseRequest({ type: 'bg:cards', payload }, BACKGROUND_REQUESTS);

  it('takes a list of id and entity-number pairs', () => {
    expect(parse({ refs: [{ id: 'Q1', ref: 0 }, { id: 'kb:x', ref: 12 }] }).ok).toBe(true);
    expect(parse({ refs: [] }).ok).toBe(true);
  });

  it('refuses anything else, saying why', () => {
    expect(parse({ refs: 'Q1' })).toEqual({ ok: false, error: expect.stringContaining('refs must be an array') });
    expect(parse({ refs: [{ id: 'Q1', ref: -1 }] }).ok).toBe(false);
    expect(parse({ refs: [{ id: 'Q1', ref: 1.5 }] }).ok).toBe(false);
    expect(parse({ refs: [{ id: 7, ref: 1 }] }).ok).toBe(false);
    expect(parse({ refs: [null] }).ok).toBe(false);
    const many = Array.from({ length: MAX_CARD_REFS + 1 }, (_, i) => ({ id: `Q${i}`, ref: i }));
    expect(parse({ refs: many })).toEqual({ ok: false, error: expect.stringContaining(`more than ${MAX_CARD_REFS}`) });
  });

  it('checks the answer: cards under their own ids', () => {
    const card = { id: 'Q1', kind: 'person', name: 'A', description: 'd', facts: [], inKb: true };
    expect(isCardMap({ Q1: card })).toBe(true);
    expect(isCardMap({})).toBe(true);
    expect(isCardMap({ Q2: card })).toBe(false);
    expect(isCardMap({ Q1: { ...card, kind: 'planet' } })).toBe(false);
    expect(isCardMap([card])).toBe(false);
    expect(isCardMap(null)).toBe(false);
  });
});

describe('parseRequest', () => {
  it('accepts on each side only the messages that side handles', () => {
    expect(parseRequest({ type: 'bg:kbInfo', payload: {} }, BACKGROUND_REQUESTS).ok).toBe(true);
    expect(parseRequest({ type: 'bg:kbInfo', payload: {} }, CONTENT_REQUESTS)).toEqual({ ok: false, error: 'bg:kbInfo is not a message handled here' });
    expect(parseRequest({ type: 'content:getState', payload: {} }, BACKGROUND_REQUESTS).ok).toBe(false);
    expect(parseRequest({ type: 'toString', payload: {} }, BACKGROUND_REQUESTS).ok).toBe(false);
    expect(parseRequest({ type: 'content:jumpTo', payload: [] }, CONTENT_REQUESTS)).toEqual({ ok: false, error: 'content:jumpTo: payload is not an object' });
    expect(parseRequest('bg:kbInfo', BACKGROUND_REQUESTS).ok).toBe(false);
  });
});
