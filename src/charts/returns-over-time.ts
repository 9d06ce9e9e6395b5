/**
 * returns-over-time: the children Ukraine says it has brought home, report by
 * report. The count changed meaning (series.breaks): from 2024 it also counts
 * children brought out of occupied Ukraine. So the line is drawn in separate
 * segments, one per counting rule, never joined across a break, with a marker
 * and a label at each break; the y axis starts at zero.
 * Drawn with Observable Plot on our d3 scales (dated-series.ts, plot-svg.ts): grid, axes, break rules and their
 * labels, the lines and the dots; label positions are ours (text.ts, under-line.ts), and the two value labels that
 * mix weights on one line are our own markup, between the lines and the dots.
 * Copy: src/i18n/charts.*.ts ("rot.*"); the break's own label and note come from the dataset.
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Dataset, Series, SeriesPoint } from '../data/schema.ts';
import { breakAt, series } from '../data/query.ts';
import { formatDate, formatNumber, formatQualified, precisionOf, punctuate } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import type { ChartDefinition } from './types.ts';
import { ct } from '../i18n/charts.ts';
import { color } from './palette.ts';
import { esc } from './dom.ts';
import {
  addDays,
  groupMarks,
  isLowerBound,
  placeDate,
  plotScales,
  pointClaimant,
  pointPhrase,
  precisionWord,
  publishers,
  seriesDotsMark,
  seriesLineMark,
  seriesSources,
  startOf,
  tagEach,
  valueGridMarks,
  yearAxisMarks,
  yearTicks,
  type DrawnPoint,
  type YearTick,
} from './dated-series.ts';
import { plotMarks } from './plot-svg.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { fitUnderLine, meetsLine, type Polyline } from './under-line.ts';
import { svgOpen, isNarrow } from './svg.ts';

const SERIES_ID = 'returned';

type Break = Series['breaks'][number];
export interface Segment {
  rule: Break | undefined;
  points: SeriesPoint[];
}

/** The series cut into runs of points counted under the same rule, in date order. */
export function segmentsOf(s: Series): Segment[] {
  const out: Segment[] = [];
  for (const p of s.points) {
    const rule = breakAt(s, p.date);
    const cur = out[out.length - 1];
    if (cur && cur.rule === rule) cur.points.push(p);
    else out.push({ rule, points: [p] });
  }
  return out;
}

/** The break's label, or what the count meant before its first break (the dataset's breaks say what changed after). */
function ruleText(rule: Break | undefined, locale: Locale): string {
  return rule ? rule.label : ct('rot.originalRule', {}, locale);
}

function data(ds: Dataset) {
  const s = series(ds, SERIES_ID);
  const segs = segmentsOf(s);
  const last = s.points[s.points.length - 1]!;
  return { s, segs, last };
}

/** "386 on 18 October 2023". */
function valueOn(p: SeriesPoint, locale: Locale): string {
  return ct('rot.valueOn', { value: formatQualified(p.value, p.qualifier, locale), date: formatDate(p.date, locale) }, locale);
}

