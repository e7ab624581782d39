import { describe, expect, it } from 'vitest';
import { parseUserEntities, userKb } from './user-entities.js';

const TODAY = '2026-11-28';

describe('parseUserEntities', () => {
  it('accepts a valid list and fills ids and dates', () => {
    const result = parseUserEntities([{ name: 'Ada Moreno', kind: 'person', aliases: ['Moreno '], description: 'City councillor' }], TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entities[0]).toMatchObject({ name: 'Ada Moreno', kind: 'person', aliases: ['Moreno'], updated: TODAY });
    expect(result.entities[0]!.id).toMatch(/^user:/);
  });

  it('refuses bad input with a message naming the entry and field', () => {
    expect(parseUserEntities({ name: 'x' }, TODAY)).toEqual({ ok: false, error: 'expected a JSON array of entities' });
    expect(parseUserEntities([{ kind: 'person' }], TODAY)).toEqual({ ok: false, error: 'entity 1: name is missing' });
    const badKind = parseUserEntities([{ name: 'A', kind: 'person' }, { name: 'B', kind: 'robot' }], TODAY);
    expect(badKind).toEqual({ ok: false, error: 'entity 2 (B): kind must be one of person, org, place' });
    const badUrl = parseUserEntities([{ name: 'A', kind: 'org', url: 'javascript:alert(1)' }], TODAY);
    expect(badUrl.ok).toBe(false);
    expect(parseUserEntities([{ name: 'A', kind: 'org', aliases: 'A1' }], TODAY).ok).toBe(false);
  });

  it('makes a KB whose names and aliases are found', () => {
    const parsed = parseUserEntities([{ name: 'Acme Widgets', kind: 'org', aliases: ['AWL'] }], TODAY);
    if (!parsed.ok) throw new Error(parsed.error);
    const kb = userKb(parsed.entities);
    expect(kb.lookup('acme widgets')?.length).toBe(1);
    expect(kb.lookup('awl')?.length).toBe(1);
  });
});
