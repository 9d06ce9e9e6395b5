/** One after-build pass over the built pages: an integration that rewrites each page's HTML with a pure function. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './html-files.ts';

/**
 * An integration named `name` that, after every build (`astro:build:done`), passes each built page and its path
 * (for error messages) to `rewrite`, writes back the pages it changed, and logs `done` with their count.
 */
export function rewritePages(name: string, rewrite: (html: string, file: string) => string, done: (changed: number) => string): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let changed = 0;
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const next = rewrite(html, relative(out, file));
          if (next !== html) {
            writeFileSync(file, next);
            changed++;
          }
        }
        logger.info(done(changed));
      },
    },
  };
}
