import { describe, expect, it } from 'vitest';
import { describe as describeDraft, facts, monthYear, span } from './templates.js';
import { draft, templates } from './testing.js';

const dated = <T>(value: T) => ({ value, source: 'congress', asOf: '2026-06-15' });

describe('person descriptions', () => {
  it('lead with the current office and its start, then the earlier one', () => {
    const d = draft('Q28935729', 'person', 'JD Vance', 'overlay', {
      country: 'US',
      roles: [{ title: 'Vice President of the United States', since: '2025-01-20', source: 'overlay: s', asOf: '2026-01-01' }],
      previousRoles: [{ title: 'U.S. Senator from Ohio', since: '2023-01-03', until: '2025-01-10', source: 'congress', asOf: '2026-06-15' }],
      party: dated('Republican'),
      born: dated(1984),
    });
    expect(describeDraft(d, templates)).toBe(
      'Vice President of the United States since January 2025; previously U.S. Senator from Ohio (2023–2025); Republican; born 1984',
    );
  });

  it('call a past member "former" and never describe them by the seat as if current', () => {
    const d = draft('kb:bioguide:X', 'person', 'Jane Roe', 'congress', {
      previousRoles: [{ title: 'U.S. Representative for Texas’s 5th district', source: 'congress', asOf: '2026' }],
      party: dated('Democrat'),
      born: dated(1950),
    });
    expect(describeDraft(d, templates)).toBe('Former U.S. Representative for Texas’s 5th district; Democrat; born 1950');
  });

  it('describe historical figures with their life span', () => {
    const d = draft('kb:overlay:gw', 'person', 'George Washington', 'overlay', {
      historical: true,
      previousRoles: [{ title: '1st President of the United States', since: '1789', until: '1797', source: 'c', asOf: '2026' }],
      born: dated(1732),
      died: dated(1799),
    });
    expect(describeDraft(d, templates)).toBe('1st President of the United States (1789–1797) (1732–1799)');
    const p = draft('kb:pantheon:1', 'person', 'Aristotle', 'pantheon', { historical: true, country: 'GR', occupation: dated('philosopher'), born: dated(-384) });
    expect(describeDraft(p, templates)).toBe('Philosopher from Greece (born 384 BC)');
  });
});

describe('organisation and place descriptions', () => {
  it('name an agency’s parent body', () => {
    const d = draft('kb:fr:ice', 'org', 'U.S. Immigration and Customs Enforcement', 'federal-register', {
      country: 'US',
      orgType: dated('federal agency'),
      parent: dated('Department of Homeland Security'),
    });
    expect(describeDraft(d, templates)).toBe('U.S. federal agency, part of the Department of Homeland Security');
  });

  it('give a place its county, state, country and population', () => {
    const d = draft('kb:geonames:5520993', 'place', 'El Paso', 'geonames', {
      country: 'US',
      regionName: 'Texas',
      districtName: 'El Paso County',
      placeType: dated('city'),
      population: dated(681124),
    });
    expect(describeDraft(d, templates)).toBe('City in El Paso County, Texas, United States; population 681,124');
  });

  it('describe a territory by its sovereign and capital', () => {
    const d = draft('Q223', 'place', 'Greenland', 'rigour', {
      country: 'GL',
      keys: new Set(['iso:GL']),
      placeType: dated('territory'),
      parent: dated('DK'),
      area: 'Northern America',
      capital: dated('Nuuk'),
    });
    expect(describeDraft(d, templates)).toBe('Territory of Denmark in Northern America; capital Nuuk');
  });
});

describe('facts', () => {
  it('carry a source and an as-of date each', () => {
    const d = draft('Q1', 'person', 'A B', 'congress', { party: dated('Republican'), born: dated(1970) });
    const f = facts(d, templates);
    expect(f).toEqual([
      { label: 'Party', value: 'Republican', source: 'source congress', asOf: '2026-06-15' },
      { label: 'Born', value: '1970', source: 'source congress', asOf: '2026-06-15' },
    ]);
  });

  it('format dates and spans', () => {
    expect(monthYear('2025-01-20')).toBe('January 2025');
    expect(monthYear('2001')).toBe('2001');
    expect(span({ title: 't', since: '2017-01-20', until: '2021-01-20', source: 's', asOf: 'a' })).toBe(' (2017–2021)');
  });
});

describe('committee names', () => {
  it('take the forms news uses', async () => {
    const { committeeNewsNames } = await import('./sources/committees.js');
    expect(committeeNewsNames('Senate Committee on the Judiciary')).toEqual(['Senate Judiciary Committee']);
    expect(committeeNewsNames('Senate Committee on Banking, Housing, and Urban Affairs')).toEqual([
      'Senate Banking Committee',
      'Senate Banking, Housing, and Urban Affairs Committee',
    ]);
    expect(committeeNewsNames('House Permanent Select Committee on Intelligence')).toEqual(['House Intelligence Committee']);
    expect(committeeNewsNames('Joint Economic Committee')).toEqual([]);
  });
});
