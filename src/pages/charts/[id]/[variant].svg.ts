/**
 * Drawings that pages load only when they need them, as bare SVG markup with theme colours left to the page's CSS:
 * - /charts/<id>/breakout.svg: the chart at its breakout width (src/scripts/chart-breakout.ts swaps it in when a
 *   desktop figure has room), so the wide drawing costs the HTML nothing;
 * - /charts/<id>/<width>-<state>.svg: each state a scrolling sequence steps through, at each column width
 *   (src/scripts/scrolly.ts fetches them when the sequence nears the screen; without JavaScript the page shows the
 *   full chart beside every step).
 * The Ukrainian ones are under /uk/charts/ (src/pages/uk/charts/[id]/[variant].svg.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { variantParams, variantSvg } from '../../../charts/variant-files.ts';
import { latestDataset } from '../../../data/load.ts';

export const getStaticPaths: GetStaticPaths = () => variantParams(latestDataset(), 'en');

export const GET: APIRoute = ({ params }) =>
  new Response(variantSvg(params.id!, params.variant!, latestDataset(), 'en'), { headers: { 'Content-Type': 'image/svg+xml' } });
