/** /data/dataset.json: the latest release, byte-identical to its frozen copy. */
import type { APIRoute } from 'astro';
import { latestRelease } from '../../data/releases.ts';

export const GET: APIRoute = () => new Response(new Uint8Array(latestRelease().bytes), { headers: { 'Content-Type': 'application/json' } });
