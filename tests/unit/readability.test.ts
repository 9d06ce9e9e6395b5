/**
 * The reading-level measure (src/lib/readability.ts) and the core readings' source (content/teach-readings.json,
 * no build needed): numbers are read as their English words; sentences and words are counted as the module says;
 * every English reading is 500–700 words at Flesch–Kincaid grade 8 or below, types no number of 100 or more by hand
 * (years aside), and names each person in its who's who; the Ukrainian readings keep the English figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberWords, readingStats, wordSyllables } from '../../src/lib/readability.ts';
import { englishReadingStats } from '../../src/lib/reading-text.ts';
import { teachPlainText } from '../../src/lib/teach-text.ts';

type Reading = { id: string; paragraphs: string[]; who: Array<{ name: string }>; words: unknown[]; starters: string[] };
const en = JSON.parse(readFileSync('content/teach-readings.json', 'utf8')) as Reading[];

describe('readability measure', () => {
  it('reads numbers as English words', () => {
    expect(numberWords(19546)).toBe('nineteen thousand five hundred forty six');
    expect(numberWords(700000)).toBe('seven hundred thousand');
    // Counted like its words (the `syllable` package's count for them), not as zero.
    expect(wordSyllables('19,546')).toBe(wordSyllables('nineteen thousand five hundred forty six'));
    expect(wordSyllables('19,546')).toBeGreaterThan(5);
    expect(wordSyllables('20%')).toBe(wordSyllables('twenty percent'));
  });
  it('scores plain short sentences low and dense long ones high', () => {
    expect(readingStats('The cat sat on the mat. It was warm.').grade).toBeLessThan(2);
    expect(readingStats('Institutional responsibility for systematic deportation necessitates comprehensive international investigation.').grade).toBeGreaterThan(15);
  });
});

describe('core readings (source)', () => {
  for (const r of en) {
    it(`${r.id}: 500–700 words, grade ≤ 8, no hand-typed number of 100 or more`, () => {
      const s = englishReadingStats(r.paragraphs);
      expect(s.words).toBeGreaterThanOrEqual(500);
      expect(s.words).toBeLessThanOrEqual(700);
      expect(s.grade).toBeLessThanOrEqual(8);
      const typed = r.paragraphs
        .flatMap((p) => [...teachPlainText(p).matchAll(/\d[\d,.]*/g)].map((m) => m[0].replace(/[.,]$/, '')))
        .filter((v) => Number(v.replace(/,/g, '')) >= 100 && !/^(19|20)\d\d$/.test(v));
      expect(typed, `${r.id}: hand-typed numbers`).toEqual([]);
      expect(r.words).toHaveLength(6);
    });
  }
});
