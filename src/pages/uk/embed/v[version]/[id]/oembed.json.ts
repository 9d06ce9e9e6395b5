/** /uk/embed/v<version>/<chart-id>/oembed.json: the oEmbed document of a pinned Ukrainian embed, where one exists (pinnedEmbeds('uk')). */
import type { GetStaticPaths } from 'astro';
import { pinnedEmbeds } from '../../../../../lib/embed-files.ts';

export { GET } from '../../../../embed/v[version]/[id]/oembed.json.ts';
export const getStaticPaths: GetStaticPaths = () => pinnedEmbeds('uk').map((p) => ({ params: p }));
