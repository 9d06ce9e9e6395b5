/**
 * A chapter's core reading in a locale (content/teach-readings.json, or content/i18n/<locale>/teach-readings.json),
 * and the English reading's measured level for the teacher's guide. A missing entry stops the build naming the file.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { LANG_TAG, type Locale } from '../i18n/index.ts';
import { englishReadingStats } from './reading-text.ts';
import type { ReadingStats } from './readability.ts';

export type Reading = CollectionEntry<'readings'>['data'];

export function readingFile(locale: Locale): string {
  return locale === 'en' ? 'content/teach-readings.json' : `content/i18n/${locale}/teach-readings.json`;
}

export async function chapterReading(id: string, locale: Locale): Promise<Reading> {
  const entry = (await getEntry(locale === 'en' ? 'readings' : 'readingsUk', id))?.data;
  if (!entry) throw new Error(`${readingFile(locale)}: no core reading for chapter "${id}"`);
  return entry;
}

/** The English reading's words and Flesch–Kincaid grade (the guide prints them in every language). */
export async function readingLevel(id: string): Promise<ReadingStats> {
  return englishReadingStats((await chapterReading(id, 'en')).paragraphs);
}

/** A grade as printed: one decimal, in the locale's digits ("7.3", «7,3»). */
export function gradeText(grade: number, locale: Locale): string {
  return new Intl.NumberFormat(LANG_TAG[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(grade);
}