export const returnsOverTime: ChartDefinition = {
  id: 'returns-over-time',
  chapter: 'negotiations',
  requires: { series: [SERIES_ID] },

  describe(ds, locale) {
    const { s, segs, last } = data(ds);
    const first = s.points[0]!;
    const before = segs.length > 1 ? segs[0]!.points[segs[0]!.points.length - 1]! : undefined;
    const firstBreak = s.breaks[0];
    const sinceDate = firstBreak ? firstBreak.after : first.date;
    return {
      title: ct('rot.title', { value: formatQualified(last.value, last.qualifier, locale), since: formatDate(sinceDate, locale), sinceDay: formatDate(sinceDate, locale) }, locale),
      subtitle: firstBreak
        ? ct(
            'rot.subtitle.break',
            {
              until: formatDate((before?.date ?? firstBreak.after).slice(0, 7), locale),
              untilDay: formatDate(before?.date ?? firstBreak.after, locale),
              value: before ? before.value : '—',
              since: formatDate(firstBreak.after, locale),
            },
            locale,
          )
        : ct('rot.subtitle', {}, locale),
      alt:
        ct('rot.alt', { count: s.points.length, first: valueOn(first, locale), last: valueOn(last, locale), n: segs.length }, locale) +
        ' ' +
        segs
          .map((g) => ct('rot.alt.segment', { rule: ruleText(g.rule, locale), from: valueOn(g.points[0]!, locale), to: valueOn(g.points[g.points.length - 1]!, locale) }, locale))
          .join(' '),
      notes: [
        ...s.breaks.map((b) => ct('rot.note.break', { date: formatDate(b.after, locale), label: b.label, note: b.note }, locale)),
        ct('series.counted', { definition: s.definition, claimant: s.claimant }, locale),
        ...(s.points.some((p) => precisionOf(p.date) !== 'day') ? [ct('series.monthNote', {}, locale)] : []),
        ...(s.note ? [s.note] : []),
      ],
      sources: seriesSources(s),
      methods: [s.method],
    };
  },

  render(ds, { width, locale }) {
    const { s, segs, last } = data(ds);
    const narrow = isNarrow(width);
    const top = 34;
    const plotH = narrow ? 240 : 260;
    const bottom = top + plotH;
    const left = 4;
    const right = width - 6;
    const height = bottom + 26;

    const times = s.points.map((p) => placeDate(p.date));
    const t0 = Date.UTC(new Date(Math.min(...times)).getUTCFullYear(), 0, 1);
    const t1 = addDays(Math.max(...times), 20);
    const x = scaleUtc().domain([t0, t1]).range([left, right]);
    const maxV = Math.max(...s.points.map((p) => p.value));
    const y = scaleLinear().domain([0, maxV]).nice(4).range([bottom, top]);
    // A point stays on its rule's side of the break marker: a month-dated point in the month a break starts
    // counts under the old rule (breakAt compares earliest days) but its mid-month position would cross the marker.
    const edge = (g: Segment | undefined) => (g?.rule ? x(startOf(g.rule.after)) : undefined);
    const px = (p: SeriesPoint, gi: number): number => {
      const lo = edge(segs[gi]);
      const hi = edge(segs[gi + 1]);
      let v = x(placeDate(p.date));
      if (lo !== undefined) v = Math.max(v, lo + 3);
      if (hi !== undefined) v = Math.min(v, hi - 3);
      return v;
    };

    /** The boxes of the y labels, which other labels keep clear of. */
    const taken: Array<{ x1: number; y0: number; y1: number }> = [];
    const yTicks = y.ticks(4);
    for (const v of yTicks) {
      if (v === 0) continue;
      const yy = r1(y(v));
      taken.push({ x1: textWidth(formatNumber(v, locale), 12) + 6, y0: yy - 16, y1: yy });
    }
    // Years: a label centred on its tick, or flush with the edge it would cross.
    const years: YearTick[] = yearTicks(t0, t1).map((t, i) => {
      const xx = r1(x(t));
      const label = String(new Date(t).getUTCFullYear());
      const half = textWidth(label, 12) / 2;
      const anchor = i === 0 && xx - half < 0 ? 'start' : xx + half > width ? 'end' : 'middle';
      return { t, label, anchor, at: anchor === 'start' ? 0 : anchor === 'end' ? width : xx };
    });
    const under: Plot.Markish[] = [...valueGridMarks(yTicks, (v) => formatNumber(v, locale)), ...yearAxisMarks(years, x, y, bottom)];
    /** Each break's group: its rule and its label, with the tip (Plot has no option for a group around marks). */
    const breakGroups: Array<{ className: string; tip: string }> = [];

    // The series line on screen, for the labels that must keep clear of it.
    const polyline: Polyline[] = segs.map((g, i) => g.points.map((p) => [px(p, i), y(p.value)] as const));

    // Break markers: a dashed rule at the start of the new counting rule, labelled in the empty space below the new line:
    // set from the rule, or, where the line would cross those lines (a long label, a narrow chart), flush right and
    // wrapped to the room each line has under the line at its height (measured with the font: under-line.ts).
    s.breaks.forEach((b, bi) => {
      const bx = r1(x(startOf(b.after)));
      if (bx <= left || bx >= right) return;
      const head = ct('rot.break.head', {}, locale);
      const lines = [
        ...wrapText(head, right - bx - 8, 13, true).map((t) => ({ t, bold: true })),
        ...wrapText(b.label, right - bx - 8, 13).map((t) => ({ t, bold: false })),
      ];
      const base = bottom - 8;
      const first = base - (lines.length - 1) * 16;
      const crosses = lines.some((l, i) => meetsLine(polyline, bx + 6, bx + 6 + textWidth(l.t, 13, l.bold), first + i * 16, 13, 3));
      const fitted = crosses
        ? fitUnderLine({ paras: [{ text: head, bold: true }, { text: b.label, bold: false }], size: 13, lineHeight: 16, left: bx + 6, right, baseline: base, top, line: polyline, clearance: 3 })
        : null;
      const placed = fitted
        ? fitted.map((l) => ({ t: l.t, bold: l.bold, px: right, py: l.y }))
        : lines.map((l, i) => ({ t: l.t, bold: l.bold, px: bx + 6, py: first + i * 16 }));
      const className = `rot-break-${bi}`;
      breakGroups.push({ className, tip: punctuate(b.label, '. ') + b.note });
      under.push(Plot.ruleX([bx], { x: (v: number) => x.invert(v), y1: y.invert(top), y2: y.invert(bottom), stroke: color('text'), strokeWidth: 1.5, strokeDasharray: '4 3', className }));
      for (const bold of [true, false]) {
        const own = placed.filter((l) => l.bold === bold);
        if (!own.length) continue;
        under.push(
          Plot.text(own, {
            x: (l: (typeof own)[number]) => x.invert(l.px),
            y: (l: (typeof own)[number]) => y.invert(l.py),
            text: 't',
            lineAnchor: 'bottom',
            textAnchor: fitted ? 'end' : 'start',
            fontSize: 13,
            ...(bold ? { fontWeight: 700 } : {}),
            fill: color('text'),
            className,
          }),
        );
      }
    });

    // One path per counting rule: never joined across a break.
    const points: DrawnPoint[] = segs.flatMap((g, gi) =>
      g.points.map((p) => {
        const open = isLowerBound(p.qualifier);
        const tip = ct(
          'rot.tip',
          {
            phrase: pointPhrase(p, locale),
            lower: open ? ct('series.lowerBound', {}, locale) : '',
            rule: ruleText(g.rule, locale),
            claimant: pointClaimant(s, p),
            publishers: publishers(ds, p.sources),
          },
          locale,
        );
        return { px: px(p, gi), py: y(p.value), open, tip, run: gi };
      }),
    );
    under.push(seriesLineMark(points, x, y, s.method, 'rot-line'));

    const notes: string[] = [];
    // The last value under the original rule, labelled left of the first break.
    const firstBreak = s.breaks[0];
    if (firstBreak && segs.length > 1 && !segs[0]!.rule) {
      const p = segs[0]!.points[segs[0]!.points.length - 1]!;
      const bx = x(startOf(firstBreak.after));
      const maxW = bx - 10;
      const num = formatQualified(p.value, p.qualifier, locale);
      const when = ct('rot.lastOld.when', { date: formatDate(p.date, locale) }, locale);
      const lines: Array<Array<{ t: string; bold?: boolean }>> = [
        ...wrapText(ct('rot.lastOld.rule', { rule: ct('rot.originalRule', {}, locale) }, locale), maxW, 13).map((t) => [{ t }]),
        ...(textWidth(`${num} ${when}`, 13, true) <= maxW
          ? [[{ t: num, bold: true }, { t: ` ${when}` }]]
          : [[{ t: num, bold: true }], ...wrapText(when, maxW, 13).map((t) => [{ t }])]),
      ];
      // Baselines upward from just above the point, raised if a line would run into a y label.
      const widthOf = (l: Array<{ t: string; bold?: boolean }>) => l.reduce((sum, part) => sum + textWidth(part.t, 13, part.bold), 0);
      const clashes = (firstBase: number) =>
        lines.some((l, i) => {
          const base = firstBase + i * 16;
          const x0 = bx - 8 - widthOf(l);
          return taken.some((b) => x0 < b.x1 && base - 10 < b.y1 && base + 3 > b.y0);
        });
      let ty = y(p.value) - 14 - (lines.length - 1) * 16;
      while (clashes(ty) && ty > top + 12) ty -= 2;
      const texts = lines.map((l) => {
        const el = `<text x="${r1(bx - 8)}" y="${r1(ty)}">${l.map((part) => (part.bold ? `<tspan font-weight="700">${esc(part.t)}</tspan>` : esc(part.t))).join('')}</text>`;
        ty += 16;
        return el;
      });
      notes.push(`<g font-size="13" text-anchor="end" fill="${color('text')}">${texts.join('')}</g>`);
    }

    // The latest value, above its point.
    {
      const lx = r1(Math.min(px(last, segs.length - 1) + 4, width));
      notes.push(
        `<text x="${lx}" y="${r1(y(last.value) - 12)}" font-size="13" text-anchor="end" fill="${color('text')}"><tspan font-weight="700">${esc(formatQualified(last.value, last.qualifier, locale))}</tspan> ${esc(ct('rot.latest', { date: formatDate(last.date, locale) }, locale))}</text>`,
      );
    }

    // Drawn with Plot on our scales: grid, axes, breaks and lines under the value labels (mixed weights on one line:
    // our own markup), the points over everything.
    const frame = { width, height, margin: 0, ...plotScales(x, y) };
    const decorateUnder = (svg: Element) => {
      tagEach(svg, 'rot-line', 'path', segs.map((_, i) => String(i)), 'data-segment');
      for (const g of breakGroups) groupMarks(svg, g.className, { 'data-tip': g.tip, 'data-note': 'break' });
    };
    const dots = plotMarks({ ...frame, marks: [seriesDotsMark(points, x, y, 'rot-dot')] }, (svg) => tagEach(svg, 'rot-dot', 'circle', points.map((p) => p.tip), 'data-tip'));

    return (
      svgOpen(width, height) +
      plotMarks({ ...frame, marks: under }, decorateUnder) +
      notes.join('') +
      dots +
      `</svg>`
    );
  },

  table(ds, locale) {
    const { s, segs } = data(ds);
    return {
      columns: [
        { key: 'date', label: ct('col.date', {}, locale), date: true },
        { key: 'precision', label: ct('col.precision', {}, locale) },
        { key: 'children', label: ct('col.returned', {}, locale), numeric: true },
        { key: 'rule', label: ct('col.rule', {}, locale) },
        { key: 'claimant', label: ct('col.claimant', {}, locale), names: true },
        { key: 'source', label: ct('col.source', {}, locale), names: true },
      ],
      rows: segs.flatMap((g) =>
        g.points.map((p) => ({
          date: p.date,
          precision: precisionWord(p.date, locale),
          children: p.value,
          rule:
            p.qualifier !== 'exact'
              ? ct('rot.row.rule', { rule: ruleText(g.rule, locale), stated: formatQualified(p.value, p.qualifier, locale) }, locale)
              : ruleText(g.rule, locale),
          claimant: pointClaimant(s, p),
          source: publishers(ds, p.sources),
        })),
      ),
    };
  },
};
