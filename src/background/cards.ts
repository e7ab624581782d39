/** `bg:cards`: the KB cards an annotate answer left pending, read by entity number. */
import { cachedCard } from '../core/recognise/kb-cache.js';
import type { KbLookup } from '../core/kb/lookup.js';
import type { EntityCard } from '../core/types.js';
import type { CardRef } from '../shared/messages.js';

/**
 * The cards for refs an annotate answer gave. A ref is used only if it still names the same
 * id (the reader's own entities may have changed the numbering since); others are left out and
 * their entity keeps the card it has.
 */
export async function cardsFor(kb: KbLookup, refs: readonly CardRef[]): Promise<Record<string, EntityCard>> {
  const wanted = refs.filter(({ id, ref }) => refNamesId(kb, ref, id));
  const cards = await Promise.all(wanted.map(({ ref }) => cachedCard(kb, ref).catch(() => undefined)));
  const out: Record<string, EntityCard> = {};
  wanted.forEach(({ id }, i) => {
    const card = cards[i];
    if (card) out[id] = card;
  });
  return out;
}

function refNamesId(kb: KbLookup, ref: number, id: string): boolean {
  try {
    return kb.entity(ref).id === id;
  } catch {
    return false; // No such entity number.
  }
}
