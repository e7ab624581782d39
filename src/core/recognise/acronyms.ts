/**
 * Acronyms an article defines for itself: "This Asynchronous Task Framework (ATF) would
 * replace …". Wherever the article then writes "ATF" it means its own framework, not the
 * Bureau of Alcohol, Tobacco, Firearms and Explosives: the KB's entity for those letters is
 * linked only when its own name is the one the article spelled out.
 */
import { nameKey } from '../text/normalise.js';

/** A run of capitalised words, then the acronym in brackets. */
const DEFINITION = /((?:\p{Lu}[\p{L}\d'’-]*[ \u00a0]+(?:(?:of|and|for|the|on|in|de|du|des|la|le|et|&)[ \u00a0]+)*){1,8})\((\p{Lu}{2,6})s?\)/gu;
/** Small words a name's initials leave out. */
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'et', '&']);

/**
 * The acronyms `text` defines by spelling them out before them in brackets, folded, each with
 * the folded name it stands for (the capitalised words whose initials it takes, from the last).
 */
export function definedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (text.indexOf('(') < 0) return out;
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[2]!.toLowerCase();
    if (out.has(acronym)) continue;
    const words = m[1]!.trim().split(/[ \u00a0]+/);
    // The name is the shortest tail of the words whose initials spell the acronym.
    let initials = '';
    for (let k = words.length - 1; k >= 0; k--) {
      const word = words[k]!;
      if (SMALL_WORDS.has(word.toLowerCase())) continue;
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
