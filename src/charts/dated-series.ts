/**
 * Helpers for the time-series charts (deportations-over-time, returns-over-time, russian-claims):
 * where a partial date sits on a time axis, how its precision is said, who a
 * point's claimant is, year ticks, and the Observable Plot marks they share
 * (drawn through plot-svg.ts on our own d3 scales: the value grid with its
 * labels, the year axis, the series line and its dots). Positions of text are
 * ours, measured with text.ts; Plot only draws them.
 */
import * as Plot from '@observablehq/plot';
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import type { Dataset, Method, Qualifier, Series, SeriesPoint } from '../data/schema.ts';
import { source } from '../data/query.ts';
import { formatDate, formatQualified, precisionOf } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import { ct } from '../i18n/charts.ts';
import { color } from './palette.ts';
import { methodLine } from './method-mark.ts';

const DAY = 86_400_000;

/**
 * A partial date as a time (ms, UTC) for drawing: a day at its start, a month at
 * its 15th (mid-month), a year at 1 July (mid-year). Its precision is said in words
 * wherever the point is (see precisionNote), never implied by the position alone.
 */
export function placeDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const p = precisionOf(date);
  if (p === 'day') return Date.UTC(y, m! - 1, d!);
  if (p === 'month') return Date.UTC(y, m! - 1, 15);
  return Date.UTC(y, 6, 1);
}

/** The earliest day a partial date can mean, as a time ("2024" → 1 January 2024), for break markers. */
export function startOf(date: string): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  return Date.UTC(y, m - 1, d);
}

/** "" for a day; a short phrase for a coarser date, for data-tips. */
export function precisionNote(date: string, locale: Locale): string {
  const p = precisionOf(date);
  if (p === 'month') return ct('series.precision.month', {}, locale);
  if (p === 'year') return ct('series.precision.year', {}, locale);
  return '';
}

/** "day", "month" or "year": how precisely a date is known, in words for a table cell. */
export function precisionWord(date: string, locale: Locale): string {
  return ct(`precision.${precisionOf(date)}`, {}, locale);
}

/** A number the source gave as a floor: "more than 7,000", "at least 5,754". Drawn as an open marker. */
export function isLowerBound(q: Qualifier): boolean {
  return q === 'more-than' || q === 'at-least';
}

export function pointClaimant(s: Series, p: SeriesPoint): string {
  return p.claimant ?? s.claimant;
}

/** Publisher names of a point's sources, in order, without repeats. */
export function publishers(ds: Dataset, ids: readonly string[]): string {
  return [...new Set(ids.map((id) => source(ds, id).publisher))].join('; ');
}

/** Every source id a series' points cite, in first-use order. */
export function seriesSources(s: Series): string[] {
  return [...new Set(s.points.flatMap((p) => p.sources))];
}

/** "more than 7,000 as of 5 September 2022 (date known only to the month; drawn mid-month)". */
export function pointPhrase(p: SeriesPoint, locale: Locale): string {
  return ct('series.pointPhrase', { value: formatQualified(p.value, p.qualifier, locale), date: formatDate(p.date, locale), precision: precisionNote(p.date, locale) }, locale);
}

/** 1 January of every year from the domain's start to its end, inclusive. */
export function yearTicks(t0: number, t1: number): number[] {
  const out: number[] = [];
  for (let y = new Date(t0).getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y++) {
    const t = Date.UTC(y, 0, 1);
    if (t >= t0) out.push(t);
  }
  return out;
}

export function addDays(t: number, days: number): number {
  return t + days * DAY;
}

/** Days between two times, rounded. */
export function daysBetween(a: number, b: number): number {
  return Math.round((b - a) / DAY);
}

type XScale = ScaleTime<number, number>;
type YScale = ScaleLinear<number, number>;

/** Plot's scales for a chart laid out on d3 scales: the same domains and ranges, no axes of Plot's own. */
export function plotScales(x: XScale, y: YScale): Pick<Plot.PlotOptions, 'x' | 'y' | 'r' | 'color'> {
  return {
    x: { type: 'utc', domain: x.domain(), range: x.range(), axis: null },
    y: { type: 'linear', domain: y.domain(), range: y.range(), axis: null },
    // Dots give their radius and fill as they are drawn (open for a lower bound).
    r: { type: 'identity' },
    color: { type: 'identity' },
  };
}

/**
 * The value grid: a rule across the whole drawing at each tick (zero in the axis colour), each tick but zero labelled
 * sitting on its rule at the left edge, 4 px above it.
 */
