/** /data/v<version>/datapackage.json: the Frictionless descriptor of one release (paths relative to its folder). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedReleases } from '../../../data/releases.ts';
import { datapackage } from '../../../data/publish.ts';
import { SITE } from '../../../site.ts';

export const getStaticPaths: GetStaticPaths = () => publishedReleases().map((r) => ({ params: { version: r.version }, props: { r } }));

export const GET: APIRoute = ({ props }) => {
  const { r } = props as { r: ReturnType<typeof publishedReleases>[number] };
  return Response.json(datapackage(r.data, { baseUrl: SITE.url, pathPrefix: '', datasetBytes: r.bytes }));
};
