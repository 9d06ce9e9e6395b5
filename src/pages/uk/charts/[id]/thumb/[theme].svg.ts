/** /uk/charts/<id>/thumb/<light|dark>.svg: the Ukrainian gallery's thumbnails (see src/pages/charts/[id]/thumb/[theme].svg.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, getChart } from '../../../../../charts/index.ts';
import { THUMB_THEMES, thumbnailSvg } from '../../../../../charts/thumbnail.ts';
import { latestDataset } from '../../../../../data/load.ts';
import { localizeDataset } from '../../../../../data/translations.ts';

export const getStaticPaths: GetStaticPaths = () => CHARTS.flatMap((c) => THUMB_THEMES.map((theme) => ({ params: { id: c.id, theme } })));

export const GET: APIRoute = async ({ params }) => {
  const { svg } = await thumbnailSvg(getChart(params.id!), localizeDataset(latestDataset(), 'uk'), 'uk', params.theme as (typeof THUMB_THEMES)[number]);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
