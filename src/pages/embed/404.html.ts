/**
 * /embed/404.html: what hosts serve for a missing /embed/… address (see
 * README, "Embedding charts"). Self-contained, so it works at any address.
 * In the language of its address: /uk/embed/404.html re-exports this route.
 */
import type { APIRoute } from 'astro';
import css from '../../styles/embed.css?raw';
import { chartsIndexPath, embed404Html } from '../../lib/embed.ts';
import { siteName } from '../../lib/embed-files.ts';
import { localeOfPath } from '../../i18n/paths.ts';
import { bundleScript } from '../../lib/bundle.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = async ({ url }) => {
  const locale = localeOfPath(url.pathname);
  return new Response(
    embed404Html({ siteName: siteName(locale), siteUrl: SITE.url, locale, chartsPath: chartsIndexPath(locale), css: minifyCss(css), script: await bundleScript('src/scripts/embed-child.ts') }),
    { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
};

/** Comments and runs of whitespace out; enough for a 2 KB file inlined once. */
function minifyCss(s: string): string {
  return s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').trim();
}
