/** /uk/charts/<id>.csv: the chart's data table in Ukrainian, headed by the Ukrainian column labels. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, getChart } from '../../../charts/index.ts';
import { chartCsvFile } from '../../../charts/files.ts';
import { latestDataset } from '../../../data/load.ts';
import { localizeDataset } from '../../../data/translations.ts';

export const getStaticPaths: GetStaticPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsvFile(getChart(params.id!), localizeDataset(latestDataset(), 'uk'), 'uk'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
