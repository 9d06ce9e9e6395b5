/** /data/v<version>/dataset.json: a frozen release, byte for byte. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedReleases } from '../../../data/releases.ts';

export const getStaticPaths: GetStaticPaths = () => publishedReleases().map((r) => ({ params: { version: r.version }, props: { bytes: r.bytes } }));

export const GET: APIRoute = ({ props }) => new Response(new Uint8Array(props.bytes as Buffer), { headers: { 'Content-Type': 'application/json' } });
