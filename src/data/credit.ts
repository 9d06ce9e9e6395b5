/**
 * The order in which a chart's source line and an embed's credit line name
 * publishers: by role, not by list order. The producers of the data (a court,
 * a UN body, a government, a research lab) come first, then news reports,
 * then copies; an outlet restricted to its own statements comes last. Within
 * a role, the chart's own order is kept. One entry per publisher.
 *
 * An embed's credit line names each publisher short (creditName): the full
 * name, with its bracketed detail, stays in the chart page's source line and
 * on /sources/, where the credit's links lead.
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

/** The longest name a credit line gives a publisher (tests/build/embeds.test.ts holds every built credit to it; the longest today is a ministry's, 48). */
export const CREDIT_NAME_MAX = 50;

/**
 * A publisher as a credit line names it: the name before any bracketed detail or qualification, which a full
 * citation needs and a one-line credit does not ("International Criminal Court (Assembly of States Parties)" ->
 * "International Criminal Court", "Vanguard (Nigeria), citing RIA Novosti and NAN" -> "Vanguard"). Derived, not
 * stored, so the credits of pinned embeds of earlier releases are short too.
 */
export function creditName(publisher: string): string {
  const cut = publisher.search(/\s*[([]/);
  return (cut > 0 ? publisher.slice(0, cut) : publisher).replace(/[\s,;:–—-]+$/, '');
}

/** The publishers an embed credits, in credit order, by their short names: one entry per name. */
export function embedCredits(ds: Dataset, sourceIds: readonly string[]): Credit[] {
  const seen = new Map<string, string>();
  for (const c of creditOrder(ds, sourceIds)) {
    const name = creditName(c.publisher);
    if (!seen.has(name)) seen.set(name, c.id);
  }
  return [...seen].map(([publisher, id]) => ({ publisher, id }));
}
