/** /data/v<version>/datapackage.json: the Frictionless descriptor frozen with the release, with this site's origin put in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { listReleases } from '../../../data/load.ts';
import { servedDatapackage } from '../../../data/release-files.ts';
import { SITE } from '../../../site.ts';

export const getStaticPaths: GetStaticPaths = () => listReleases().map((version) => ({ params: { version } }));

export const GET: APIRoute = ({ params }) =>
  new Response(servedDatapackage(params.version as string, SITE.url), { headers: { 'Content-Type': 'application/json' } });
