/**
 * /uk/search-terms.json: the words the Ukrainian pages' searchable text uses (chapters, glossary, chart titles,
 * figure labels), most frequent first, for the Ukrainian search's spelling help. The English list is /search-terms.json.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { CHARTS } from '../../charts/index.ts';
import { latestDataset } from '../../data/load.ts';
import { localizeDataset } from '../../data/translations.ts';
import { vocabulary } from '../../lib/search-terms.ts';

export const GET: APIRoute = async () => {
  const ds = localizeDataset(latestDataset(), 'uk');
  const list = vocabulary([
    ...(await getCollection('chaptersUk')).flatMap((c) => [c.data.title, c.data.summary, c.body ?? '']),
    ...(await getCollection('glossaryUk')).flatMap((g) => [g.data.term, g.data.definition]),
    ...CHARTS.map((c) => c.describe(ds, 'uk').title),
    ...ds.figures.map((f) => f.label),
  ]);
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
