import { describe, expect, it } from 'vitest';
import { mergeDrafts, mergeRoles } from './merge.js';
import { draft } from './testing.js';
import { SourceError } from './errors.js';

const born = (value: number, source = 'x') => ({ value, source, asOf: '2026' });

describe('mergeDrafts', () => {
  it('joins drafts with the same QID, the overlay’s facts first', () => {
    const exec = draft('Q22686', 'person', 'Donald Trump', 'congress', { prominence: 1000, born: born(1946, 'congress') });
    const overlay = draft('Q22686', 'person', 'Donald Trump', 'overlay', {
      prominence: 900,
      roles: [{ title: 'President of the United States', since: '2025-01-20', source: 'overlay: x', asOf: '2026-01-01' }],
    });
    const out = mergeDrafts([exec, overlay]);
    expect(out).toHaveLength(1);
    expect(out[0]?.roles[0]?.source).toBe('overlay: x');
    expect(out[0]?.prominence).toBe(1000);
    expect([...(out[0]?.sources ?? [])].sort()).toEqual(['congress', 'overlay']);
  });

  it('joins by a shared bioguide id and takes the QID as the id', () => {
    const csv = draft('kb:bioguide:V000137', 'person', 'JD Vance', 'congress', { keys: new Set(['bioguide:V000137']) });
    const exec = draft('Q28935729', 'person', 'JD Vance', 'congress', { keys: new Set(['bioguide:V000137']) });
    const out = mergeDrafts([csv, exec]);
    expect(out.map((d) => d.id)).toEqual(['Q28935729']);
  });

  it('joins the same name and birth year from two sources, not from one', () => {
    const a = draft('kb:pantheon:307', 'person', 'Abraham Lincoln', 'pantheon', { born: born(1809) });
    const b = draft('kb:bioguide:L000313', 'person', 'Abraham Lincoln', 'congress', { born: born(1809) });
    expect(mergeDrafts([a, b])).toHaveLength(1);
    const c = draft('kb:bioguide:X000001', 'person', 'John Smith', 'congress', { born: born(1800) });
    const d = draft('kb:bioguide:X000002', 'person', 'John Smith', 'congress', { born: born(1800) });
    expect(mergeDrafts([c, d])).toHaveLength(2);
  });

  it('keeps apart people with the same name and different birth years', () => {
    const a = draft('kb:pantheon:1', 'person', 'George Washington', 'pantheon', { born: born(1732) });
    const b = draft('kb:bioguide:W000179', 'person', 'George Washington', 'congress', { born: born(1789) });
    expect(mergeDrafts([a, b])).toHaveLength(2);
  });

  it('never joins two different QIDs, and fails when a shared key would', () => {
    const a = draft('Q1', 'person', 'Ann Lee', 'pantheon', { born: born(1950) });
    const b = draft('Q2', 'person', 'Ann Lee', 'congress', { born: born(1950) });
    expect(mergeDrafts([a, b])).toHaveLength(2);
    const c = draft('Q1', 'person', 'Ann Lee', 'congress', { keys: new Set(['bioguide:L1']) });
    const e = draft('Q2', 'person', 'Ann Lee', 'congress', { keys: new Set(['bioguide:L1']) });
    expect(() => mergeDrafts([c, e])).toThrow(SourceError);
  });

  it('joins an overlay organisation to the one source entity of the same name and country', () => {
    const fr = draft('kb:fr:homeland-security-department', 'org', 'Department of Homeland Security', 'federal-register', { country: 'US' });
    const overlay = draft('kb:overlay:dhs', 'org', 'U.S. Department of Homeland Security', 'overlay', { country: 'US' });
    overlay.aliases.set('department of homeland security', { name: 'Department of Homeland Security', type: 0 });
    const out = mergeDrafts([fr, overlay]);
    expect(out).toHaveLength(1);
    expect(out[0]?.name).toBe('U.S. Department of Homeland Security');
  });

  it('joins an overlay place by its own name and region, never by a short form', () => {
    const city = draft('kb:geonames:1', 'place', 'Guantánamo', 'geonames', { country: 'CU', region: 'CU-10', needsContext: false });
    const base = draft('kb:overlay:guantanamo-bay', 'place', 'Guantanamo Bay', 'overlay', { country: 'CU' });
    base.aliases.set('guantanamo', { name: 'Guantanamo', type: 0 });
    expect(mergeDrafts([city, base])).toHaveLength(2);
    const cdp = draft('kb:geonames:2', 'place', 'Fort Bliss', 'geonames', { country: 'US', region: 'US-TX', needsContext: true });
    const post = draft('kb:overlay:fort-bliss', 'place', 'Fort Bliss', 'overlay', { country: 'US', region: 'US-TX' });
    const out = mergeDrafts([cdp, post]);
    expect(out).toHaveLength(1);
    // The overlay knows it is famous: it no longer needs context.
    expect(out[0]?.needsContext).toBe(false);
  });

  it('never joins an overlay place with no country (a continent, a region) to a town of that name', () => {
    const town = draft('kb:geonames:3', 'place', 'Asia', 'geonames', { country: 'PH', region: 'PH-06', needsContext: true });
    const continent = draft('kb:overlay:asia', 'place', 'Asia', 'overlay', {});
    expect(mergeDrafts([town, continent])).toHaveLength(2);
  });

  it('fails when one id is two kinds', () => {
    const a = draft('Q5', 'person', 'X', 'overlay');
    const b = draft('Q5', 'place', 'X', 'rigour');
    expect(() => mergeDrafts([a, b])).toThrow(/is a place here but a person/);
  });

  it('is not historical once someone holds an office now', () => {
    const old = draft('kb:bioguide:R000595', 'person', 'Marco Rubio', 'congress', { historical: true, keys: new Set(['bioguide:R000595']), born: born(1971) });
    const now = draft('kb:overlay:marco-rubio', 'person', 'Marco Rubio', 'overlay', {
      born: born(1971),
      roles: [{ title: 'U.S. Secretary of State', since: '2025-01', source: 'overlay: x', asOf: '2026-01-01' }],
    });
    const out = mergeDrafts([old, now]);
    expect(out).toHaveLength(1);
    expect(out[0]?.historical).toBe(false);
    expect(out[0]?.roles[0]?.title).toBe('U.S. Secretary of State');
  });
});

