/**
 * Role phrases set off by commas: "his Mexican counterpart, National Defense Secretary Gen. …"
 * (before the name) and "Jane Roe, the mayor of Springfield, said" (after it).
 */
import type { Token } from '../text/normalise.js';
import { isRoleWord, isTitleWord } from '../lexicon/titles.js';
import { DEMONYMS } from '../lexicon/org-place-words.js';

const DETERMINERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an']);
const MAX_WORDS = 10;

/**
 * "his Mexican counterpart," or "The city's budget director," right before `i` (the first
 * token of a title or name): returns the phrase without its determiner or possessive owner
 * ("Mexican counterpart", "budget director"), or undefined. The word next to the comma must be
 * a title word; the words before it may be role words, demonyms, or plain lower-case modifiers
 * ("budget", "press"), and the phrase must open with a determiner or a possessive.
 */
export function appositiveBefore(text: string, tokens: readonly Token[], i: number): string | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const gap = /,\s*$/.exec(text.slice(Math.max(0, first.start - 3), first.start));
  if (!gap) return undefined;
  const head = tokens[i - 1];
  if (!head || !isTitleWord(head.key)) return undefined;
  let k = i - 1;
  const words: string[] = [];
  while (k >= 0 && words.length < 4) {
    const t = tokens[k]!;
    // "the", "his" … or an owner written with a possessive ("the city's", "Mexico's").
    if (DETERMINERS.has(t.key) || (t.possessive && words.length > 0)) {
      return words.length > 0 ? words.reverse().join(' ') : undefined;
    }
    const modifier = t.shape === 'lower' && words.length > 0;
    if (!isRoleWord(t.key) && !DEMONYMS.has(t.key) && !modifier) return undefined;
    // Words of one phrase are separated by spaces only.
    if (words.length > 0 && !/^\s+$/.test(text.slice(t.end, tokens[k + 1]!.start))) return undefined;
    words.push(text.slice(t.start, t.end));
    k--;
  }
  return undefined;
}

/**
 * ", the mayor of Springfield," right after token `end - 1` (a name's last token): the phrase
 * without its article, when it is closed by a comma, a full stop or a dash and holds a title.
 */
export function appositiveAfter(text: string, tokens: readonly Token[], end: number): string | undefined {
  const last = tokens[end - 1];
  const next = tokens[end];
  if (!last || !next) return undefined;
  if (!/^\s*,\s*$/.test(text.slice(last.end, next.start))) return undefined;
  if (!DETERMINERS.has(next.key) && !isRoleWord(next.key)) return undefined;
  let k = end;
  let hasTitle = false;
  while (k < tokens.length && k - end < MAX_WORDS) {
    const t = tokens[k]!;
    if (isTitleWord(t.key)) hasTitle = true;
    const after = text.slice(t.end, (tokens[k + 1]?.start ?? text.length));
    if (/^[’']?s?\s*[,;—–]|^\s*\.(?:\s|$)|^\s*\)/.test(after) || after.includes('\n')) {
      if (!hasTitle) return undefined;
      const startAt = DETERMINERS.has(next.key) && next.key !== 'his' && next.key !== 'her' ? tokens[end + 1] : next;
      if (!startAt || startAt.start > t.end) return undefined;
      return text.slice(startAt.start, t.end).replace(/\s+/g, ' ');
    }
    if (/[^\s'’-]/.test(after.replace(/[“”"]/g, ''))) return undefined;
    k++;
  }
  return undefined;
}
