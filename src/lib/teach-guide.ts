/**
 * The data behind the teacher's guide in a locale: the chapters in reading order (title and objectives in the
 * locale, order from the English chapter), each with its teaching entry (content/teach.json, or its translation
 * content/i18n/uk/teach.json), key terms (glossary), the charts its activity uses (with their titles), its sections
 * (read from the chapter's MDX in the locale, so a removed section fails the build) and its reading time; and the
 * lesson plans. An entry that is missing or names an unknown term or chart stops the build, naming the file and place.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { getChart } from '../charts/index.ts';
import { latestDataset } from '../data/load.ts';
import { localizeDataset } from '../data/translations.ts';
import { sectionIds, proseWords, readingMinutes } from './chapter-refs.ts';
import type { Locale } from '../i18n/index.ts';

type TeachEntry = CollectionEntry<'teach'>['data'];
export type ChapterTeach = Extract<TeachEntry, { kind: 'chapter' }>;
export type PlanTeach = Extract<TeachEntry, { kind: 'plan' }>;

/** A chapter as the guide (and the front page) needs it, in the locale: id, order, title, summary, objectives and its MDX text. */
export async function guideChapters(locale: Locale) {
  const english = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  if (locale === 'en') return english.map((c) => ({ id: c.data.id, order: c.data.order, title: c.data.title, summary: c.data.summary, objectives: c.data.objectives, body: c.body ?? '' }));
  const translated = await getCollection('chaptersUk');
  return english.map((c) => {
    const tr = translated.find((x) => x.data.id === c.data.id);
    if (!tr) throw new Error(`content/i18n/${locale}/chapters/${c.data.id}.mdx: missing (the teacher's guide in ${locale} needs every chapter)`);
    return { id: c.data.id, order: c.data.order, title: tr.data.title, summary: tr.data.summary, objectives: tr.data.objectives, body: tr.body ?? '' };
  });
}

export async function teachGuide(locale: Locale) {
  const file = locale === 'en' ? 'content/teach.json' : `content/i18n/${locale}/teach.json`;
  const ds = localizeDataset(latestDataset(), locale);
  const teach = (locale === 'en' ? await getCollection('teach') : await getCollection('teachUk')).map((e) => e.data);
  const chapterTeach = teach.filter((t): t is ChapterTeach => t.kind === 'chapter');
  const plans = teach.filter((t): t is PlanTeach => t.kind === 'plan');
  const chapters = await guideChapters(locale);
  const missing = chapters.filter((c) => !chapterTeach.some((t) => t.id === c.id));
  if (missing.length) throw new Error(`${file}: no teaching entry for chapter(s) ${missing.map((c) => c.id).join(', ')}`);
  const guide = await Promise.all(
    chapters.map(async (c) => {
      const t = chapterTeach.find((x) => x.id === c.id)!;
      const terms = await Promise.all(
        t.terms.map(async (id) => (await getEntry(locale === 'en' ? 'glossary' : 'glossaryUk', id)) ?? (() => { throw new Error(`${file} ${t.id}: no glossary term "${id}"`); })()),
      );
      const charts = t.activity.charts.map((id) => {
        try {
          return { id, title: getChart(id).describe(ds, locale).title };
        } catch (e) {
          throw new Error(`${file} ${t.id}.activity.charts: ${(e as Error).message}`);
        }
      });
      const { body, ...chapter } = c;
      return { chapter, teach: t, terms: terms.map((e) => e.data), charts, sections: sectionIds(body), minutes: readingMinutes(proseWords(body)) };
    }),
  );
  return { guide, plans };
}
export type TeachGuide = Awaited<ReturnType<typeof teachGuide>>;
