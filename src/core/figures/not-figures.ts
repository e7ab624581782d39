/**
 * Numbers that are not figures: years, dates, times, ordinals, street numbers, phone numbers,
 * scores and ranges, numbers that are part of a name ("Title 42", "Boeing 737"), and durations.
 * A card for any of these would be noise.
 */
import type { ParsedNumber } from './parse-number.js';

const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const MONTH_AFTER = /^\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const TIME_UNITS = /^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|nights?|(?:a|p)\.?m\.?|o'clock|hrs?|mins?)\b/i;
const ORDINAL = /^(?:st|nd|rd|th)\b/i;
const STREET = /^\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|drive|way|place|court|plaza|square)\b/iu;

/**
 * True for numbers that are no figure whatever surrounds them — a bare year-like integer
 * ("2019") or a bare single digit — so the text around them need not be read. Whenever this is
 * true, `notAFigure` gives some reason too (perhaps another one found first).
 */
export function plainlyNotAFigure(n: ParsedNumber): boolean {
  if (n.currency || n.percent || n.formatted || n.magnitude) return false;
  if (n.value < 10) return true;
  return Number.isInteger(n.value) && n.value >= 1000 && n.value <= 2100;
}

/** Why a number is not a figure, or undefined when it may be one. */
export function notAFigure(text: string, n: ParsedNumber): string | undefined {
  const before = text.slice(Math.max(0, n.start - 16), n.start);
  const after = text.slice(n.end, n.end + 40);
  const intValue = Number.isInteger(n.value);
  if (n.currency || n.percent) {
    return undefined;
  }
  if (ORDINAL.test(after)) return 'ordinal';
  if (/^:\d/.test(after) || /\d:$/.test(before)) return 'time';
  if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|ET\b|EST|EDT)/i.test(after)) return 'time';
  // Phone numbers, ranges, scores and codes: digits joined to digits.
  if (/^[-–/.]\d/.test(after) || /\d[-–/]$/.test(before)) return 'code or range';
  if (/^\)?\s?\d{3}[-. ]\d{4}/.test(after)) return 'phone';
  if (!n.formatted && intValue && n.value >= 1000 && n.value <= 2100 && !n.magnitude) return 'year';
  if (MONTHS.test(before.trimEnd()) || MONTH_AFTER.test(after)) return 'date';
  if (/\b(?:19|20)\d\d\s*$/.test(before) && /^\s*,/.test(after)) return 'date';
  if (TIME_UNITS.test(after)) return 'duration';
  if (STREET.test(after)) return 'street number';
  // "Title 42", "Boeing 737", "Article 5", "No. 10": a number that is part of a name.
  if (/(?:\p{Lu}[\p{L}]*|No\.|no\.|#)\s$/u.test(before) && !/(?:^|\s)(?:The|A|An|About|Some|Over|Nearly|Almost)\s$/.test(before)) {
    return 'part of a name';
  }
  // Single digits are words in news style; a bare small number rarely deserves a card.
  if (!n.formatted && !n.magnitude && n.value < 10) return 'small';
  return undefined;
}
