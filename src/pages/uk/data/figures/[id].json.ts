/** /uk/data/figures/<id>.json: one figure as the popover on an inline number shows it on a Ukrainian page (src/lib/fact-card.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { latestDataset } from '../../../../data/load.ts';
import { factCard } from '../../../../lib/fact-card.ts';

export const getStaticPaths: GetStaticPaths = () => latestDataset().figures.map((f) => ({ params: { id: f.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(factCard(latestDataset(), params.id!, 'uk')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
