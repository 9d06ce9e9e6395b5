/** /charts/<id>.png: the fallback image, at 2×, drawn from the standalone SVG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, getChart } from '../../charts/index.ts';
import { chartSvgFile, svgToPng } from '../../charts/files.ts';
import { latestDataset } from '../../data/load.ts';
import { SITE } from '../../site.ts';

export const getStaticPaths: GetStaticPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(svgToPng(chartSvgFile(getChart(params.id!), latestDataset(), SITE.name, 'en')).png), {
    headers: { 'Content-Type': 'image/png' },
  });
