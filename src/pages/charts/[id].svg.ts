/** /charts/<id>.svg: the standalone chart with its title and source line. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, getChart } from '../../charts/index.ts';
import { chartSvgFile } from '../../charts/files.ts';
import { latestDataset } from '../../data/load.ts';
import { SITE } from '../../site.ts';

export const getStaticPaths: GetStaticPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(chartSvgFile(getChart(params.id!), latestDataset(), SITE.name, 'en'), { headers: { 'Content-Type': 'image/svg+xml' } });
