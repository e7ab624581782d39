/**
 * Numbers as news text writes them: "1,600", "2.5", "1.5 million", "$5bn", "25%", "3.4 per cent".
 * Pure parsing; whether a number is a figure worth a card is decided in `./find.ts`.
 */

const MAGNITUDES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bln: 1e9, bn: 1e9,
  b: 1e9, trillion: 1e12, tn: 1e12, tln: 1e12,
};

const CURRENCIES: Record<string, string> = {
  $: 'USD', us$: 'USD', 'usd': 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY',
  a$: 'AUD', c$: 'CAD', 'r$': 'BRL', '₹': 'INR', '₽': 'RUB', '₩': 'KRW',
};

export interface ParsedNumber {
  /** Character offsets of the whole expression ("$1.5 billion", "25%"). */
  start: number;
  end: number;
  /** Offsets of the digits alone. */
  digitsStart: number;
  digitsEnd: number;
  value: number;
  unit?: string;
  /** Written with a thousands separator or a decimal point: never a year. */
  formatted: boolean;
  percent: boolean;
  currency?: string;
  magnitude: boolean;
}

/**
 * A number expression: optional currency, digits with separators, optional magnitude word and
 * percent sign or word. Group 1 currency, 2 digits, 3 magnitude, 4 percent.
 */
const NUMBER = /(?:(US\$|A\$|C\$|R\$|[$€£¥₹₽₩])\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mln|bln|bn|tn)\b|(?<=\d)(k|m|bn|b)\b(?!\.\w))?(\s?%|\s(?:percent|per cent)\b)?/iuy;

/** Runs of digits: a regex finds them faster than a loop over the characters. */
const DIGIT_RUN = /\d+/g;

/** Currency signs of one character that may stand right before the digits. */
const CURRENCY_SIGNS = new Set(['€', '£', '¥', '₹', '₽', '₩'].map((c) => c.charCodeAt(0)));

/**
 * Where a number may start: the first digit of a run of digits not preceded by a full stop or a
 * comma ("600" of "1,600" is no start), moved back over a currency sign written right before it
 * ("$5", "US$5", "A$5").
 */
function numberStarts(text: string): number[] {
  const starts: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    const i = m.index;
    const prev = text.charCodeAt(i - 1);
    if (prev === 46 || prev === 44) continue;
    let start = i;
    if (prev === 36) {
      start = i - 1;
      const sign = text.charCodeAt(i - 2);
      if (sign === 83 && text.charCodeAt(i - 3) === 85) start = i - 3;
      else if (sign === 65 || sign === 67 || sign === 82) start = i - 2;
    } else if (CURRENCY_SIGNS.has(prev)) {
      start = i - 1;
    }
    starts.push(start);
  }
  return starts;
}

export function findNumbers(text: string): ParsedNumber[] {
  const out: ParsedNumber[] = [];
  for (const start of numberStarts(text)) {
    NUMBER.lastIndex = start;
    const m = NUMBER.exec(text);
    if (!m) continue;
    const whole = m[0];
    const at = m.index ?? 0;
    const digits = m[2] ?? '';
    const currencySymbol = m[1];
    const magnitudeWord = (m[3] ?? m[4])?.toLowerCase();
    const percent = m[5] !== undefined;
    const digitsStart = at + whole.indexOf(digits);
    // Inside a word ("IR-2m", "G7", "COVID-19"): not a number of anything.
    const prev = text[at - 1];
    if (prev !== undefined && /[\p{L}\d_]/u.test(prev)) continue;
    if ((prev === '-' || prev === '/') && /[\p{L}\d]/u.test(text[at - 2] ?? '')) continue;
    const separated = digits.includes(',');
    let value = Number(separated ? digits.replace(/,/g, '') : digits);
    if (!Number.isFinite(value)) continue;
    if (magnitudeWord) value *= MAGNITUDES[magnitudeWord] ?? 1;
    if (percent) value /= 100;
    const currency = currencySymbol ? CURRENCIES[currencySymbol.toLowerCase()] : undefined;
    const parsed: ParsedNumber = {
      start: at,
      end: at + whole.length,
      digitsStart,
      digitsEnd: digitsStart + digits.length,
      value,
      formatted: separated || digits.includes('.'),
      percent,
      magnitude: magnitudeWord !== undefined,
    };
    if (currency) parsed.currency = currency;
    if (percent) parsed.unit = 'percent';
    else if (currency) parsed.unit = currency;
    out.push(parsed);
  }
  return out;
}
