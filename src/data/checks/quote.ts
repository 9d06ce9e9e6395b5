/**
 * Does a verbatim quote contain the number the dataset says it contains?
 *
 * Sources write 19546 as "19,546", "19 546" (with a space, no-break space or
 * narrow no-break space), "19.546" or "19546"; all are accepted without help.
 * Anything else ("seven", "19,5 тис.", "two thousand") must be spelled out in
 * the entry's `as_written`, which the quote must contain and which must
 * plausibly denote the value. This keeps a typo in a value (19564 for 19546)
 * from slipping through while letting the data keep the source's wording.
 */

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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True if the quote contains the value in one of its accepted forms, as a whole
 * number: 546 is not found inside "19,546", and 1954 is not found inside "19546".
 */
export function containsValue(quote: string, value: number): boolean {
  const text = normalizeSpaces(quote);
  return valueForms(value).some((form) =>
    new RegExp(`(?<!\\d)(?<!\\d[.,' ])${escape(form)}(?!\\d)(?![.,' ]\\d)`).test(text),
  );
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

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|\p{L}+)`;
const SCALED = new RegExp(String.raw`(?<![\p{L}\d])${NUMBER}\s*(\p{L}+)\.?(?![\p{L}\d])`, 'gu');

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** A bare number word, one to twenty ("seven", "Twelve"): its value, or null. */
function wordValue(text: string): number | null {
  const w = text.trim().toLowerCase();
  return w !== 'a' && w !== 'an' && w in WORDS ? WORDS[w]! : null;
}

/** Every value an "N thousand"/"N million" phrase in the text denotes: "19,5 тис" → [19500]. */
function scaledValues(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SCALED)) {
    const n = /^\d/.test(m[1]!) ? Number(m[1]!.replace(',', '.')) : WORDS[m[1]!.toLowerCase()];
    const mult = MULTIPLIERS.find(([re]) => re.test(m[2]!.toLowerCase()))?.[1];
    if (n !== undefined && mult !== undefined) out.push(n * mult);
  }
  return out;
}

/**
 * Whether `as_written` plausibly denotes the value: its digits are the value's
 * digits ("19 546" for 19546), or it is a number word one to twenty equal to the
 * value ("seven" for 7), or an "N thousand"/"N million" form equal to the value
 * ("19,5 тис." or "19.5 thousand" for 19500, "two thousand" for 2000).
 */
export function denotes(asWritten: string, value: number): boolean {
  const d = digits(asWritten);
  if (d && d === digits(String(Math.abs(value)))) return true;
  if (!d && wordValue(asWritten.replace(/[^\p{L}\s]/gu, '')) === value) return true;
  return scaledValues(normalizeSpaces(asWritten)).some((v) => close(v, value));
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
  if (aw !== undefined && !quote.includes(aw)) {
    problems.push({ field: 'quote', message: `quote does not contain as_written ${JSON.stringify(entry.as_written)}` });
  }
  if ('value' in numbers) {
    if (aw !== undefined) {
      if (!denotes(aw, numbers.value)) {
        problems.push({
          field: 'as_written',
          message:
            `as_written ${JSON.stringify(entry.as_written)} does not denote the value ${numbers.value} ` +
            '(its digits, a number word one to twenty, or an "N thousand"/"N million" form must equal the value)',
        });
      }
    } else if (!containsValue(quote, numbers.value)) {
      problems.push({ field: 'quote', message: missingValueMessage(numbers.value) });
    }
    return problems;
  }
  for (const [which, v] of [['the low value', numbers.low], ['the high value', numbers.high]] as const) {
    if (containsValue(quote, v)) continue;
    if (aw !== undefined && denotesInRange(aw, v)) continue;
    problems.push({ field: 'quote', message: missingValueMessage(v, which) });
  }
  return problems;
}
