/** /embed/v<version>/<chart-id>/oembed.json: the oEmbed document for a pinned embed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeOfPath } from '../../../../i18n/paths.ts';
import { getChart } from '../../../../charts/index.ts';
import { datasetFor, embedInfo, oembedDocument, pinnedEmbeds } from '../../../../lib/embed-files.ts';

export const getStaticPaths: GetStaticPaths = () => pinnedEmbeds('en').map((p) => ({ params: p }));

export const GET: APIRoute = ({ params, url }) =>
  new Response(JSON.stringify(oembedDocument(embedInfo(getChart(params.id!), datasetFor(params.version!), true, localeOfPath(url.pathname))), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
