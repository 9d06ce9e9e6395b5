/**
 * /charts/<id>/thumb/<light|dark>.svg: the gallery's thumbnail of a chart in one theme (src/charts/thumbnail.ts).
 * The Ukrainian ones are under /uk/charts/ (src/pages/uk/charts/[id]/thumb/[theme].svg.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, getChart } from '../../../../charts/index.ts';
import { THUMB_THEMES, thumbnailSvg } from '../../../../charts/thumbnail.ts';
import { latestDataset } from '../../../../data/load.ts';

export const getStaticPaths: GetStaticPaths = () => CHARTS.flatMap((c) => THUMB_THEMES.map((theme) => ({ params: { id: c.id, theme } })));

export const GET: APIRoute = async ({ params }) => {
  const { svg } = await thumbnailSvg(getChart(params.id!), latestDataset(), 'en', params.theme as (typeof THUMB_THEMES)[number]);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
