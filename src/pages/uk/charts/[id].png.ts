/** /uk/charts/<id>.png: the Ukrainian fallback image, at 2×, drawn from the Ukrainian standalone SVG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, getChart } from '../../../charts/index.ts';
import { chartSvgFile, svgToPng } from '../../../charts/files.ts';
import { latestDataset } from '../../../data/load.ts';
import { localizeDataset } from '../../../data/translations.ts';
import { t } from '../../../i18n/index.ts';

export const getStaticPaths: GetStaticPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(svgToPng(chartSvgFile(getChart(params.id!), localizeDataset(latestDataset(), 'uk'), t('site.name', {}, 'uk'), 'uk')).png), {
    headers: { 'Content-Type': 'image/png' },
  });
