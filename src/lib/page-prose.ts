/**
 * The long-prose pages' text per locale: content/pages/<locale>/<page>.mdx (methodology, about, the teacher's
 * guide, the safety kit), loaded through the `pages` collection. A missing file, or one whose frontmatter names
 * another page or locale than its place, stops the build naming the file. Also the chapter titles in a locale, for
 * the pages that list chapters.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { guideChapters } from './teach-guide.ts';
import type { Locale } from '../i18n/index.ts';
import type { CHAPTER_IDS } from '../data/schema.ts';
import type { PageId } from './page-prose-ids.ts';

type ChapterId = (typeof CHAPTER_IDS)[number];

export async function pageProse(page: PageId, locale: Locale): Promise<CollectionEntry<'pages'>> {
  const file = `content/pages/${locale}/${page}.mdx`;
  const entry = await getEntry('pages', `${locale}/${page}`);
  if (!entry) throw new Error(`${file}: missing: the ${page} page has no text in "${locale}"`);
  if (entry.data.page !== page || entry.data.locale !== locale) {
    throw new Error(`${file}: the frontmatter says page "${entry.data.page}", locale "${entry.data.locale}"; the file's place says "${page}", "${locale}"`);
  }
  return entry;
}

/** Chapter titles by id, in the locale. */
export async function chapterTitles(locale: Locale): Promise<Record<ChapterId, string>> {
  return Object.fromEntries((await guideChapters(locale)).map((c) => [c.id, c.title])) as Record<ChapterId, string>;
}
