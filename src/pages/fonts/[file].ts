// The web fonts, subset at build time from the packages' font files (src/fonts/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { servedFonts, type ServedFont } from '../../fonts/faces.ts';
import { buildFont } from '../../fonts/subset.ts';

export const getStaticPaths = (() => servedFonts().map((f) => ({ params: { file: f.file }, props: { font: f } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ font: ServedFont }> = async ({ props }) =>
  new Response(new Uint8Array(await buildFont(props.font)), { headers: { 'Content-Type': 'font/woff2' } });
