/** /data/v<version>/<table>.csv: the release's tables as frozen with it (src/data/release-files.ts), byte for byte. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { listReleases } from '../../../data/load.ts';
import { releaseCsv } from '../../../data/release-files.ts';

export const getStaticPaths: GetStaticPaths = () =>
  listReleases().flatMap((version) =>
    Object.entries(releaseCsv(version)).map(([file, text]) => ({ params: { version, table: file.replace(/\.csv$/, '') }, props: { text } })),
  );

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
