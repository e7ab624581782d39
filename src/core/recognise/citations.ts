/**
 * Reference lists and citations write authors surname first: "Morgan, Nigel (May 12, 2020)",
 * "Moodley, Y.; Linz, B.; Windsor, H.M." Neither half is a place, and the given name alone is no
 * reference to someone the article names ("Major, George (2007)" is not George Gipps). The given
 * name must be a known one, so "Hoffman, Jordan (2016)" still reads as the country (the KB's
 * given names leave out the names of well-known places).
 */
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { foldWord, type Token } from '../text/normalise.js';

/** After a surname: its initials ("Anderson, A. J. (2010)", "Linz, B.;"). */
const INITIALS_AFTER = /^, ((?:\p{Lu}\.[ \u00a0]?){1,3})(?:[;,)(:]|[ \u00a0]\(|$)/u;
/** Initials that are a place's: "Washington, D.C.", "Columbia, S.C.", "Vancouver, B.C.". */
const PLACE_INITIALS = new Set(['dc', 'us', 'uk', 'ny', 'nj', 'nc', 'sc', 'nd', 'sd', 'nh', 'nm', 'ri', 'bc', 'la', 'wv', 'pr']);
/**
 * What follows an author's given name: the bracket of a date or "ed." ("Davis, Denise (September
 * 2007)"), a full stop and a quoted title ("Larabel, Michael. "Servo Continues …""), or the next
 * author of a list ("Kennedy, Marianna; Major, George").
 */
const AFTER_GIVEN = String.raw`(?:[ \u00a0]\((?:eds?\.|\d|\p{Lu}\p{Ll}+[ \u00a0]\d)|\.[ \u00a0]["“]|; \p{Lu}\p{Ll}+, \p{Lu})`;
/** After a surname: its comma, a given name, and what follows one. */
const GIVEN_AFTER = new RegExp(String.raw`^, (\p{Lu}\p{Ll}+)` + AFTER_GIVEN, 'u');
/** Before a given name: a surname and its comma … */
const SURNAME_BEFORE = /\p{Lu}\p{Ll}+, $/u;
/** … and after it, what follows a given name. */
const FOLLOWS_GIVEN = new RegExp('^' + AFTER_GIVEN, 'u');

const builtInGivenName = (key: string): boolean => GIVEN_NAMES.has(key);

/**
 * True when `t` is one word of an author's name written surname first. `isGiven` says which
 * words are given names (the built-in list by default; callers with a KB add its people's).
 */
export function invertedAuthorWord(text: string, t: Token, isGiven: (key: string) => boolean = builtInGivenName): boolean {
  // A surname has its comma after it; a given name has one right before it (", Denise (2007)").
  if (text.charCodeAt(t.end) !== 44 && (text.charCodeAt(t.start - 2) !== 44 || !isGiven(t.key))) return false;
  const after = text.slice(t.end, t.end + 40);
  const initials = INITIALS_AFTER.exec(after);
  if (initials && !PLACE_INITIALS.has(initials[1]!.replace(/[^\p{L}]/gu, '').toLowerCase())) return true;
  const given = GIVEN_AFTER.exec(after);
  if (given && isGiven(foldWord(given[1]!))) return true;
  return isGiven(t.key) && SURNAME_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)) &&
    FOLLOWS_GIVEN.test(after);
}
