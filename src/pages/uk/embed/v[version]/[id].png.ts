/** /uk/embed/v<version>/<chart-id>.png: the Ukrainian fallback image of a pinned Ukrainian embed (pinnedEmbeds('uk')). */
import type { GetStaticPaths } from 'astro';
import { pinnedEmbeds } from '../../../../lib/embed-files.ts';

export { GET } from '../../../embed/v[version]/[id].png.ts';
export const getStaticPaths: GetStaticPaths = () => pinnedEmbeds('uk').map((p) => ({ params: p }));
