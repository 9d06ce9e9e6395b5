// Astro configuration: static output, MDX chapters, a sitemap for the crawler and the browser tests.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import dataGuard from './src/integrations/data-guard.ts';
import deployHeaders from './src/integrations/headers.ts';
import lateModules from './src/integrations/late-modules.ts';
import lateFonts from './src/integrations/late-fonts.ts';

import { SITE, LOCAL_URL } from './src/site.ts';

// The canonical origin: SITE_URL when deploying (docs/deploy.md), else the local preview address.
const site = SITE.url;
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(`SITE_URL is not set: canonical links, embed codes and citations point at ${LOCAL_URL}. Set SITE_URL=https://your.domain to build for deployment.`);
}

export default defineConfig({
  site,
  output: 'static',
  // The content cache (data store) lives in the checkout, not in node_modules, so worktrees that share one
  // node_modules never read or overwrite each other's cache.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  // CSS is small (under 4 KB gzipped): inlining it removes a render-blocking request on slow phones.
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: {
    build: {
      // Astro inlines a small module script into the page, where it runs as soon as the page is parsed. The layout's
      // script (src/scripts/web-fonts.ts) must stay a file, so src/lib/late-modules.ts imports it after the first paint
      // like the rest (tests/browser/late-scripts.test.ts checks the fonts are requested after it). Other assets: the
      // default 4 KB limit.
      assetsInlineLimit: (file) => (file.includes('Base.astro_astro_type_script') ? false : undefined),
    },
  },
  integrations: [
    // Refuses a changed or missing release, a mislabelled working dataset, and missing font files.
    dataGuard(),
    mdx(),
    // Embed pages are for iframes, not for search engines. The i18n option links each page to its Ukrainian
    // counterpart (xhtml:link alternates) where one is built; English is the root locale.
    sitemap({
      filter: (page) => !page.includes('/embed/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en', uk: 'uk' } },
    }),
    // Module scripts load after the first paint (src/integrations/late-modules.ts); before deployHeaders hashes the loader.
    lateModules(),
    // Web fonts too, the page first drawn in metric-matched local fallbacks (src/integrations/late-fonts.ts).
    lateFonts(),
    // Site search: indexes the built pages after every build (src/integrations/pagefind.ts).
    pagefind(),
    // Deploy headers: CSP with the hashes of the built pages' inline scripts, _headers, _redirects, nginx.conf.
    deployHeaders(),
  ],
  devToolbar: { enabled: false },
  prefetch: false,
});
