/**
 * The reading level of an English text: words, sentences, syllables and the Flesch–Kincaid grade (1975), computed
 * with the `flesch-kincaid` formula and the `syllable` counter (both from the npm registry). Used for the core
 * readings (content/teach-readings.json): the teacher's guide prints the grade computed here at build time, and
 * tests/build/readings.test.ts measures it again from each reading's rendered page.
 *
 * Counting rules, kept simple and stated so the figure can be checked by hand:
 * - a word is a run of non-space characters holding a letter or a digit ("Lvova-Belova" is one word, "19,546" one);
 * - a sentence ends at ., ! or ? (after any closing quote or bracket) followed by a space or the end of the text;
 * - a number is counted with the syllables of its English words ("19,546" as
 *   "nineteen thousand five hundred forty six"), since `syllable` counts none for digits; a percent sign adds "percent".
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface ReadingStats {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level, unrounded. */
  grade: number;
}

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function under1000(n: number): string[] {
  const out: string[] = [];
  if (n >= 100) out.push(ONES[Math.floor(n / 100)]!, 'hundred');
  const r = n % 100;
  if (r >= 20) out.push(TENS[Math.floor(r / 10)]!, ONES[r % 10]!);
  else out.push(ONES[r]!);
  return out.filter(Boolean);
}

/** An integer as English words ("2,003" → two thousand three); 0 → zero. Years read as numbers, a close enough count. */
export function numberWords(n: number): string {
  if (n === 0) return 'zero';
  const parts: string[] = [];
  const scales: Array<[number, string]> = [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand'], [1, '']];
  let rest = Math.floor(Math.abs(n));
  for (const [size, name] of scales) {
    const k = Math.floor(rest / size);
    rest %= size;
    if (k > 0) parts.push(...under1000(k), name);
  }
  return parts.filter(Boolean).join(' ');
}

/** Syllables in one word as it is written in the text (punctuation around it ignored). */
export function wordSyllables(word: string): number {
  const digits = word.replace(/[,\u00a0\u202f]/g, '').match(/\d+(?:\.\d+)?/g);
  if (digits) {
    const spoken = digits.map((d) => numberWords(Number(d.split('.')[0]))).join(' ');
    const letters = word.replace(/[\d,.%\u00a0\u202f]/g, ' ');
    return syllable(spoken) + (word.includes('%') ? syllable('percent') : 0) + (/[a-z]/i.test(letters) ? syllable(letters) : 0);
  }
  return Math.max(1, syllable(word));
}

/** Splits text into words: runs of non-space characters with a letter or digit. Non-breaking spaces inside a number keep it one word. */
export function words(text: string): string[] {
  return text
    .replace(/(\d)[\u00a0\u202f](?=\d)/g, '$1')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Sentences: ., ! or ? (then any closing quotes or brackets) before a space or the end. A text with words has at least one. */
export function sentenceCount(text: string): number {
  const ends = text.trim().match(/[.!?]+["'”’»)\]]*(?=\s|$)/g) ?? [];
  return Math.max(ends.length, words(text).length > 0 ? 1 : 0);
}

/** Words, sentences, syllables and the Flesch–Kincaid grade of an English text. */
export function readingStats(text: string): ReadingStats {
  const w = words(text);
  const sentences = sentenceCount(text);
  const syllables = w.reduce((n, x) => n + wordSyllables(x), 0);
  const grade = w.length === 0 ? 0 : fleschKincaid({ sentence: sentences, word: w.length, syllable: syllables });
  return { words: w.length, sentences, syllables, grade };
}
