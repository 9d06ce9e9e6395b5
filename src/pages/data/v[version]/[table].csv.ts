/** /data/v<version>/<table>.csv: the release's figures, series points, events, places and sources as CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedReleases } from '../../../data/releases.ts';
import { csvFiles } from '../../../data/publish.ts';

export const getStaticPaths: GetStaticPaths = () =>
  publishedReleases().flatMap((r) =>
    Object.entries(csvFiles(r.data)).map(([file, text]) => ({ params: { version: r.version, table: file.replace(/\.csv$/, '') }, props: { text } })),
  );

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
