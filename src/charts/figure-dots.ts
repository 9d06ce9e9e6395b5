/**
 * figure-dots: what the charts that draw figures as dots on one shared logarithmic axis have in common (every-count,
 * adoption-pipeline, return-channels). The axis (powers of ten around the values, margins from the measured end
 * labels), the dot marks (one Plot mark per method, its fill the method mark of method-mark.ts; a range drawn as a
 * line from low to high under its dot), the tagging of each dot with its tip and figure id, and Plot drawings that
 * share the axis with y in pixels. Layout stays the caller's: it places each dot (cx, cy in px) and its labels,
 * measured with text.ts; Plot draws (plot-svg.ts).
 */
import * as Plot from '@observablehq/plot';
import { scaleLog } from 'd3-scale';
import type { Figure, Method } from '../data/schema.ts';
import { isRange } from '../data/query.ts';
import { formatCompact, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import { METHOD_ORDER } from '../i18n/provenance.ts';
import { color } from './palette.ts';
import { methodDefs } from './method-mark.ts';
import { r1, textWidth } from './text.ts';
import { plotMarks } from './plot-svg.ts';
import { svgOpen } from './svg.ts';

/** A dot's radius, px. */
export const R = 6;
/** The size of tick labels (and of the charts' labels). */
export const LABEL = 12;

/** A dot placed by its chart: the figure and the dot's centre in px. */
export interface Dot {
  f: Figure;
  cx: number;
  cy: number;
}

/** Where a figure's dot goes: its value, or for a range the geometric middle (its line runs low to high). */
export function dotValue(f: Figure): number {
  return isRange(f) ? Math.sqrt(f.low * f.high) : f.value;
}

/** The values a figure spans on the axis: its value, or a range's two ends. */
export function extentOf(f: Figure): number[] {
  return isRange(f) ? [f.low, f.high] : [f.value];
}

/**
 * The log axis: powers of ten around `values`, from `range[0]` to `range[1]` px (default: the whole width), with
 * margins inside it wide enough for the end tick labels (measured) and the dots. Tick labels are compact ("10K",
 * «10 тис.») unless `full` ("10,000", «10 000»).
 */
export function logAxis(values: number[], width: number, locale: Locale, range: [number, number] = [0, width], full = false) {
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const ticks: number[] = [];
  for (let t = lo; t <= hi; t *= 10) ticks.push(t);
  const label = (t: number) => (full ? formatNumber(t, locale) : formatCompact(t, locale));
  const ml = Math.max(R, textWidth(label(lo), LABEL) / 2) + 1;
  const mr = Math.max(R, textWidth(label(hi), LABEL) / 2) + 1;
  const px: [number, number] = [range[0] + ml, range[1] - mr];
  const x = scaleLog().domain([lo, hi]).range(px);
  return { x, ticks, label, domain: [lo, hi] as [number, number], range: px };
}
export type LogAxis = ReturnType<typeof logAxis>;

/** The dot marks, one Plot mark per method (its fill pattern, from `prefix`'s <defs>); `cls` names them for tagDots. */
export function dotMarks(rows: Dot[], axis: LogAxis, prefix: string, cls = 'ec'): Plot.Markish[] {
  const style: Record<Method, Plot.DotOptions> = {
    'case-count': { fill: color('verified'), stroke: color('verified'), strokeWidth: 1 },
    estimate: { fill: color('bg'), stroke: color('verified'), strokeWidth: 2, strokeDasharray: '4 2' },
    statement: { fill: `url(#${prefix}-hatch)`, stroke: color('claim'), strokeWidth: 1.5 },
  };
  const ranges = rows.filter((r) => isRange(r.f));
  return [
    ...(ranges.length ? [Plot.ruleY(ranges, { y: 'cy', x1: (r: Dot) => ('low' in r.f ? r.f.low : 0), x2: (r: Dot) => ('high' in r.f ? r.f.high : 0), stroke: color('axis'), strokeWidth: 2 })] : []),
    ...METHOD_ORDER.map((m) => Plot.dot(rows.filter((r) => r.f.method === m), { x: (r: Dot) => axis.x.invert(r.cx), y: 'cy', r: R, ...style[m], className: `${cls}-${m}` })),
  ];
}

/** data-tip (and the figure id, for filters and tests) on each dot: Plot draws a mark's dots in data order. */
export function tagDots<T extends { f: Figure }>(rows: T[], tip: (row: T) => string, chart = 'every-count', cls = 'ec') {
  return (svg: Element) => {
    for (const m of METHOD_ORDER) {
      const own = rows.filter((r) => r.f.method === m);
      const paths = [...svg.querySelectorAll(`g.${cls}-${m} > *`)];
      if (paths.length !== own.length) throw new Error(`${chart}: Plot drew ${paths.length} ${m} dots for ${own.length} figures`);
      paths.forEach((p, i) => {
        p.setAttribute('data-tip', tip(own[i]!));
        p.setAttribute('data-figure', own[i]!.f.id);
      });
    }
  };
}

/** A Plot drawing of `height` px sharing the chart's log axis, with y in pixels, over the axis's grid lines. */
export function draw(axis: LogAxis, width: number, height: number, marks: Plot.Markish[], decorate?: (svg: Element) => void): string {
  return plotMarks(
    {
      width,
      height,
      margin: 0,
      x: { type: 'log', domain: axis.domain, range: axis.range, axis: null },
      y: { type: 'identity', axis: null },
      marks: [Plot.gridX(axis.ticks, { stroke: color('grid'), strokeOpacity: 1 }), ...marks],
    },
    decorate,
  );
}

/** The tick labels along the log axis, as a drawing of its own, on `baseline`. */
export function axisRow(axis: LogAxis, width: number, height: number, baseline: number): string {
  return plotMarks({
    width,
    height,
    margin: 0,
    x: { type: 'log', domain: axis.domain, range: axis.range, axis: null },
    y: { type: 'identity', axis: null },
    marks: [Plot.text(axis.ticks, { x: (t: number) => t, y: baseline, text: (t: number) => axis.label(t), textAnchor: 'middle', fontSize: LABEL, fill: color('muted'), lineAnchor: 'bottom' })],
  });
}

/** The height of a strip of tick labels (axisStrip). */
export const AXIS_H = 18;

/** The tick labels as a strip at `y`, AXIS_H tall: above a dot chart's rows, and again under them where it is wide. */
export function axisStrip(axis: LogAxis, width: number, y: number): string {
  return `<g transform="translate(0,${r1(y)})">${axisRow(axis, width, AXIS_H, AXIS_H - 5)}</g>`;
}

/**
 * A dot chart's root element: its size, the site's sans at label size, the method fill patterns under `prefix` and
 * the body. Hidden from assistive technology: the figure around it carries the text alternative.
 */
export function dotChartSvg(width: number, height: number, prefix: string, body: string): string {
  return (
    svgOpen(width, height, LABEL) +
    methodDefs(prefix) +
    body +
    `</svg>`
  );
}

/** A dot row's height, px: the dot, the number beside it and the tick marks. */
export const DOT_ROW = 20;
/** The number's size beside its dot. */
export const NUM = 14;
/** Between a dot's edge and its number. */
export const GAP = 5;

/**
 * One figure's dot on a row of its own along the axis: the row's hairline, a tick mark at each power of ten, the dot
 * (method-marked) and, beside it, `label` (its number) in bold: right of the dot where it fits, else left, with a halo
 * where it crosses a tick mark. A Plot drawing `height` px tall, for the caller's group.
 */
export function dotRow(axis: LogAxis, width: number, prefix: string, f: Figure, label: string, height = DOT_ROW): string {
  const cy = height / 2;
  const cx = axis.x(dotValue(f));
  const w = textWidth(label, NUM, 700);
  const x = cx + R + GAP + w <= width ? cx + R + GAP : Math.max(0, cx - R - GAP - w);
  return draw(axis, width, height, [
    Plot.ruleY([cy], { x1: axis.domain[0], x2: axis.domain[1], stroke: color('grid'), strokeOpacity: 1 }),
    ...dotMarks([{ f, cx, cy }], axis, prefix),
    Plot.text([label], { x: axis.x.invert(x), y: cy, text: (d: string) => d, textAnchor: 'start', fontSize: NUM, fontWeight: 700, fill: color('text'), stroke: color('bg'), strokeWidth: 3 }),
  ]);
}
