/** /data/<table>.csv: the latest release's frozen tables, for readers who just want the newest CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { latestRelease } from '../../data/releases.ts';
import { releaseCsv } from '../../data/release-files.ts';

export const getStaticPaths: GetStaticPaths = () =>
  Object.entries(releaseCsv(latestRelease().version)).map(([file, text]) => ({ params: { table: file.replace(/\.csv$/, '') }, props: { text } }));

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
