/**
 * Small typed lookups over a validated dataset, for charts and prose
 * (`<Fact id="deported-verified" />`). A wrong id is a bug in a page or a
 * chart, so lookups throw with the near matches rather than return undefined
 * and render an empty number.
 */
import type { ChapterId, Dataset, Event, Figure, Place, Series, Source } from './schema.ts';
import { CHAPTER_IDS } from './schema.ts';
import { compareDates } from './checks/dates.ts';
import { nearMatches } from './checks/near.ts';
import { jsonPath } from './checks/problem.ts';

export type RangeFigure = Extract<Figure, { low: number }>;
export type ValueFigure = Extract<Figure, { value: number }>;

function lookup<T extends { id: string }>(kind: string, list: readonly T[], id: string, ds: Dataset): T {
  const found = list.find((x) => x.id === id);
  if (found) return found;
  const near = nearMatches(id, list.map((x) => x.id));
  const hint = near.length > 0 ? `; did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}?` : ` (${list.length} ${kind} ids exist)`;
  // Name the dataset, so an emptied or wrong file is recognisable as the cause (reliability.md F6b).
  const where = ` in dataset v${ds.version} (content/data/dataset.json or content/data/releases/${ds.version}.json)`;
  throw new Error(`unknown ${kind} id ${JSON.stringify(id)}${hint}${where}`);
}

export function figure(ds: Dataset, id: string): Figure {
  return lookup('figure', ds.figures, id, ds);
}

export function series(ds: Dataset, id: string): Series {
  return lookup('series', ds.series, id, ds);
}

export function source(ds: Dataset, id: string): Source {
  return lookup('source', ds.sources, id, ds);
}

export function event(ds: Dataset, id: string): Event {
  return lookup('event', ds.events, id, ds);
}

export function place(ds: Dataset, id: string): Place {
  return lookup('place', ds.places, id, ds);
}

export function isRange(fig: Figure): fig is RangeFigure {
  return 'low' in fig;
}

/** A figure's number: a single value, or a low/high range. Charts switch on `kind`. */
export function figureValue(fig: Figure): { kind: 'value'; value: number } | { kind: 'range'; low: number; high: number } {
  return isRange(fig) ? { kind: 'range', low: fig.low, high: fig.high } : { kind: 'value', value: fig.value };
}

/** The sources an entry cites, in its order (sources[0] is the one its quote is from). */
export function sourcesOf(ds: Dataset, entry: { sources: readonly string[] }): Source[] {
  return entry.sources.map((id) => source(ds, id));
}

/** Events grouped by chapter, each group in date order (partial dates by their earliest day). Every chapter has a key. */
export function eventsByChapter(ds: Dataset): Record<ChapterId, Event[]> {
  const out = Object.fromEntries(CHAPTER_IDS.map((c) => [c, [] as Event[]])) as Record<ChapterId, Event[]>;
  for (const e of ds.events) out[e.chapter].push(e);
  for (const list of Object.values(out)) list.sort((a, b) => compareDates(a.date, b.date));
  return out;
}

/** One thing that relies on a source. */
export interface SourceUse {
  kind: 'figure' | 'series-point' | 'event' | 'place';
  /** The figure, series, event or place id (for a point, its series). */
  id: string;
  /** A point's date, to tell the points of one series apart. */
  date?: string;
  /** Where in the dataset, e.g. `$.series[1].points[3]`. */
  path: string;
}

/** For every source id, what relies on it; an unused source maps to []. For /sources/ and for spotting dead sources. */
export function sourcesUsage(ds: Dataset): Map<string, SourceUse[]> {
  const usage = new Map<string, SourceUse[]>(ds.sources.map((s) => [s.id, []]));
  const use = (ids: readonly string[], u: SourceUse): void => {
    for (const id of new Set(ids)) usage.get(id)?.push(u);
  };
  ds.figures.forEach((f, i) => use(f.sources, { kind: 'figure', id: f.id, path: jsonPath(['figures', i]) }));
  ds.series.forEach((s, i) =>
    s.points.forEach((p, j) => use(p.sources, { kind: 'series-point', id: s.id, date: p.date, path: jsonPath(['series', i, 'points', j]) })),
  );
  ds.events.forEach((e, i) => use(e.sources, { kind: 'event', id: e.id, path: jsonPath(['events', i]) }));
  ds.places.forEach((p, i) => use(p.sources, { kind: 'place', id: p.id, path: jsonPath(['places', i]) }));
  return usage;
}

/**
 * The break in a series' counting rule that a date falls under: the latest
 * break dated before it (by earliest day), or undefined under the original rule.
 */
export function breakAt(s: Series, date: string): Series['breaks'][number] | undefined {
  let current: Series['breaks'][number] | undefined;
  for (const b of [...s.breaks].sort((a, c) => compareDates(a.after, c.after))) {
    if (compareDates(date, b.after) > 0) current = b;
  }
  return current;
}
