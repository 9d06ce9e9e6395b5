/** /charts/<id>.csv: the chart's data table as CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, getChart } from '../../charts/index.ts';
import { chartCsvFile } from '../../charts/files.ts';
import { latestDataset } from '../../data/load.ts';

export const getStaticPaths: GetStaticPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsvFile(getChart(params.id!), latestDataset(), 'en'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
