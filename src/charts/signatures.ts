/**
 * Each chapter's signature graphic (issue 11): the chart a reader meets first in that chapter, its frontmatter
 * `lead` or the scrolling sequence its MDX opens with. No two chapters share one. src/layouts/Chapter.astro fails the
 * build when a chapter's first chart is not its signature; tests/build/chapter-charts.test.ts checks the built pages.
 */
import type { ChapterId } from '../data/schema.ts';

export const SIGNATURE: Readonly<Record<ChapterId, string>> = {
  'icc-warrants': 'warrant-map',
  filtration: 'placement-map',
  'adoption-pipeline': 'adoption-pipeline',
  negotiations: 'returned-share',
};

/** The first chart a chapter's MDX places, <Chart id> or <Scrolly chart>, in reading order. */
export function firstPlacedChart(body: string): string | undefined {
  return /<(?:Chart\b[^>]*?\bid|Scrolly\b[^>]*?\bchart)="([^"]+)"/.exec(body)?.[1];
}
