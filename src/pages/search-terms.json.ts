/**
 * /search-terms.json: the words the site's searchable text uses (chapters, glossary, chart titles, figure labels),
 * most frequent first, for search's "Did you mean …?" (src/lib/suggest.ts). Fetched only after a search finds nothing.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { CHARTS } from '../charts/index.ts';
import { latestDataset } from '../data/load.ts';
import { words } from '../lib/suggest.ts';

export const GET: APIRoute = async () => {
  const ds = latestDataset();
  const texts = [
    ...(await getCollection('chapters')).flatMap((c) => [c.data.title, c.data.summary, (c.body ?? '').replace(/<[^>]+>/g, ' ')]),
    ...(await getCollection('glossary')).flatMap((g) => [g.data.term, g.data.definition]),
    ...CHARTS.map((c) => c.describe(ds, 'en').title),
    ...ds.figures.map((f) => f.label),
  ];
  const counts = new Map<string, number>();
  for (const w of texts.flatMap(words)) if (w.length >= 4) counts.set(w, (counts.get(w) ?? 0) + 1);
  const list = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
