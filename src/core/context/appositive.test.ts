import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/normalise.js';
import { appositiveAfter, appositiveBefore } from './appositive.js';

function before(text: string, name: string): string | undefined {
  const tokens = tokenize(text);
  const at = text.indexOf(name);
  return appositiveBefore(text, tokens, tokens.findIndex((t) => t.start === at));
}

function after(text: string, name: string): string | undefined {
  const tokens = tokenize(text);
  const end = text.indexOf(name) + name.length;
  return appositiveAfter(text, tokens, tokens.findIndex((t) => t.end === end) + 1);
}

describe('appositives', () => {
  it('reads a role phrase set off before the name', () => {
    expect(before('Hegseth spoke with his Mexican counterpart, Ricardo Trevilla Trejo, on Sunday.', 'Ricardo')).toBe('Mexican counterpart');
    expect(before("The city's budget director, Marta Okonkwo-Reyes, told the council.", 'Marta')).toBe('budget director');
    expect(before("Mexico's defence minister, Ricardo Trevilla, said.", 'Ricardo')).toBe('defence minister');
  });

  it('needs a title word next to the comma and an opening determiner or owner', () => {
    expect(before('After the long meeting, Marta Okonkwo-Reyes left.', 'Marta')).toBeUndefined();
    expect(before('In budget director, Marta said.', 'Marta')).toBeUndefined();
    expect(before('Unlike the budget, Tom Homan spoke.', 'Tom')).toBeUndefined();
  });

  it('reads a role phrase set off after the name', () => {
    expect(after('Jane Roe, the mayor of Springfield, said on Monday.', 'Jane Roe')).toBe('mayor of Springfield');
  });
});
