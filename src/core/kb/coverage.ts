/**
 * Checks a KB against a list of expected entities (test/fixtures/expected-people.json): each
 * name must find an entity of the expected kind as its most prominent reading, and its card's
 * description must contain the expected phrase. Used by `npm run kb:report` and the KB tests.
 */
import { nameKey } from '../text/normalise.js';
import type { KbKind, KbLookup } from './lookup.js';

export interface Expected {
  name: string;
  kind?: KbKind;
  expect?: string;
  seed?: boolean;
}

export interface CoverageRow extends Expected {
  found: boolean;
  ok: boolean;
  id?: string;
  description?: string;
}

export async function checkCoverage(kb: KbLookup, expected: readonly Expected[], kind: KbKind = 'person'): Promise<CoverageRow[]> {
  const rows: CoverageRow[] = [];
  for (const e of expected) {
    const want = e.kind ?? kind;
    const hits = (kb.lookup(nameKey(e.name)) ?? []).filter((h) => kb.entity(h.entity).kind === want);
    // The reading a present-day article would get: most prominent, not historical if possible.
    const best = [...hits].sort((a, b) => {
      const ha = kb.entity(a.entity);
      const hb = kb.entity(b.entity);
      return Number(ha.historical ?? false) - Number(hb.historical ?? false) || hb.prominence - ha.prominence;
    })[0];
    if (!best) {
      rows.push({ ...e, found: false, ok: false });
      continue;
    }
    const card = await kb.card(best.entity);
    const ok = !e.expect || card.description.toLowerCase().includes(e.expect.toLowerCase());
    rows.push({ ...e, found: true, ok, id: card.id, description: card.description });
  }
  return rows;
}
