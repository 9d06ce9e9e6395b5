/** /data/datapackage.json: the latest release's frozen descriptor, its paths pointing into the release's versioned folder. */
import type { APIRoute } from 'astro';
import { latestRelease } from '../../data/releases.ts';
import { servedDatapackage } from '../../data/release-files.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = () => {
  const { version } = latestRelease();
  return new Response(servedDatapackage(version, SITE.url, `v${version}/`), { headers: { 'Content-Type': 'application/json' } });
};
