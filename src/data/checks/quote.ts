/**
 * Does a verbatim quote contain the number the dataset says it contains?
 *
 * Sources write 19546 as "19,546", "19 546" (with a space, no-break space or
 * narrow no-break space), "19.546" or "19546"; all are accepted without help.
 * Anything else ("seven", "19,5 тис.", "two thousand") must be spelled out in
 * the entry's `as_written`, which the quote must contain and which must
 * denote the value. This keeps a typo in a value (19564 for 19546) from
 * slipping through while letting the data keep the source's wording.
 *
 * A number is always read whole: "546" is not found in "19,546" or "19’546",
 * `as_written` must be one number phrase ("nearly 20,000", "19,5 тис.", never
 * "19 regions, 546") standing as whole words in the quote, and characters that
 * only look like digits (numerals.ts) are refused with a message.
 */

import { ANY_SEPARATOR, LOOKALIKE_CLASS, lookalikeProblem, numberCandidates } from './numerals.ts';

/** Spaces that sources use between digit groups, all read as a plain space. */
const SPACES = /[\u00A0\u202F\u2009\u2007]/g;

export function normalizeSpaces(text: string): string {
  return text.replace(SPACES, ' ');
}

function group(int: string, sep: string): string {
  if (!sep || int.length <= 3) return int;
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** The written forms accepted for a number, most common first: ["19,546", "19 546", "19.546", "19546"]. */
export function valueForms(value: number): string[] {
  const text = String(Math.abs(value));
  if (/e/i.test(text)) return [String(value)];
  const sign = value < 0 ? '-' : '';
  const [int = '', frac] = text.split('.');
  const forms: string[] = [];
  for (const g of [',', ' ', '.', '']) {
    if (frac === undefined) forms.push(sign + group(int, g));
    else for (const d of ['.', ',']) if (d !== g) forms.push(`${sign}${group(int, g)}${d}${frac}`);
  }
  return [...new Set(forms)];
}

/**
 * True if the quote contains the value in one of its accepted forms, as a whole
 * number: 546 is not found inside "19,546", and 1954 is not found inside "19546".
 * Found with indexOf and judged by its edges (no pattern built per value: a
 * Unicode-class regex per figure made 30,000 figures take minutes).
 */
export function containsValue(quote: string, value: number): boolean {
  const text = normalizeSpaces(quote);
  return valueForms(value).some((form) => {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      if (standsWhole(text, i, form.length)) return true;
    }
    return false;
  });
}

// Before a number any numeric character joins it ("¹9 546" is not 9546); after it a superscript is a footnote
// mark ("19 546¹"), but a vulgar fraction is part of the number ("2½" is not 2). Windows of 4 UTF-16 units
// hold a digit outside the BMP (2 units) and a separator.
const NUMERIC_BEFORE = new RegExp(`[\\p{N}${LOOKALIKE_CLASS}]$`, 'u');
const DIGIT_JOINS_AFTER = new RegExp(`^[\\p{Nd}\\u00BC-\\u00BE\\u2150-\\u215E${LOOKALIKE_CLASS}]`, 'u');
const DIGIT_THEN_SEPARATOR = new RegExp(`\\p{Nd}[${ANY_SEPARATOR}]$`, 'u');
const SEPARATOR_THEN_DIGIT = new RegExp(`^[${ANY_SEPARATOR}]\\p{Nd}`, 'u');

/** Whether text[i, i + length) is a whole number: no digit, numeric character or look-alike touches it, and no separator joins it to more digits. */
function standsWhole(text: string, i: number, length: number): boolean {
  const before = text.slice(Math.max(0, i - 4), i);
  const after = text.slice(i + length, i + length + 4);
  return !NUMERIC_BEFORE.test(before) && !DIGIT_THEN_SEPARATOR.test(before) && !DIGIT_JOINS_AFTER.test(after) && !SEPARATOR_THEN_DIGIT.test(after);
}

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};

