/**
 * /search-terms.json (and /uk/search-terms.json, which uses this route's `searchTerms`): the words a language's
 * searchable text uses (chapters, glossary, chart titles, figure labels), most frequent first, for search's spelling
 * help (src/lib/suggest.ts). Fetched only when a query has a word the results do not contain.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { CHARTS } from '../charts/index.ts';
import { latestDataset } from '../data/load.ts';
import { localizeDataset } from '../data/translations.ts';
import { ukApostrophes } from '../i18n/apostrophe.ts';
import type { Locale } from '../i18n/index.ts';
import { vocabulary } from '../lib/search-terms.ts';

export const searchTerms =
  (locale: Locale): APIRoute =>
  async () => {
    const ds = localizeDataset(latestDataset(), locale);
    const chapters = await getCollection(locale === 'en' ? 'chapters' : 'chaptersUk');
    const glossary = await getCollection(locale === 'en' ? 'glossary' : 'glossaryUk');
    const texts = [
      ...chapters.flatMap((c) => [c.data.title, c.data.summary, c.body ?? '']),
      ...glossary.flatMap((g) => [g.data.term, g.data.definition]),
      ...CHARTS.map((c) => c.describe(ds, locale).title),
      ...ds.figures.map((f) => f.label),
    ];
    // A chapter's MDX source is raw text: its Ukrainian words get the apostrophe the pages print (’), as the search
    // script's query does, or a suggestion would be spelt in a way the index never matches.
    const list = vocabulary(locale === 'uk' ? texts.map(ukApostrophes) : texts);
    return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  };

export const GET = searchTerms('en');
