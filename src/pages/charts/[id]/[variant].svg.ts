/**
 * Drawings that pages load only when they need them, as bare SVG markup with theme colours left to the page's CSS:
 * - /charts/<id>/breakout.svg: the chart at its breakout width (src/scripts/chart-breakout.ts swaps it in when a
 *   desktop figure has room), so the wide drawing costs the HTML nothing;
 * - /charts/<id>/<width>-<state>.svg: each state a scrolling sequence steps through, at each column width
 *   (src/scripts/scrolly.ts fetches them when the sequence nears the screen; without JavaScript the page shows the
 *   full chart beside every step).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, getChart } from '../../../charts/index.ts';
import { DEFAULT_WIDTHS, renderChart } from '../../../charts/render.ts';
import { latestDataset } from '../../../data/load.ts';

export const getStaticPaths: GetStaticPaths = () => {
  const ds = latestDataset();
  return CHARTS.flatMap((c) => [
    ...(renderChart(c, ds, { locale: 'en' }).breakout ? [{ params: { id: c.id, variant: 'breakout' } }] : []),
    ...Object.keys(c.states ?? {}).flatMap((state) => (c.widths ?? DEFAULT_WIDTHS).map((w) => ({ params: { id: c.id, variant: `${w}-${state}` } }))),
  ]);
};

export const GET: APIRoute = ({ params }) => {
  const chart = getChart(params.id!);
  const ds = latestDataset();
  let svg: string;
  if (params.variant === 'breakout') svg = renderChart(chart, ds, { locale: 'en' }).breakout!.svg;
  else {
    const [, w, state] = /^(\d+)-(.+)$/.exec(params.variant!)!;
    svg = renderChart(chart, ds, { locale: 'en', state }).variants.find((v) => v.width === Number(w))!.svg;
  }
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
