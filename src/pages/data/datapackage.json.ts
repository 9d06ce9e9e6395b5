/** /data/datapackage.json: the Frictionless descriptor of the latest release, pointing into its versioned folder. */
import type { APIRoute } from 'astro';
import { latestRelease } from '../../data/releases.ts';
import { datapackage } from '../../data/publish.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = () => {
  const r = latestRelease();
  return Response.json(datapackage(r.data, { baseUrl: SITE.url, pathPrefix: `v${r.version}/`, datasetBytes: r.bytes }));
};
