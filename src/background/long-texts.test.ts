import { describe, expect, it } from 'vitest';
import { LongTexts, MAX_SESSIONS, SESSION_TTL_MS, annotateRequest } from './long-texts.js';
import { annotateText, textParts } from '../content/annotate-client.js';
import { loadBundledKb } from '../core/kb/node-loader.js';
import { annotate } from '../core/annotate.js';
import { BACKGROUND_REQUESTS, parseRequest, RESULT_PAGE_MENTIONS, type MessageType, type Request, type Response } from '../shared/messages.js';
import type { Mention } from '../core/types.js';

const mention = (i: number): Mention => ({ start: i, end: i + 1, text: 'x', kind: 'person', entityId: 'Q1', confidence: 1 });

describe('LongTexts', () => {
  it('joins parts sent in any order, and refuses a text with a part missing', () => {
    const store = new LongTexts();
    store.addPart('s', 1, 'bb');
    store.addPart('s', 0, 'aa');
    expect(store.join('s', 3, 'cc')).toBe('aabbcc');
    store.addPart('t', 1, 'bb');
    expect(() => store.join('t', 3, 'cc')).toThrow(/part 0 .* never arrived/);
    store.addPart('u', 0, 'aa');
    store.addPart('u', 1, 'bb');
    expect(() => store.join('u', 2, 'cc')).toThrow(/more parts arrived than the 2 announced/);
  });

  it('hands out result pages once, then forgets the session', () => {
    const store = new LongTexts();
    const mentions = Array.from({ length: RESULT_PAGE_MENTIONS * 2 + 3 }, (_, i) => mention(i));
    const { first, pages } = store.paginate('s', mentions);
    expect(first).toHaveLength(RESULT_PAGE_MENTIONS);
    expect(pages).toBe(2);
    expect([...first, ...store.page('s', 1), ...store.page('s', 2)]).toEqual(mentions);
    expect(store.size).toBe(0);
    expect(() => store.page('s', 1)).toThrow(/no result is waiting/);
  });

  it('keeps a few sessions, each for a minute after its last use', () => {
    let now = 0;
    const store = new LongTexts(() => now);
    for (let i = 0; i <= MAX_SESSIONS; i++) store.addPart(`s${i}`, 0, 'x');
    expect(store.size).toBe(MAX_SESSIONS);
    expect(() => store.join('s0', 2, 'y')).toThrow(/never arrived/); // The oldest was dropped...
    now += SESSION_TTL_MS + 1;
    store.addPart('new', 0, 'x');
    expect(store.size).toBe(1); // ...and after a minute every idle one is.
  });
});

describe('a long article through the background, in parts and pages', () => {
  it('gives the same mentions and cards as one annotate of the whole text', async () => {
    const kb = await loadBundledKb();
    const paragraph = 'Defense Secretary Pete Hegseth met Mexican President Claudia Sheinbaum in El Paso, where 1,600 troops wait. Hegseth and Sheinbaum spoke for an hour.\n';
    // Small parts and pages, so that a short text takes the long path several times over.
    const PART_CHARS = 8_000;
    const PAGE_MENTIONS = 300;
    const text = paragraph.repeat(Math.ceil(30_000 / paragraph.length));
    const store = new LongTexts(Date.now, PAGE_MENTIONS);
    const sent: string[] = [];
    // The messages go through the same validation the background applies.
    const send = async <T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> => {
      const parsed = parseRequest({ type, payload }, BACKGROUND_REQUESTS);
      if (!parsed.ok) throw new Error(parsed.error);
      sent.push(type);
      if (type === 'bg:textPart') {
        const p = payload as Request<'bg:textPart'>;
        return { received: store.addPart(p.session, p.index, p.text) } as Response<T>;
      }
      if (type === 'bg:resultPage') {
        const p = payload as Request<'bg:resultPage'>;
        return { mentions: store.page(p.session, p.page) } as Response<T>;
      }
      return (await annotateRequest(payload as Request<'bg:annotate'>, store, async () => kb)) as Response<T>;
    };
    const pauses: number[] = [];
    const got = await annotateText({ text, url: 'https://example.com/a' }, async () => void pauses.push(1), send, PART_CHARS);
    const whole = await annotate(text, kb, { url: 'https://example.com/a', waitForCards: false });
    expect(got.mentions).toEqual(whole.mentions);
    expect(got.entities).toEqual(whole.entities);
    const parts = textParts(text, PART_CHARS).length;
    const pages = Math.ceil(whole.mentions.length / PAGE_MENTIONS);
    expect(parts).toBeGreaterThan(1);
    expect(pages).toBeGreaterThan(1);
    expect(sent.filter((t) => t === 'bg:textPart')).toHaveLength(parts - 1);
    expect(sent.filter((t) => t === 'bg:resultPage')).toHaveLength(pages - 1);
    // The page gets its thread back between every two messages.
    expect(pauses.length).toBe(sent.length - 1);
    expect(store.size).toBe(0);
  });
});
