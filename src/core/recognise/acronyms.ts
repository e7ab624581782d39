/**
 * Acronyms an article defines for itself: "This Asynchronous Task Framework (ATF) would
 * replace …". Wherever the article then writes "ATF" it means its own framework, not the
 * Bureau of Alcohol, Tobacco, Firearms and Explosives: the KB's entity for those letters is
 * linked only when its own name is the one the article spelled out.
 */
import { nameKey } from '../text/normalise.js';

/** An acronym in brackets: "(ATF)", "(NGOs)". */
const BRACKETED = /\((\p{Lu}{2,6})s?\)/gu;
/** Small words a name's initials leave out. */
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'et', '&']);
/** How far before the bracket the spelled-out name may start, in characters. */
const REACH = 120;

/**
 * The acronyms `text` defines by spelling them out right before them in brackets, folded, each
 * with the folded name it stands for: the shortest run of words before the bracket whose
 * initials (small words left out) spell the letters. Found from each bracket, so a text costs
 * one native search for brackets, not a match attempt at every capital.
 */
export function definedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (text.indexOf('(') < 0) return out;
  for (const m of text.matchAll(BRACKETED)) {
    const acronym = m[1]!.toLowerCase();
    if (out.has(acronym)) continue;
    const before = text.slice(Math.max(0, m.index - REACH), m.index);
    const words = before.split(/[ \u00a0]+/);
    if (words[words.length - 1] === '') words.pop();
    let initials = '';
    for (let k = words.length - 1; k >= 0; k--) {
      const word = words[k]!;
      if (SMALL_WORDS.has(word.toLowerCase())) continue;
      // Only capitalised words with nothing but letters, digits, hyphens or apostrophes.
      if (!/^\p{Lu}[\p{L}\d'’-]*$/u.test(word)) break;
      initials = word[0]!.toLowerCase() + initials;
      if (initials === acronym) {
        out.set(acronym, nameKey(words.slice(k).join(' ')));
        break;
      }
      if (initials.length >= acronym.length) break;
    }
  }
  return out;
}
