/** The URL paths listed in the built sitemap: the pages the browser gates visit. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, assertBuilt } from './dist.ts';

export function sitemapPaths(): string[] {
  assertBuilt();
  const index = join(DIST, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error('dist/sitemap-index.xml is missing: @astrojs/sitemap did not run (is `site` set in astro.config.mjs?)');
  const maps = [...readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths = maps.flatMap((m) => [...readFileSync(join(DIST, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]!).pathname));
  return [...new Set(paths)].sort();
}
