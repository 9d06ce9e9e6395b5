/** /embed.js: the host-side resizer for our iframes (src/scripts/embed-host.ts), bundled and minified at build time. */
import type { APIRoute } from 'astro';
import { bundleScript } from '../lib/bundle.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () =>
  new Response(`/* ${SITE.name}: sizes iframe[data-taken-embed] to its chart. MIT licence. */\n${await bundleScript('src/scripts/embed-host.ts')}\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
