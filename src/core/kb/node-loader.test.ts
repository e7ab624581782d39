/**
 * The committed KB (assets/kb) against the expected-people fixture: everyone named in the seed
 * article, with a true, current description. Runs without ../shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../text/normalise.js';
import { checkCoverage, type Expected } from './coverage.js';
import { BUNDLED_KB_DIR, loadIndexedKb } from './node-loader.js';
import type { IndexedKb } from './indexed-kb.js';

const fixture = JSON.parse(readFileSync(join(BUNDLED_KB_DIR, '../../test/fixtures/expected-people.json'), 'utf8')) as {
  people: Expected[];
  entities: Expected[];
};

let kb: IndexedKb;
beforeAll(async () => {
  kb = await loadIndexedKb();
});

describe('the bundled KB', () => {
  it('is big enough', () => {
    expect(kb.meta.entities).toBeGreaterThanOrEqual(40_000);
    expect(kb.meta.counts.person).toBeGreaterThanOrEqual(20_000);
  });

  it('knows everyone and everything the seed article names, with a current description', async () => {
    const rows = [
      ...(await checkCoverage(kb, fixture.people.filter((p) => p.seed), 'person')),
      ...(await checkCoverage(kb, fixture.entities.filter((p) => p.seed), 'place')),
    ];
    expect(rows.filter((r) => !r.ok).map((r) => `${r.name}: ${r.description ?? 'missing'}`)).toEqual([]);
  });

  it('describes people who left Congress by their office now, not their old seat', async () => {
    for (const name of ['JD Vance', 'Marco Rubio']) {
      const hit = kb.lookup(nameKey(name))?.find((h) => kb.entity(h.entity).kind === 'person');
      expect(hit, name).toBeDefined();
      const card = await kb.card(hit!.entity);
      expect(card.description, name).not.toMatch(/^(Former )?U\.S\. Senator/);
      expect(card.facts.every((f) => f.source && f.asOf), name).toBe(true);
    }
  });

  it('marks historical figures', () => {
    const hit = kb.lookup(nameKey('Abraham Lincoln'))?.[0];
    expect(kb.entity(hit!.entity).historical).toBe(true);
  });

  it('credits GeoNames as its licence requires', async () => {
    const info = await kb.info();
    expect(info.attributions).toContain('Place data © GeoNames.org, CC BY 4.0');
    expect(info.buildDate).toMatch(/^\d{4}-\d{2}/);
  });
});