export function valueGridMarks(ticks: readonly number[], label: (v: number) => string): Plot.Markish[] {
  const rest = ticks.filter((v) => v !== 0);
  return [
    ...(ticks.includes(0) ? [Plot.ruleY([0], { stroke: color('axis') })] : []),
    Plot.ruleY(rest, { stroke: color('grid') }),
    Plot.text(rest, { y: (v: number) => v, frameAnchor: 'left', dy: -4, text: label, textAnchor: 'start', lineAnchor: 'bottom', fontSize: 12, fill: color('muted') }),
  ];
}

/** A year label under the axis: its tick's time, and where the label goes (px) with which anchor. */
export interface YearTick {
  t: number;
  label: string;
  at: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Year ticks (5 px down from the axis at `bottom`, at `rules`: by default each label's own time) and their labels with
 * their baseline `below` px under it.
 */
export function yearAxisMarks(ticks: readonly YearTick[], x: XScale, y: YScale, bottom: number, below = 19, rules: readonly number[] = ticks.map((t) => t.t)): Plot.Markish[] {
  const anchors = (['start', 'middle', 'end'] as const).filter((a) => ticks.some((t) => t.anchor === a));
  return [
    Plot.ruleX(rules, { x: (t: number) => t, y1: y.invert(bottom), y2: y.invert(bottom + 5), stroke: color('axis') }),
    // One mark per anchor (Plot's text anchor is one per mark); a middle label sits on its tick's own time.
    ...anchors.map((a) =>
      Plot.text(
        ticks.filter((t) => t.anchor === a),
        {
          x: (t: YearTick) => (a === 'middle' ? t.t : x.invert(t.at)),
          y: y.invert(bottom),
          dy: below,
          text: 'label',
          lineAnchor: 'bottom',
          fontSize: 12,
          fill: color('muted'),
          ...(a === 'middle' ? {} : { textAnchor: a }),
        },
      ),
    ),
  ];
}

/** A point as drawn: where (px), whether the source gave it as a floor (an open marker), and its tip. */
export interface DrawnPoint {
  px: number;
  py: number;
  open: boolean;
  tip: string;
  /** Which run of the line it belongs to (a counting rule: never joined across a break). */
  run?: number;
}

/** The series line in the method's stroke, one path per run of points, never joined across runs. */
export function seriesLineMark(points: readonly DrawnPoint[], x: XScale, y: YScale, method: Method, className: string, strokeWidth?: number): Plot.Markish {
  const line = methodLine(method);
  return Plot.line(points, {
    x: (p: DrawnPoint) => x.invert(p.px),
    y: (p: DrawnPoint) => y.invert(p.py),
    z: (p: DrawnPoint) => p.run ?? 0,
    ...line,
    ...(strokeWidth ? { strokeWidth } : {}),
    strokeLinejoin: 'round',
    strokeLinecap: 'butt',
    className,
  });
}

/** The points: filled for a count, open (drawn over the background) for a lower bound; in data order. */
export function seriesDotsMark(points: readonly DrawnPoint[], x: XScale, y: YScale, className: string): Plot.Markish {
  return Plot.dot(points, {
    x: (p: DrawnPoint) => x.invert(p.px),
    y: (p: DrawnPoint) => y.invert(p.py),
    r: (p: DrawnPoint) => (p.open ? 4 : 3.5),
    fill: (p: DrawnPoint) => color(p.open ? 'bg' : 'verified'),
    stroke: color('verified'),
    strokeWidth: (p: DrawnPoint) => (p.open ? 2 : 1),
    sort: null,
    className,
  });
}

/** Sets `attr` on each element Plot drew for the mark of `className`, in data order; fails if the counts differ. */
export function tagEach(svg: Element, className: string, selector: string, values: readonly string[], attr: string): void {
  const els = [...svg.querySelectorAll(`g.${className} > ${selector}`)];
  if (els.length !== values.length) throw new Error(`${className}: Plot drew ${els.length} ${selector} for ${values.length} values`);
  els.forEach((el, i) => el.setAttribute(attr, values[i]!));
}

/** Moves the marks of `className` (in drawing order) into one new group with `attrs`, where the first of them was. */
export function groupMarks(svg: Element, className: string, attrs: Record<string, string>): void {
  const parts = [...svg.children].filter((c) => c.classList.contains(className));
  if (!parts.length) throw new Error(`${className}: no marks to group`);
  const g = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
  for (const [k, v] of Object.entries(attrs)) g.setAttribute(k, v);
  svg.insertBefore(g, parts[0]!);
  for (const p of parts) g.append(p);
}
