/**
 * What the site needs from a dataset beyond its own validity: every chart's
 * requirements (src/charts/requirements.ts) and every id the MDX files name
 * (src/lib/mdx-refs.ts). `npm run data:check` asks this, so a file that is
 * valid but cannot drive the site (emptied collections, a renamed figure a
 * chapter cites) is refused before the build (reliability.md 17j, F6b, D8).
 */
import type { Dataset } from '../data/schema.ts';
import { CHARTS } from '../charts/index.ts';
import { checkRequirements } from '../charts/requirements.ts';
import { knownIds, mdxRefProblems, readGlossary } from './mdx-refs.ts';

/** One line per problem: a chart it cannot draw, or an MDX reference it lacks. */
export function siteNeedProblems(ds: Dataset, glossaryPath = 'content/glossary.json'): string[] {
  const out: string[] = [];
  for (const chart of CHARTS) {
    try {
      checkRequirements(chart, ds);
    } catch (e) {
      out.push(e instanceof Error ? e.message : String(e));
    }
  }
  out.push(...mdxRefProblems(knownIds(ds, CHARTS.map((c) => c.id), readGlossary(glossaryPath))));
  return out;
}
