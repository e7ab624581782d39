import { describe, expect, it } from 'vitest';
import { naturalAgencyName } from './agencies.js';
import { companyShortName } from './orgs.js';
import { parseBirthYear, pantheonProminence } from './pantheon.js';
import { cityProminence } from './geonames.js';
import { seatTitle } from './congress.js';

describe('source wording', () => {
  it('turns Federal Register names the right way round', () => {
    expect(naturalAgencyName('Homeland Security Department')).toBe('Department of Homeland Security');
    expect(naturalAgencyName('Treasury Department')).toBe('Department of the Treasury');
    expect(naturalAgencyName('Labor Statistics Bureau')).toBe('Bureau of Labor Statistics');
    expect(naturalAgencyName('Census Bureau')).toBe('Census Bureau');
    expect(naturalAgencyName('Management and Budget Office')).toBe('Office of Management and Budget');
    expect(naturalAgencyName('U.S. Immigration and Customs Enforcement')).toBe('U.S. Immigration and Customs Enforcement');
  });

  it('shortens company names as news does', () => {
    expect(companyShortName('Alphabet Inc. (Class A)')).toBe('Alphabet');
    expect(companyShortName('Apple Inc.')).toBe('Apple');
    expect(companyShortName('Microsoft Corporation')).toBe('Microsoft');
  });

  it('reads Pantheon birth years, including BC and decades, and rejects nonsense', () => {
    expect(parseBirthYear('1732')).toBe(1732);
    expect(parseBirthYear('-384')).toBe(-384);
    expect(parseBirthYear('530s')).toBe(530);
    expect(parseBirthYear('Unknown')).toBeUndefined();
    expect(parseBirthYear('long ago')).toBeNull();
  });

  it('scales prominence', () => {
    expect(pantheonProminence(32)).toBe(850);
    expect(cityProminence(681_124, 'PPLA2')).toBe(675);
    expect(cityProminence(689_545, 'PPLC')).toBeGreaterThan(780); // above a US state
    expect(cityProminence(2_000, 'PPL')).toBeLessThan(cityProminence(20_000, 'PPL'));
  });

  it('names congressional seats', () => {
    expect(seatTitle('sen', 'Ohio')).toBe('U.S. Senator from Ohio');
    expect(seatTitle('rep', 'Texas', 16)).toBe("U.S. Representative for Texas's 16th district");
    expect(seatTitle('rep', 'Vermont', 0)).toBe('U.S. Representative for Vermont (at-large)');
    expect(seatTitle('rep', 'Virginia')).toBe('U.S. Representative from Virginia');
  });
});

describe('military installations in GeoNames', () => {
  it('recognises posts and bases, not towns named after old forts', async () => {
    const { isMilitaryPlace, militaryAliases } = await import('./geonames.js');
    const towns = new Set(['Fort Pierce', 'Fort Worth']);
    expect(isMilitaryPlace('Fort Bliss', 'Fort Bliss,Fort Bliss CDP', towns)).toBe(true);
    expect(isMilitaryPlace('Minot Air Force Base', '', towns)).toBe(true);
    expect(isMilitaryPlace('Fort Worth', 'Fort Worth,FTW', towns)).toBe(false);
    expect(isMilitaryPlace('Fort Pierce North', 'Fort Pierce North CDP', towns)).toBe(false);
    expect(isMilitaryPlace('Fort Campbell North', 'Fort Campbell North CDP', towns)).toBe(true);
    expect(militaryAliases('Fort Campbell North')).toEqual(['Fort Campbell']);
    expect(militaryAliases('Andrews AFB')).toEqual(['Andrews Air Force Base']);
  });
});
