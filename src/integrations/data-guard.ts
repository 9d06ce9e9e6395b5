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
 * - before it starts, every id an MDX file names (<Fact>, <Cite>, <Chart>,
 *   <Scrolly>, <Term>) exists (src/lib/mdx-refs.ts): a typo is named with its
 *   file, line and column, not only the page that failed to render;
 * - before it starts, no chapter, page, glossary or teacher's guide text
 *   holds what looks like a person's birth date, e-mail or phone number
 *   (src/lib/prose-personal-data.ts), as the dataset may not;
 * - when it is done, every file a stylesheet names (fonts above all) must
 *   exist in the output (src/lib/asset-refs.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { guardReleases, historyWarning } from '../data/release-guard.ts';
import { formatProblem } from '../data/checks/problem.ts';
import { missingCssAssets } from '../lib/asset-refs.ts';
import { frontmatterProblems } from '../lib/chapter-files.ts';
import { knownIds, mdxRefProblems, readGlossary } from '../lib/mdx-refs.ts';
import { prosePersonalDataProblems } from '../lib/prose-personal-data.ts';
import { readFileSync } from 'node:fs';

export default function dataGuard(): AstroIntegration {
  return {
    name: 'data-guard',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const fences = frontmatterProblems();
        if (fences.length > 0) throw new Error(`chapter frontmatter:\n${fences.join('\n')}`);
        const { problems, working, history } = guardReleases({ allowPreview: true });
        if (problems.length > 0) {
          throw new Error(`the dataset releases are not intact:\n${problems.map(formatProblem).join('\n')}`);
        }
        const partial = historyWarning(history);
        if (partial) logger.warn(`RELEASES checked without their full history, ${partial}.`);
        const personal = prosePersonalDataProblems();
        if (personal.length > 0) throw new Error(`personal data in the site's text:\n${personal.slice(0, 20).join('\n')}`);
        const refs = await unknownMdxRefs();
        if (refs.length > 0) {
          const lines = refs.slice(0, 20);
          if (refs.length > 20) lines.push(`… and ${refs.length - 20} more`);
          throw new Error(`MDX files name ids that content/data/dataset.json, the chart registry or the glossary do not have:\n${lines.join('\n')}`);
        }
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

/** Unknown ids in the MDX files, against the working dataset (intact: the guard ran first), the charts and the glossary. */
async function unknownMdxRefs(): Promise<string[]> {
  const dataset = JSON.parse(readFileSync('content/data/dataset.json', 'utf8')) as { figures?: { id: string }[]; sources?: { id: string }[] };
  const { CHARTS } = await import('../charts/index.ts');
  return mdxRefProblems(knownIds({ figures: dataset.figures ?? [], sources: dataset.sources ?? [] }, CHARTS.map((c) => c.id), readGlossary()));
}