describe('mergeRoles', () => {
  it('keeps one record of the same office, with dates from one and the ordinal from the other', () => {
    const roles = mergeRoles([
      [{ title: 'President of the United States', since: '2017-01-20', until: '2021-01-20', source: 'o', asOf: '2026' }],
      [{ title: '45th President of the United States', since: '2017-01-20', source: 'c', asOf: '2026' }],
      [{ title: 'U.S. Senator from Ohio', source: 'c', asOf: '2026' }],
    ]);
    expect(roles.map((r) => `${r.title} ${r.since} ${r.until}`)).toEqual([
      '45th President of the United States 2017-01-20 2021-01-20',
      'U.S. Senator from Ohio undefined undefined',
    ]);
  });
});

describe('overlay offices', () => {
  it('turn an office an older source calls current into an earlier one', () => {
    const senator = draft('Q1', 'person', 'Markwayne Mullin', 'congress', {
      roles: [{ title: 'U.S. Senator from Oklahoma', since: '2023-01-03', source: 'congress', asOf: '2026-06-15' }],
      previousRoles: [{ title: "U.S. Representative for Oklahoma's 2nd district", since: '2013-01-03', until: '2023-01-03', source: 'congress', asOf: '2026-06-15' }],
    });
    const overlay = draft('Q1', 'person', 'Markwayne Mullin', 'overlay', {
      roles: [{ title: 'U.S. Secretary of Homeland Security', since: '2026-03', source: 'overlay: x', asOf: '2026-04-01' }],
      previousRoles: [{ title: "U.S. Representative from Oklahoma's 2nd district", since: '2013', until: '2023', source: 'overlay: x', asOf: '2026-04-01' }],
    });
    const [out] = mergeDrafts([senator, overlay]);
    expect(out?.roles.map((r) => r.title)).toEqual(['U.S. Secretary of Homeland Security']);
    expect(out?.previousRoles.map((r) => r.title)).toEqual([
      'U.S. Senator from Oklahoma',
      "U.S. Representative from Oklahoma's 2nd district",
    ]);
  });
});
