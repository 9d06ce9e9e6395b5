/**
 * Which pages exist in which language. Every English page exists; a page in
 * another locale exists only where its route is built (its text is translated:
 * a Ukrainian page never shows English as a placeholder). The language switch,
 * hreflang alternates, the footer and the sitemap ask here, and
 * tests/build/i18n-pages.test.ts checks this list against the built site both
 * ways, so a route added without an entry here (or the reverse) fails.
 *
 * To add a Ukrainian page: add its route under src/pages/uk/ (docs/i18n.md) and
 * its path or pattern here.
 */
import { existsSync } from 'node:fs';
import { CHARTS } from '../charts/index.ts';
import { CHAPTER_IDS } from '../data/schema.ts';
import { DEFAULT_LOCALE, type Locale } from './index.ts';
import { stripLocale } from './paths.ts';

/** Sections with a Ukrainian route, by their English path. */
const UK_PAGES = new Set<string>([
  '/search/', '/glossary/', '/404/', '/about/',
  // helper ukl: the landing page, the methodology and the teaching unit (the guide; its handouts and activity sheets below).
  '/', '/methodology/', '/teach/',
  // helper ukr: the reference pages.
  '/timeline/', '/sources/', '/data/', '/updates/',
  // helper ukemb: the chart gallery (each chart's page below).
  '/charts/',
  // helper read: the whole teaching unit on one page, to print.
  '/teach/unit/',
]);

/**
 * Whether chapter pages are built in Ukrainian: /uk/chapters/<id>/ (src/pages/uk/chapters/[id].astro) for every
 * chapter translated in content/i18n/uk/chapters/. The layout, its components and the charts draw in the page's language.
 */
export const UK_CHAPTERS_LIVE = true;

/** The chapters with a page in `locale`: translated (content/i18n/<locale>/chapters/<id>.mdx exists) and live. */
export function translatedChapters(locale: Locale): string[] {
  if (locale === DEFAULT_LOCALE) return [...CHAPTER_IDS];
  if (!UK_CHAPTERS_LIVE) return [];
  return CHAPTER_IDS.filter((id) => existsSync(`content/i18n/${locale}/chapters/${id}.mdx`));
}

/** Whether the page at `path` (in any locale, with or without #hash) exists in `locale`. */
export function existsIn(path: string, locale: Locale): boolean {
  const bare = stripLocale(path).replace(/[?#].*$/, '');
  if (locale === DEFAULT_LOCALE) return true;
  if (locale !== 'uk') return false;
  if (UK_PAGES.has(bare)) return true;
  const chapter = /^\/chapters\/([a-z-]+)\/$/.exec(bare);
  if (chapter) return translatedChapters(locale).includes(chapter[1]!);
  // A chapter's handout and activity sheet exist wherever the teacher's guide does (its translation covers every chapter).
  // Every chart's page: its words are the chart dictionaries' and the dataset's, whose translation the build requires.
  const chart = /^\/charts\/([a-z-]+)\/$/.exec(bare);
  if (chart) return CHARTS.some((c) => c.id === chart[1]);
  // The core readings: content/i18n/uk/teach-readings.json must translate every chapter's (the build checks it).
  if (/^\/teach\/[a-z-]+\/reading\/$/.test(bare)) return (CHAPTER_IDS as readonly string[]).includes(bare.split('/')[2]!);
  if (/^\/teach\/[a-z-]+\/(handout|activity)\/$/.test(bare)) return UK_PAGES.has('/teach/') && (CHAPTER_IDS as readonly string[]).includes(bare.split('/')[2]!);
  // A chapter's evidence pack (content/i18n/uk/teach-packs.json, which the build checks covers every chapter).
  if (/^\/teach\/[a-z-]+\/sources\/$/.test(bare)) return UK_PAGES.has('/teach/') && (CHAPTER_IDS as readonly string[]).includes(bare.split('/')[2]!);
  return false;
}
