/** /embed/<chart-id>/oembed.json: the oEmbed document for the latest embed (in Ukrainian at /uk/embed/…, which re-exports this route). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeOfPath } from '../../../i18n/paths.ts';
import { CHARTS, getChart } from '../../../charts/index.ts';
import { datasetFor, embedInfo, oembedDocument } from '../../../lib/embed-files.ts';

export const getStaticPaths: GetStaticPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params, url }) =>
  new Response(JSON.stringify(oembedDocument(embedInfo(getChart(params.id!), datasetFor(), false, localeOfPath(url.pathname))), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
