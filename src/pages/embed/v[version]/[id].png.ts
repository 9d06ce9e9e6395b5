/** /embed/v<version>/<chart-id>.png: the fallback image of a pinned embed, drawn from that release. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeOfPath } from '../../../i18n/paths.ts';
import { getChart } from '../../../charts/index.ts';
import { datasetFor, embedPng, pinnedEmbeds } from '../../../lib/embed-files.ts';

export const getStaticPaths: GetStaticPaths = () => pinnedEmbeds('en').map((p) => ({ params: p }));

export const GET: APIRoute = ({ params, url }) =>
  new Response(new Uint8Array(embedPng(getChart(params.id!), datasetFor(params.version!), localeOfPath(url.pathname)).png), { headers: { 'Content-Type': 'image/png' } });
