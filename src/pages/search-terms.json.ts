/**
 * /search-terms.json: the words the English pages' searchable text uses (chapters, glossary, chart titles, figure
 * labels), most frequent first, for search's spelling help (src/lib/suggest.ts). Fetched only when a query has a word
 * the results do not contain. The Ukrainian list is /uk/search-terms.json.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { CHARTS } from '../charts/index.ts';
import { latestDataset } from '../data/load.ts';
import { vocabulary } from '../lib/search-terms.ts';

export const GET: APIRoute = async () => {
  const ds = latestDataset();
  const list = vocabulary([
    ...(await getCollection('chapters')).flatMap((c) => [c.data.title, c.data.summary, c.body ?? '']),
    ...(await getCollection('glossary')).flatMap((g) => [g.data.term, g.data.definition]),
    ...CHARTS.map((c) => c.describe(ds, 'en').title),
    ...ds.figures.map((f) => f.label),
  ]);
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
