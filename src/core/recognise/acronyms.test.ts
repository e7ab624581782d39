import { describe, expect, it } from 'vitest';
import { definedAcronyms } from './acronyms.js';

describe('definedAcronyms', () => {
  it('finds acronyms spelled out before them in brackets', () => {
    const found = definedAcronyms('This Asynchronous Task Framework (ATF) would replace the old one. The European Central Bank (ECB) said so.');
    expect([...found]).toEqual([['atf', 'asynchronous task framework'], ['ecb', 'european central bank']]);
  });

  it('skips small words and takes only the words the letters spell', () => {
    expect([...definedAcronyms('Staff at the Bureau of Alcohol, Tobacco (BAT) … and at Google Site Reliability Engineering (SRE) teams')])
      .toEqual([['sre', 'site reliability engineering']]);
    expect([...definedAcronyms('the Department of Homeland Security (DHS) said')]).toEqual([['dhs', 'department of homeland security']]);
  });

  it('ignores brackets that spell nothing', () => {
    expect([...definedAcronyms('Texas Governor Greg Abbott (R) and Acme Corp (NYSE) spoke.')]).toEqual([]);
  });
});
