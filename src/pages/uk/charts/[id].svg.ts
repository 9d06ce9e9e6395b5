/** /uk/charts/<id>.svg: the standalone chart in Ukrainian (dataset text from localizeDataset), with its title and source line. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, getChart } from '../../../charts/index.ts';
import { chartSvgFile } from '../../../charts/files.ts';
import { latestDataset } from '../../../data/load.ts';
import { localizeDataset } from '../../../data/translations.ts';
import { t } from '../../../i18n/index.ts';

export const getStaticPaths: GetStaticPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(chartSvgFile(getChart(params.id!), localizeDataset(latestDataset(), 'uk'), t('site.name', {}, 'uk'), 'uk'), { headers: { 'Content-Type': 'image/svg+xml' } });
