/**
 * What counts as a number in a quote, and what only looks like one.
 *
 * A reader sees "2О 000" (a Cyrillic О) or "19 5４6" (a full-width 4) as an
 * ordinary number, but the characters are not digits, so a check that reads
 * digits would see something else. These helpers name such characters, so the
 * quote checks can refuse them with a message instead of being fooled:
 * non-ASCII digits, other numeric characters (superscripts, circled digits)
 * next to digits, letters that look like digits next to digits, words that
 * mix Latin and Cyrillic letters, and unusual characters between digit groups.
 */

/** Characters sources put between digit groups that we read: space (after normalising), comma, full stop. */
export const GROUP_SEPARATORS = ' ,.';

/**
 * Characters that sit between digit groups in some typesetting but that we do
 * not read as separators; they still join digits into one larger number, so
 * "546" is never found inside "19’546".
 */
export const ODD_SEPARATORS =
  "'\u2019\u2018\u02BC\u2032\u066C\u066B\u00B7\u02D9_\u2008\u200A\u2005\u2006\u205F\u3000" +
  // Full-width and small forms of the comma and full stop, the ideographic comma and the one-dot leader:
  // a reader sees "19，546" as 19,546, so 546 must not be found in it.
  '\uFF0C\uFF0E\uFF07\u3001\uFE50\uFE51\uFE52\u2024';

/** Letters a reader can take for a digit: O/о for 0, l/I/І for 1, З for 3, б for 6, and their Greek cousins. */
export const LOOKALIKES = 'OoОоΟοlIІӀ|ЗзбƼƽ';

const escapeClass = (s: string): string => s.replace(/[\\\]^-]/g, '\\$&');
/** A character class body (no brackets) for any separator, read or odd. */
export const ANY_SEPARATOR = escapeClass(GROUP_SEPARATORS + ODD_SEPARATORS);
export const LOOKALIKE_CLASS = escapeClass(LOOKALIKES);

/** `U+FF14 FULLWIDTH DIGIT FOUR`-style name, short: `"４" (U+FF14)`. */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `${JSON.stringify(ch)} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
}

const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/u;
// Superscript, subscript, circled and other numeric characters that are not decimal digits ("¹9 546", "①9 546"):
// touching a digit, a reader takes them for one.
const NUMERIC_NEXT_TO_DIGIT = /[0-9][\p{No}\p{Nl}]|[\p{No}\p{Nl}][0-9]/u;
const LOOKALIKE_NEXT_TO_DIGIT = new RegExp(`[0-9][${LOOKALIKE_CLASS}]|[${LOOKALIKE_CLASS}][0-9]`, 'u');
const ODD_BETWEEN_DIGITS = new RegExp(`[0-9\\p{Nd}]([${escapeClass(ODD_SEPARATORS)}])[0-9\\p{Nd}]`, 'u');
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Why `text` has a number a reader would read differently from its characters,
 * or null: a non-ASCII digit, a look-alike letter touching a digit, an odd
 * separator between digits, or a word mixing Latin and Cyrillic letters.
 */
export function lookalikeProblem(text: string): string | null {
  const nd = NON_ASCII_DIGIT.exec(text);
  if (nd) return `contains the non-ASCII digit ${describeChar(nd[0])}; numbers must use the ASCII digits 0-9`;
  const nn = NUMERIC_NEXT_TO_DIGIT.exec(text);
  if (nn) {
    const ch = [...nn[0]].find((c) => !/[0-9]/.test(c))!;
    return `contains the numeric character ${describeChar(ch)} next to a digit in ${JSON.stringify(around(text, nn.index))}; numbers must use the ASCII digits 0-9`;
  }
  const la = LOOKALIKE_NEXT_TO_DIGIT.exec(text);
  if (la) {
    const letter = [...la[0]].find((c) => !/[0-9]/.test(c))!;
    return `contains the letter ${describeChar(letter)} next to a digit in ${JSON.stringify(around(text, la.index))}; it looks like a digit but is not one`;
  }
  const odd = ODD_BETWEEN_DIGITS.exec(text);
  if (odd) {
    return `writes a number with ${describeChar(odd[1]!)} between digits in ${JSON.stringify(around(text, odd.index))}; only a space, a comma or a full stop is read as a group separator`;
  }
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (/\p{Script=Latin}/u.test(w) && /\p{Script=Cyrillic}/u.test(w)) {
      return `the word ${JSON.stringify(w)} mixes Latin and Cyrillic letters (a look-alike character?)`;
    }
  }
  return null;
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 8), index + 10);
}

/**
 * The values a digit token can mean. "19,546" and "19 546" are 19546; "19.546"
 * is 19546 or 19.546 (groups or a decimal point: the source's locale decides);
 * "19,5" is 19.5; "1.9546" is only 1.9546; a token with mixed or irregular
 * grouping ("1,95,46", "19 5.46") means nothing. ASCII digits only.
 */
export function numberCandidates(token: string): number[] {
  if (/^\d+$/.test(token)) return [Number(token)];
  const out: number[] = [];
  const grouped = /^\d{1,3}(?:([ ,.])\d{3})+$/.exec(token);
  if (grouped) {
    const sep = grouped[1]!;
    if (token.split(sep).every((g, i) => i === 0 || g.length === 3) && !new RegExp(`[ ,.]`).test(token.replaceAll(sep, ''))) {
      out.push(Number(token.replaceAll(sep, '')));
    }
  }
  const decimal = /^(\d{1,3}(?:([ ,.])\d{3})*|\d+)([.,])(\d+)$/.exec(token);
  if (decimal) {
    const [, int = '', sep, mark, frac = ''] = decimal;
    if (sep !== mark) out.push(Number(`${sep ? int.replaceAll(sep, '') : int}.${frac}`));
  }
  return [...new Set(out)];
}


