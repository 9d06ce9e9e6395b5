/**
 * Guards every `astro build`:
 *
 * - before it starts, the releases and the working dataset
 *   (src/data/release-guard.ts): a changed, missing or unlisted release, a
 *   CHANGELOG version with no frozen file, or a working dataset that differs
 *   from the release whose label it would carry stops the build. A working
 *   dataset with a new, unreleased version builds as a preview, with a warning
 *   (`npm test` refuses to land it: tests/data/current-release.test.ts); built
 *   from a shallow clone or without git, it warns that a release deleted with
 *   its checksum and CHANGELOG entry in an earlier commit cannot be noticed;
 * - before it starts, every chapter's frontmatter is fenced by `---` lines
 *   (src/lib/chapter-files.ts), so a lost closing fence is named as such;
 * - when it is done, every file a stylesheet names (fonts above all) must
 *   exist in the output (src/lib/asset-refs.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { guardReleases, historyWarning } from '../data/release-guard.ts';
import { formatProblem } from '../data/checks/problem.ts';
import { missingCssAssets } from '../lib/asset-refs.ts';
import { frontmatterProblems } from '../lib/chapter-files.ts';

export default function dataGuard(): AstroIntegration {
  return {
    name: 'data-guard',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const fences = frontmatterProblems();
        if (fences.length > 0) throw new Error(`chapter frontmatter:\n${fences.join('\n')}`);
        const { problems, working, history } = guardReleases({ allowPreview: true });
        if (problems.length > 0) {
          throw new Error(`the dataset releases are not intact:\n${problems.map(formatProblem).join('\n')}`);
        }
        const partial = historyWarning(history);
        if (partial) logger.warn(`RELEASES checked without their full history, ${partial}.`);
        if (working?.unreleased) {
          logger.warn(
            `PREVIEW: content/data/dataset.json is version ${working.version}, which is not released yet. ` +
              'Pages show it; /data/ and pinned embeds publish only frozen releases. Run `npm run data:release` before landing it.',
          );
        }
      },
      'astro:build:done': ({ dir }) => {
        const missing = missingCssAssets(fileURLToPath(dir));
        if (missing.length > 0) {
          const lines = missing.slice(0, 20).map((m) => `${m.from}: url(${m.url}) names a file that is not in the build (missing from public/?)`);
          if (missing.length > 20) lines.push(`… and ${missing.length - 20} more`);
          throw new Error(`stylesheets reference missing files:\n${lines.join('\n')}`);
        }
      },
    },
  };
}
