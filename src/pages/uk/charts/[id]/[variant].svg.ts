/** /uk/charts/<id>/breakout.svg and /uk/charts/<id>/<width>-<state>.svg: the drawings Ukrainian pages load when needed (see src/pages/charts/[id]/[variant].svg.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { variantParams, variantSvg } from '../../../../charts/variant-files.ts';
import { latestDataset } from '../../../../data/load.ts';
import { localizeDataset } from '../../../../data/translations.ts';

export const getStaticPaths: GetStaticPaths = () => variantParams(localizeDataset(latestDataset(), 'uk'), 'uk');

export const GET: APIRoute = ({ params }) =>
  new Response(variantSvg(params.id!, params.variant!, localizeDataset(latestDataset(), 'uk'), 'uk'), { headers: { 'Content-Type': 'image/svg+xml' } });
