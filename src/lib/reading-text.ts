/**
 * A core reading (content/teach-readings.json) as the reader sees it: each {{fact:id}} printed as <Fact> prints it
 * (the value with its qualifier, and the unit when asked), the rest as written. The teacher's guide measures the
 * English text's reading level from this (src/lib/readability.ts); tests/build/readings.test.ts checks the figure
 * against the reading's rendered page, so the two cannot drift apart.
 */
import { figure, isRange } from '../data/query.ts';
import { latestDataset } from '../data/load.ts';
import { localizeDataset, unitLabel } from '../data/translations.ts';
import { formatQualified, formatRange } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import { parseTeachText } from './teach-text.ts';
import { readingStats, type ReadingStats } from './readability.ts';

/** One paragraph with its figures printed; throws naming the figure when an id is unknown. */
export function readingParagraphText(text: string, locale: Locale): string {
  const ds = localizeDataset(latestDataset(), locale);
  return parseTeachText(text)
    .map((p) => {
      if (p.type === 'text') return p.text;
      if (p.type !== 'fact') throw new Error(`a reading may hold only {{fact:id}} tokens, found a ${p.type} token`);
      const f = figure(ds, p.id);
      const value = isRange(f) ? formatRange(f.low, f.high, locale) : formatQualified(f.value, p.bare ? 'exact' : f.qualifier, locale);
      return p.unit ? `${value} ${unitLabel(f.unit, isRange(f) ? f.high : f.value, locale)}` : value;
    })
    .join('');
}

/** The reading's running text (title excluded), paragraphs joined by blank lines. */
export function readingText(paragraphs: readonly string[], locale: Locale): string {
  return paragraphs.map((p) => readingParagraphText(p, locale)).join('\n\n');
}

/** Words, sentences, syllables and Flesch–Kincaid grade of an English reading's running text. */
export function englishReadingStats(paragraphs: readonly string[]): ReadingStats {
  return readingStats(readingText(paragraphs, 'en'));
}
