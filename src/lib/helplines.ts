/**
 * The checked national helplines (content/helplines.json; Ukrainian words in content/i18n/uk/helplines.json) in a locale, for the safety kit and the handouts, and the
 * small helpers that print them: a phone field's numbers joined with the locale's "or", a site's host name.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';
import { formatList } from '../i18n/format.ts';

export type Helpline = CollectionEntry<'helplines'>['data'];

/** The helplines with their words in `locale` (content/i18n/uk/helplines.json, checked against the English file when loaded). */
export async function helplines(locale: Locale): Promise<Helpline[]> {
  const entries = locale === 'uk' ? await getCollection('helplinesUk') : await getCollection('helplines');
  return entries.map((h) => h.data);
}

/** A helpline's numbers joined with the locale's "or": "116 111 or 0 800 500 225" (uk "116 111 або 0 800 500 225"). */
export const phoneText = (phones: readonly string[], locale: Locale): string => formatList(phones, locale, 'disjunction');

/** "childline.org.uk" from "https://www.childline.org.uk/". */
export const hostOf = (url: string): string => new URL(url).host.replace(/^www\./, '');
