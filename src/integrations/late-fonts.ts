/**
 * After every build (`astro:build:done`), rewrites each built page so that its
 * web fonts load after the first paint (src/lib/late-fonts.ts). It runs before
 * deploy-headers, which hashes the loader for the CSP.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './html-files.ts';
import { deferFonts } from '../lib/late-fonts.ts';

export default function lateFonts(): AstroIntegration {
  return {
    name: 'late-fonts',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let changed = 0;
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const next = deferFonts(html, relative(out, file));
          if (next !== html) {
            writeFileSync(file, next);
            changed++;
          }
        }
        logger.info(`web fonts load after the first paint on ${changed} page(s)`);
      },
    },
  };
}
