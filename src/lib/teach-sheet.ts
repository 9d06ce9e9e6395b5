/**
 * What a printed teaching sheet (a chapter's handout or activity sheet) needs, in a locale: the chapter (title,
 * summary and order in the locale), its English entry (key facts and dates), its teaching entry (content/teach.json,
 * or content/i18n/<locale>/teach.json), the localized dataset, and the full address of a page in the locale (the
 * English page where the page has no translation). A missing entry stops the build naming the file.
 */
import { getEntry } from 'astro:content';
import { latestDataset } from '../data/load.ts';
import { localizeDataset } from '../data/translations.ts';
import { SITE } from '../site.ts';
import { guideChapters, type ChapterTeach } from './teach-guide.ts';
import { pageLink } from '../i18n/link.ts';
import type { Locale } from '../i18n/index.ts';

/** The printed address of a page of the site, in the locale where it exists (the English page where it does not). */
export function sheetUrl(path: string, locale: Locale): string {
  return new URL(pageLink(path, locale).href, SITE.url + '/').href;
}

export async function sheetContext(id: string, locale: Locale) {
  const file = locale === 'en' ? 'content/teach.json' : `content/i18n/${locale}/teach.json`;
  const english = (await getEntry('chapters', id))?.data;
  if (!english) throw new Error(`content/chapters/${id}.mdx: missing`);
  const chapter = (await guideChapters(locale)).find((c) => c.id === id)!;
  const entry = (await getEntry(locale === 'en' ? 'teach' : 'teachUk', id))?.data;
  if (!entry || entry.kind !== 'chapter') throw new Error(`${file}: no teaching entry for chapter "${id}"`);
  const teach: ChapterTeach = entry;
  const ds = localizeDataset(latestDataset(), locale);
  const siteUrl = (path: string) => sheetUrl(path, locale);
  return { id, chapter, english, teach, file, ds, siteUrl };
}
