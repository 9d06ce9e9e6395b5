/**
 * Builds the site-search index with Pagefind's Node API after every Astro
 * build (`astro:build:done`), into <outDir>/pagefind/. Running inside the
 * build means every build gets its index: `npm run build`, `npm start`,
 * `npm test` and helpers' `--outDir` builds alike, with no second command.
 *
 * Only pages that mark their content with `data-pagefind-body` are indexed
 * (chapters, timeline, sources); inside them, chart internals and tooltips
 * are left out here so that results quote the prose, not axis labels.
 *
 * One index per language: Pagefind reads each page's <html lang> (en, uk), so
 * /uk/search/ (lang="uk") searches only the Ukrainian pages and /search/ only
 * the English ones.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { rmSync } from 'node:fs';

/**
 * Parts of an indexed page that are not prose: drawn charts, their data tables and links, fact tooltips, section
 * tools, kickers and reading-time lines, and buttons.
 */
const EXCLUDE = [
  'svg', '.chart-body', '.chart-table', '.chart-links', '.chart-legend', '.fact-tip', '.section-tools', '.scrolly-graphic',
  '.kicker', '.chapter-meta', '.summary-box strong', '.no-print', 'button',
];

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pf = await import('pagefind');
        try {
          const { index, errors } = await pf.createIndex({ excludeSelectors: EXCLUDE });
          if (!index) throw new Error(`pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const out = join(site, 'pagefind');
          // addDirectory counts every HTML file it read; the entry file says how many were indexed (those with
          // data-pagefind-body). Read it from the index in memory: reading it back from disk right after writeFiles
          // once found it empty (reliability.md F15).
          const files = await index.getFiles();
          if (files.errors.length) throw new Error(`pagefind could not build its files: ${files.errors.join('; ')}`);
          const entryFile = files.files.find((f) => f.path === 'pagefind-entry.json' || f.path.endsWith('/pagefind-entry.json'));
          if (!entryFile) throw new Error('pagefind produced no pagefind-entry.json');
          const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as { languages: Record<string, { page_count: number }> };
          // A stale index from an earlier build must not mix with this one.
          rmSync(out, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: out });
          if (written.errors.length) throw new Error(`pagefind could not write its files: ${written.errors.join('; ')}`);
          const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
          if (indexed === 0) throw new Error(`pagefind indexed no page in ${site}: mark searchable content with data-pagefind-body`);
          logger.info(`indexed ${indexed} of ${added.page_count} pages into ${out}`);
        } finally {
          await pf.close();
        }
      },
    },
  };
}
