/** robots.txt: everything may be crawled except the embed frames; points at the sitemap. */
import type { APIRoute } from 'astro';
import { SITE } from '../site.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /embed/\n\nSitemap: ${SITE.url}/sitemap-index.xml\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
