/** /uk/embed/<chart-id>/oembed.json: the oEmbed document of the latest Ukrainian embed (the English route, in the locale of its URL). */
import type { GetStaticPaths } from 'astro';
import { CHARTS } from '../../../../charts/index.ts';

export { GET } from '../../../embed/[id]/oembed.json.ts';
export const getStaticPaths: GetStaticPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));