/** Multipliers in the languages of our sources: "19.5 thousand", "19,5 тис.", "20 тыс.", "1.2 million", "1,2 млн". */
const MULTIPLIERS: [RegExp, number][] = [
  [/^(?:hundred|сот\p{L}*)$/u, 100],
  [/^(?:thousand|k|тис\p{L}*|тыс\p{L}*)$/u, 1_000],
  [/^(?:million|mln|m|млн|мільйон\p{L}*|миллион\p{L}*)$/u, 1_000_000],
];

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function multiplier(word: string | undefined): number | undefined {
  const w = word?.toLowerCase();
  return w === undefined ? undefined : MULTIPLIERS.find(([re]) => re.test(w))?.[1];
}

/** The numbers a phrase holds, each with its multiplier applied: "19,5 тис." → [[19500]], "two" → [[2]], "19 regions, 546" → [[19], [546]]. */
function phraseNumbers(text: string): number[][] {
  const out: number[][] = [];
  // Digit tokens, then number words; a multiplier word right after either scales it.
  const re = /(\d+(?:[ ,.]\d+)*)|(\p{L}+)/gu;
  const parts = [...normalizeSpaces(text).matchAll(re)].map((m) => ({ digits: m[1], word: m[2]?.toLowerCase() }));
  parts.forEach((part, i) => {
    const next = multiplier(parts[i + 1]?.word);
    if (part.digits !== undefined) {
      out.push(numberCandidates(part.digits).map((n) => n * (next ?? 1)));
    } else if (part.word !== undefined && part.word in WORDS) {
      // "a"/"an" count only before a multiplier: "a hundred", not "an estimated".
      if ((part.word === 'a' || part.word === 'an') && next === undefined) return;
      out.push([WORDS[part.word]! * (next ?? 1)]);
    }
  });
  return out;
}

/** How many numbers a phrase holds ("19 regions, 546" holds two). */
export function numberCount(text: string): number {
  return phraseNumbers(text).length;
}

/**
 * Whether `as_written` denotes the value: it holds exactly one number (digits
 * with one consistent grouping, or a number word one to twenty), which, with a
 * multiplier word right after it, equals the value: "19 546" for 19546,
 * "seven" for 7, "19,5 тис." or "19.5 thousand" for 19500, "two thousand" for 2000.
 */
export function denotes(asWritten: string, value: number): boolean {
  const numbers = phraseNumbers(asWritten);
  return numbers.length === 1 && numbers[0]!.some((n) => close(n, value));
}

/**
 * For a range written as one phrase ("150–300 thousand", "between 150 and 300 thousand"):
 * whether some part of it denotes the value. A multiplier at the end applies to every part.
 */
