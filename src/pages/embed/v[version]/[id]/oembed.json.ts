/** /embed/v<version>/<chart-id>/oembed.json: the oEmbed document for a pinned embed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChart } from '../../../../charts/index.ts';
import { datasetFor, embedInfo, oembedDocument, pinnedEmbeds } from '../../../../lib/embed-files.ts';

export const getStaticPaths: GetStaticPaths = () => pinnedEmbeds().map((p) => ({ params: p }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(oembedDocument(embedInfo(getChart(params.id!), datasetFor(params.version!), true, 'en')), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
