/**
 * The data behind the teacher's guide in a locale: the chapters in reading order, each with its teaching entry
 * (content/teach.json), key terms (glossary), the charts its activity uses (with their titles), its sections (read
 * from the MDX, so a removed section fails the build) and its reading time; and the lesson plans. An entry that is
 * missing or names an unknown term or chart stops the build, naming the file and the place.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { getChart } from '../charts/index.ts';
import { latestDataset } from '../data/load.ts';
import { sectionIds, proseWords, readingMinutes } from './chapter-refs.ts';
import type { Locale } from '../i18n/index.ts';

type TeachEntry = CollectionEntry<'teach'>['data'];
export type ChapterTeach = Extract<TeachEntry, { kind: 'chapter' }>;
export type PlanTeach = Extract<TeachEntry, { kind: 'plan' }>;

export async function teachGuide(locale: Locale) {
  if (locale !== 'en') throw new Error(`teachGuide: the teacher's guide has no "${locale}" text yet`);
  const ds = latestDataset();
  const teach = (await getCollection('teach')).map((e) => e.data);
  const chapterTeach = teach.filter((t): t is ChapterTeach => t.kind === 'chapter');
  const plans = teach.filter((t): t is PlanTeach => t.kind === 'plan');
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const missing = chapters.filter((c) => !chapterTeach.some((t) => t.id === c.data.id));
  if (missing.length) throw new Error(`content/teach.json: no teaching entry for chapter(s) ${missing.map((c) => c.data.id).join(', ')}`);
  const guide = await Promise.all(
    chapters.map(async (c) => {
      const t = chapterTeach.find((x) => x.id === c.data.id)!;
      const terms = await Promise.all(
        t.terms.map(async (id) => (await getEntry('glossary', id)) ?? (() => { throw new Error(`content/teach.json ${t.id}: no glossary term "${id}"`); })()),
      );
      const charts = t.activity.charts.map((id) => {
        try {
          return { id, title: getChart(id).describe(ds, locale).title };
        } catch (e) {
          throw new Error(`content/teach.json ${t.id}.activity.charts: ${(e as Error).message}`);
        }
      });
      const body = c.body ?? '';
      return { chapter: c.data, teach: t, terms: terms.map((e) => e.data), charts, sections: sectionIds(body), minutes: readingMinutes(proseWords(body)) };
    }),
  );
  return { guide, plans };
}
export type TeachGuide = Awaited<ReturnType<typeof teachGuide>>;