export function denotesInRange(asWritten: string, value: number): boolean {
  const parts = normalizeSpaces(asWritten).split(/\s*(?:–|—|-|\/|\bto\b|\band\b|\bor\b|\bдо\b)\s*/u);
  const last = parts[parts.length - 1] ?? '';
  const tail = /(\p{L}+\.?)\s*$/u.exec(last)?.[1] ?? '';
  return parts.some((part) => denotes(part, value) || (tail && !part.endsWith(tail) && denotes(`${part} ${tail}`, value)));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ENDS_ALNUM = new RegExp(`[\\p{L}\\p{N}${LOOKALIKE_CLASS}]$`, 'u');
const DIGIT_SEP_BEFORE = new RegExp(`\\p{Nd}[${ANY_SEPARATOR}]$`, 'u');
const SEP_DIGIT_AFTER = new RegExp(`^[${ANY_SEPARATOR}]\\p{Nd}`, 'u');

/**
 * Whether the quote holds `phrase` as whole words and whole numbers: "546" is
 * not in "19,546", "seven" is not in "Seventeen", "19 regions" is not in "119 regions".
 */
export function containsPhrase(quote: string, phrase: string): boolean {
  if (phrase === '') return false;
  for (let i = quote.indexOf(phrase); i >= 0; i = quote.indexOf(phrase, i + 1)) {
    const before = quote.slice(Math.max(0, i - 2), i);
    const after = quote.slice(i + phrase.length, i + phrase.length + 2);
    if (LETTER_OR_DIGIT.test(phrase[0]!) && ENDS_ALNUM.test(before)) continue;
    if (/^\d/.test(phrase) && DIGIT_SEP_BEFORE.test(before)) continue;
    if (LETTER_OR_DIGIT.test(phrase.at(-1)!) && LETTER_OR_DIGIT.test(after.charAt(0))) continue;
    if (/\d$/.test(phrase) && SEP_DIGIT_AFTER.test(after)) continue;
    return true;
  }
  return false;
}

/** as_written is a short number phrase, not a sentence. */
export const MAX_AS_WRITTEN = 80;

/** The message for a quote that lacks a value: `quote does not contain the value 19546 as written (tried "19,546", ...)`. */
export function missingValueMessage(value: number, which = 'the value'): string {
  const tried = valueForms(value).map((f) => JSON.stringify(f)).join(', ');
  return `quote does not contain ${which} ${value} as written (tried ${tried}); if the source writes it another way ("seven", "19,5 тис."), put that in as_written`;
}

export interface QuoteProblem {
  /** The field to blame: the quote, or as_written. */
  field: 'quote' | 'as_written';
  message: string;
}

/** Check a figure's or a series point's quote against its value or its low/high range. */
export function quoteProblems(
  entry: { quote: string; as_written?: string | undefined },
  numbers: { value: number } | { low: number; high: number },
): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  const quote = normalizeSpaces(entry.quote);
  const aw = entry.as_written === undefined ? undefined : normalizeSpaces(entry.as_written);
  const range = !('value' in numbers);
  if (aw !== undefined) {
    const fake = lookalikeProblem(aw);
    const count = numberCount(aw);
    if (fake) problems.push({ field: 'as_written', message: `as_written ${JSON.stringify(entry.as_written)} ${fake}` });
    else if (aw.length > MAX_AS_WRITTEN) {
      problems.push({ field: 'as_written', message: `as_written is ${aw.length} characters long; it is the number phrase only (at most ${MAX_AS_WRITTEN}), such as "nearly 20,000" or "19,5 тис."` });
    } else if (count > (range ? 2 : 1)) {
      problems.push({
        field: 'as_written',
        message: `as_written ${JSON.stringify(entry.as_written)} holds ${count} numbers; it must be one number phrase${range ? ' (or two, for a range)' : ''} as the source writes it`,
      });
    }
    if (!quote.includes(aw)) {
      problems.push({ field: 'quote', message: `quote does not contain as_written ${JSON.stringify(entry.as_written)}` });
    } else if (!containsPhrase(quote, aw)) {
      problems.push({
        field: 'as_written',
        message: `as_written ${JSON.stringify(entry.as_written)} is only part of a larger number or word in the quote; it must stand whole in the quote`,
      });
    }
    if (fake || problems.some((p) => p.field === 'as_written')) return problems;
  }
  const missing = (v: number, which?: string): QuoteProblem => {
    const fake = lookalikeProblem(quote);
    return { field: 'quote', message: missingValueMessage(v, which) + (fake ? `; note: the quote ${fake}` : '') };
  };
  if (!range) {
    if (aw !== undefined) {
      if (!denotes(aw, numbers.value)) {
        problems.push({
          field: 'as_written',
          message:
            `as_written ${JSON.stringify(entry.as_written)} does not denote the value ${numbers.value} ` +
            '(its one number, in digits with one grouping or a number word one to twenty, times any "thousand"/"million" after it, must equal the value)',
        });
      }
    } else if (!containsValue(quote, numbers.value)) {
      problems.push(missing(numbers.value));
    }
    return problems;
  }
  for (const [which, v] of [['the low value', numbers.low], ['the high value', numbers.high]] as const) {
    if (containsValue(quote, v)) continue;
    if (aw !== undefined && denotesInRange(aw, v)) continue;
    problems.push(missing(v, which));
  }
  return problems;
}
