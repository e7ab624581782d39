import { describe, expect, it } from 'vitest';
import { annotate } from '../core/annotate.js';
import { loadIndexedKb } from '../core/kb/node-loader.js';
import { cardsFor } from './cards.js';

const TEXT = 'Defense Secretary Pete Hegseth met Mexican President Claudia Sheinbaum in El Paso. Hegseth said little.';

describe('cards the first answer leaves pending', () => {
  it('answers with heads and refs, and bg:cards fills in the same cards a waiting annotate gives', async () => {
    // A fresh KB per call: nothing is cached yet, as after a service worker's cold start.
    const lazy = await annotate(TEXT, await loadIndexedKb(), { waitForCards: false });
    const pending = Object.values(lazy.entities).filter((c) => c.pendingRef !== undefined);
    const hegseth = pending.find((c) => c.name === 'Pete Hegseth');
    expect(hegseth).toMatchObject({ kind: 'person', inKb: true, description: '', facts: [] });
    expect(hegseth?.article?.mentionCount).toBe(2);
    expect(pending.map((c) => c.name)).toEqual(expect.arrayContaining(['Pete Hegseth', 'Claudia Sheinbaum', 'El Paso']));

    const kb = await loadIndexedKb();
    const eager = await annotate(TEXT, kb, {});
    expect(Object.values(eager.entities).some((c) => c.pendingRef !== undefined)).toBe(false);
    const filled = await cardsFor(kb, pending.map((c) => ({ id: c.id, ref: c.pendingRef as number })));
    for (const c of pending) {
      const { article: _article, ...want } = eager.entities[c.id]!;
      expect(filled[c.id]).toEqual(want);
      expect(filled[c.id]?.description).not.toBe('');
    }
  });

  it('leaves out refs that no longer name the id, or name no entity', async () => {
    const kb = await loadIndexedKb();
    const { entities } = await annotate(TEXT, kb, { waitForCards: false });
    const hegseth = Object.values(entities).find((c) => c.name === 'Pete Hegseth')!;
    const ref = hegseth.pendingRef ?? 0;
    const filled = await cardsFor(kb, [
      { id: hegseth.id, ref: ref + 1 },
      { id: 'Q0', ref: 99_999_999 },
    ]);
    expect(filled).toEqual({});
  });
});
