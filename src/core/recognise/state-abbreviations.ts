/**
 * "Tulsa, Okla.", "SAN JOSE, Calif.": the state after a town, as news agencies abbreviate it. The
 * abbreviation becomes a span of the state, so the pair then chooses the town in that state.
 */
import { AliasType, type KbLookup } from '../kb/lookup.js';
import { nameKey, type Token } from '../text/normalise.js';
import { isCapitalised } from './chunks.js';
import type { RawSpan } from './segment.js';

/**
 * U.S. states as news agencies abbreviate them after a town ("Tulsa, Okla.", "SAN JOSE, Calif."):
 * each only with its full stop, right after a comma that follows a name, since most are also
 * words or names of their own ("Del", "Mass", "Wash").
 */
const STATE_ABBREVIATIONS = new Map<string, [string, string]>([
  ['ala', ['Alabama', 'AL']], ['ariz', ['Arizona', 'AZ']], ['ark', ['Arkansas', 'AR']], ['calif', ['California', 'CA']],
  ['colo', ['Colorado', 'CO']], ['conn', ['Connecticut', 'CT']], ['del', ['Delaware', 'DE']], ['fla', ['Florida', 'FL']],
  ['ga', ['Georgia', 'GA']], ['ill', ['Illinois', 'IL']], ['ind', ['Indiana', 'IN']], ['kan', ['Kansas', 'KS']],
  ['kans', ['Kansas', 'KS']], ['ky', ['Kentucky', 'KY']], ['la', ['Louisiana', 'LA']], ['md', ['Maryland', 'MD']],
  ['mass', ['Massachusetts', 'MA']], ['mich', ['Michigan', 'MI']], ['minn', ['Minnesota', 'MN']],
  ['miss', ['Mississippi', 'MS']], ['mo', ['Missouri', 'MO']], ['mont', ['Montana', 'MT']], ['neb', ['Nebraska', 'NE']],
  ['nev', ['Nevada', 'NV']], ['okla', ['Oklahoma', 'OK']], ['ore', ['Oregon', 'OR']], ['pa', ['Pennsylvania', 'PA']],
  ['tenn', ['Tennessee', 'TN']], ['tex', ['Texas', 'TX']], ['vt', ['Vermont', 'VT']], ['va', ['Virginia', 'VA']],
  ['wash', ['Washington', 'WA']], ['wis', ['Wisconsin', 'WI']], ['wyo', ['Wyoming', 'WY']],
  // Written with a dot after each letter ("N.J."), so the token keeps its full stops.
  ['nj', ['New Jersey', 'NJ']], ['ny', ['New York', 'NY']], ['nc', ['North Carolina', 'NC']],
  ['sc', ['South Carolina', 'SC']], ['nh', ['New Hampshire', 'NH']], ['nm', ['New Mexico', 'NM']],
  ['nd', ['North Dakota', 'ND']], ['sd', ['South Dakota', 'SD']], ['ri', ['Rhode Island', 'RI']],
]);

/** The state a run of one abbreviation names after "Town, " (see `STATE_ABBREVIATIONS`). */
export function stateAbbreviationAt(text: string, tokens: readonly Token[], kb: KbLookup, i: number, end: number): RawSpan | undefined {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // The full stop follows the word ("Calif.") or ends the token of dotted letters ("N.J.").
  const dotted = text.charCodeAt(t.end) === 46 || (t.end - t.start === 4 && text.charCodeAt(t.end - 1) === 46);
  if (end - i !== 1 || !prev || !dotted || !isCapitalised(prev)) return undefined;
  const state = STATE_ABBREVIATIONS.get(t.key);
  if (!state || !/^,\s?$/.test(text.slice(prev.end, t.start))) return undefined;
  const [name, code] = state;
  // The state itself: named so, in that region, and no town of the same name there.
  const region = (kb.lookup(nameKey(name)) ?? []).filter((h) => {
    const head = kb.entity(h.entity);
    return head.kind === 'place' && head.region === `US-${code}` && head.name === name && h.type !== AliasType.Surname;
  }).slice(0, 1);
  if (region.length === 0) return undefined;
  return { start: i, end: i + 1, kind: 'place', source: 'kb', hits: region, strong: true, commonWord: false, titled: false };
}
