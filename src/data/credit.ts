/**
 * The order in which a chart's source line and an embed's credit line name
 * publishers: by role, not by list order. The producers of the data (a court,
 * a UN body, a government, a research lab) come first, then news reports,
 * then copies; an outlet restricted to its own statements comes last. Within
 * a role, the chart's own order is kept. One entry per publisher.
 */
import type { Dataset, Source } from './schema.ts';

export interface Credit {
  publisher: string;
  /** The first source id of this publisher, for a link to /sources/#id. */
  id: string;
}

function rank(s: Source): number {
  if (s.own_statements_only) return 3;
  return { producer: 0, news: 1, copy: 2 }[s.kind];
}

/** Publishers of `sourceIds` in credit order; throws on an id the dataset does not have. */
export function creditOrder(ds: Dataset, sourceIds: readonly string[]): Credit[] {
  const byId = new Map(ds.sources.map((s) => [s.id, s]));
  const list = sourceIds.map((id, i) => {
    const s = byId.get(id);
    if (!s) throw new Error(`unknown source id "${id}" in dataset v${ds.version}`);
    return { s, i };
  });
  list.sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i);
  const seen = new Map<string, string>();
  for (const { s } of list) if (!seen.has(s.publisher)) seen.set(s.publisher, s.id);
  return [...seen].map(([publisher, id]) => ({ publisher, id }));
}
