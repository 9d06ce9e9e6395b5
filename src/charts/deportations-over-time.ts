/**
 * deportations-over-time: Ukraine's case count of deported children, report
 * by report, from the Children of War portal's launch in 2022. The story is in
 * two places: a sudden jump in March 2023 that no source explains, and a count
 * that has not moved since September 2023. Both are annotated on the chart.
 * Values the source gave as a floor ("more than 7,000") are open circles.
 * Drawn with Observable Plot on our d3 scales (dated-series.ts, plot-svg.ts): grid, axes, the line and the dots;
 * the annotations (brackets, labels placed with text.ts) and the marker key are our own markup.
 * Copy: src/i18n/charts.*.ts ("dot.*").
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Dataset, Series, SeriesPoint } from '../data/schema.ts';
import { series } from '../data/query.ts';
import { formatCompact, formatDate, formatNumber, formatQualified, precisionOf } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import type { ChartDefinition } from './types.ts';
import { ct } from '../i18n/charts.ts';
import { provenanceLabel } from '../i18n/provenance.ts';
import { color } from './palette.ts';
import { esc } from './dom.ts';
import {
  daysBetween,
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
  tagEach,
  valueGridMarks,
  yearAxisMarks,
  yearTicks,
  type DrawnPoint,
  type YearTick,
} from './dated-series.ts';
import { plotMarks } from './plot-svg.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { svgOpen, isNarrow } from './svg.ts';

const SERIES_ID = 'deported-verified';
/**
 * Reports whose rise from the report before no source explains (the dataset's editors say so in the point's note
 * for maintainers). Keyed by the later report's date and checked against the series, so a changed dataset fails
 * the build by name instead of silently mislabelling a jump.
 */
const UNEXPLAINED_AFTER = ['2023-03-28'];

/** The last run of reports that all give the same value (the plateau), if at least two do. */
export function plateauOf(s: Series): { value: number; from: SeriesPoint; to: SeriesPoint; count: number } | undefined {
  const pts = s.points;
  const last = pts[pts.length - 1];
  if (!last) return undefined;
  let i = pts.length - 1;
  while (i > 0 && pts[i - 1]!.value === last.value) i--;
  const count = pts.length - i;
  return count >= 2 ? { value: last.value, from: pts[i]!, to: last, count } : undefined;
}

/** The steepest rise between two consecutive reports dated to the day: the jump to annotate. */
export function jumpOf(s: Series): { a: SeriesPoint; b: SeriesPoint; diff: number; days: number } | undefined {
  let best: { a: SeriesPoint; b: SeriesPoint; diff: number; days: number; rate: number } | undefined;
  for (let i = 1; i < s.points.length; i++) {
    const a = s.points[i - 1]!;
    const b = s.points[i]!;
    if (precisionOf(a.date) !== 'day' || precisionOf(b.date) !== 'day') continue;
    const days = daysBetween(placeDate(a.date), placeDate(b.date));
    const diff = b.value - a.value;
    if (days < 1 || diff <= 0) continue;
    const rate = diff / days;
    if (!best || rate > best.rate) best = { a, b, diff, days, rate };
  }
  return best && { a: best.a, b: best.b, diff: best.diff, days: best.days };
}

/** "20–28 March 2023" (or, in prose, "20 and 28 March 2023"); the two full dates when they differ in month. */
function span(a: string, b: string, locale: Locale, prose = false): string {
  if (a.slice(0, 7) === b.slice(0, 7) && precisionOf(a) === 'day') {
    return ct(prose ? 'dot.span.sameMonthProse' : 'dot.span.sameMonth', { day: String(Number(a.slice(8))), date: formatDate(b, locale) }, locale);
  }
  return ct(prose ? 'dot.span.prose' : 'dot.span', { from: formatDate(a, locale), to: formatDate(b, locale) }, locale);
}

/** Whether no source explains the rise to this report (UNEXPLAINED_AFTER). */
function unexplained(p: SeriesPoint): boolean {
  return UNEXPLAINED_AFTER.includes(p.date);
}

function monthYear(date: string, locale: Locale): string {
  return formatDate(date.slice(0, 7), locale);
}

function data(ds: Dataset) {
  const s = series(ds, SERIES_ID);
  for (const d of UNEXPLAINED_AFTER) {
    if (!s.points.some((p) => p.date === d)) throw new Error(`deportations-over-time: UNEXPLAINED_AFTER names ${d}, but series "${SERIES_ID}" has no report on that date`);
  }
  return { s, plateau: plateauOf(s), jump: jumpOf(s) };
}

export const deportationsOverTime: ChartDefinition = {
  id: 'deportations-over-time',
  chapter: 'filtration',
  requires: { series: [SERIES_ID] },

  describe(ds, locale) {
    const { s, plateau, jump } = data(ds);
    const first = s.points[0]!;
    const last = s.points[s.points.length - 1]!;
    const lower = s.points.filter((p) => isLowerBound(p.qualifier));
    const jumpVars = jump
      ? { span: span(jump.a.date, jump.b.date, locale, true), from: jump.a.value, to: jump.b.value, diff: jump.diff, n: jump.days, month: monthYear(jump.b.date, locale) }
      : undefined;
    const jumpText = jump && jumpVars ? ct(unexplained(jump.b) ? 'dot.jump.unexplained' : 'dot.jump', jumpVars, locale) : '';
    const plateauText = plateau
      ? ct('dot.plateau', { count: plateau.count, from: formatDate(plateau.from.date, locale), to: formatDate(plateau.to.date, locale), value: plateau.value }, locale)
      : '';
    const since = plateau ? { value: plateau.value, since: monthYear(plateau.from.date, locale), sinceDay: formatDate(plateau.from.date, locale) } : undefined;
    return {
      title: since
        ? ct('dot.title.plateau', since, locale)
        : ct('dot.title', { value: formatQualified(last.value, last.qualifier, locale), date: formatDate(last.date, locale) }, locale),
      subtitle: plateau
        ? jump && jumpVars
          ? ct(unexplained(jump.b) ? 'dot.subtitle.plateauJumpUnexplained' : 'dot.subtitle.plateauJump', jumpVars, locale)
          : ct('dot.subtitle.plateau', {}, locale)
        : ct('dot.subtitle', { from: formatDate(first.date, locale), to: formatDate(last.date, locale) }, locale),
      alt:
        ct(
          'dot.alt',
          {
            n: s.points.length,
            first: formatQualified(first.value, first.qualifier, locale),
            firstDate: formatDate(first.date, locale),
            last: formatQualified(last.value, last.qualifier, locale),
            lastDate: formatDate(last.date, locale),
          },
          locale,
        ) +
        (jump ? ` ${jumpText}` : '') +
        (plateau ? ` ${ct('dot.alt.plateau', { value: plateau.value, date: formatDate(plateau.from.date, locale) }, locale)}` : ''),
      notes: [
        ct('series.counted', { definition: s.definition, claimant: s.claimant }, locale),
        ...(jump ? [jumpText + (jump.b.note && !unexplained(jump.b) ? ` ${jump.b.note}` : '')] : []),
        ...(plateau ? [plateauText] : []),
        ...(lower.length
          ? [
              ct(
                'dot.note.lower',
                {
                  list: lower
                    .map((p) => ct('dot.note.lowerItem', { value: formatQualified(p.value, p.qualifier, locale), date: formatDate(p.date, locale) }, locale))
                    .join(', '),
                },
                locale,
              ),
            ]
          : []),
        ...(s.points.some((p) => precisionOf(p.date) !== 'day') ? [ct('series.monthNote', {}, locale)] : []),
        ...(s.note ? [s.note] : []),
      ],
      sources: seriesSources(s),
      methods: [s.method],
    };
  },

  render(ds, { width, locale }) {
    const { s, plateau, jump } = data(ds);
    const narrow = isNarrow(width);
    const top = 30;
    const plotH = narrow ? 200 : 240;
    const left = 1;
    const right = width - 6;
    const bottom = top + plotH;
    const hasLower = s.points.some((p) => isLowerBound(p.qualifier));
    const keyLines = hasLower ? (narrow ? 2 : 1) : 0;
    const height = bottom + 26 + keyLines * 18 + 4;

    const times = s.points.map((p) => placeDate(p.date));
    const t0 = Date.UTC(new Date(Math.min(...times)).getUTCFullYear(), 0, 1);
    const t1 = Date.UTC(new Date(Math.max(...times)).getUTCFullYear() + 1, 0, 1);
    const x = scaleUtc().domain([t0, t1]).range([left + 4, right]);
    const maxV = Math.max(...s.points.map((p) => p.value));
    const y = scaleLinear().domain([0, maxV]).nice(4).range([bottom, top]);

    // Grid and y labels, sitting on their lines at the left (no label column needed at 300 px); years on the x axis,
    // the tick at 1 January; the line. Drawn with Plot on our scales, under the annotations.
    const years: YearTick[] = yearTicks(t0, t1).map((t, i, all) => {
      const xx = r1(x(t));
      const anchor = i === 0 ? 'start' : i === all.length - 1 && xx > right - 16 ? 'end' : 'middle';
      return { t, label: String(new Date(t).getUTCFullYear()), anchor, at: anchor === 'start' ? Math.max(0, xx) : anchor === 'end' ? width : xx };
    });
    // Points: filled for a count, open for a lower bound; each with its claimant and date in its tip.
    const points: DrawnPoint[] = s.points.map((p) => {
      const open = isLowerBound(p.qualifier);
      const tip = ct(
        'dot.tip',
        {
          provenance: provenanceLabel(s, locale),
          phrase: pointPhrase(p, locale),
          lower: open ? ct('series.lowerBound', {}, locale) : '',
          claimant: pointClaimant(s, p),
          publishers: publishers(ds, p.sources),
        },
        locale,
      );
      return { px: x(placeDate(p.date)), py: y(p.value), open, tip };
    });
    const frame = { width, height, margin: 0, ...plotScales(x, y) };
    const out: string[] = [
      plotMarks({
        ...frame,
        marks: [
          ...valueGridMarks(y.ticks(4), (v) => (narrow ? formatCompact(v, locale) : formatNumber(v, locale))),
          ...yearAxisMarks(years, x, y, bottom),
          seriesLineMark(points, x, y, s.method, 'dot-line'),
        ],
      }),
    ];

    // Annotation: the jump, with a bracket beside it.
    if (jump) {
      const xa = x(placeDate(jump.a.date));
      const xb = x(placeDate(jump.b.date));
      const bx = r1(Math.max(xa, xb) + 7);
      const ya = r1(y(jump.a.value));
      const yb = r1(y(jump.b.value));
      out.push(
        `<path d="M${r1(bx - 3)} ${yb}H${bx}V${ya}H${r1(bx - 3)}" fill="none" stroke="${color('text')}" stroke-width="1"/>`,
      );
      const lines: Array<{ t: string; bold?: boolean }> = [
        { t: ct('dot.jump.label', { diff: jump.diff, n: jump.days }, locale), bold: true },
        { t: span(jump.a.date, jump.b.date, locale) },
        ...(unexplained(jump.b) ? [{ t: ct('dot.jump.unexplainedLabel', {}, locale) }] : []),
      ];
      const tx = r1(bx + 6);
      const maxW = right - tx;
      let ty = yb + 17;
      const tspans: string[] = [];
      for (const l of lines) {
        for (const part of wrapText(l.t, maxW, 13, l.bold)) {
          tspans.push(`<text x="${tx}" y="${r1(ty)}"${l.bold ? ' font-weight="700"' : ''}>${esc(part)}</text>`);
          ty += 16;
        }
      }
      out.push(`<g font-size="13" fill="${color('text')}">${tspans.join('')}</g>`);
    }

    // Annotation: the plateau, labelled above its line and ending at the latest report.
    if (plateau) {
      const xs = r1(x(placeDate(plateau.from.date)));
      const xe = r1(x(placeDate(plateau.to.date)));
      const yy = r1(y(plateau.value) - 9);
      const label = ct('dot.plateau.label', { value: plateau.value, since: monthYear(plateau.from.date, locale), sinceDay: formatDate(plateau.from.date, locale) }, locale);
      const w = textWidth(label, 13);
      const anchorEnd = xe + 2 - w >= 40;
      out.push(
        `<path d="M${xs} ${r1(yy + 4)}V${r1(yy + 1)}H${xe}V${r1(yy + 4)}" fill="none" stroke="${color('muted')}" stroke-width="1"/>`,
        `<text x="${anchorEnd ? r1(xe + 2) : 40}" y="${r1(yy - 4)}" font-size="13"${anchorEnd ? ' text-anchor="end"' : ''} fill="${color('text')}"><tspan font-weight="700">${esc(formatNumber(plateau.value, locale))}</tspan>${esc(label.slice(formatNumber(plateau.value, locale).length))}</text>`,
      );
    }

    out.push(plotMarks({ ...frame, marks: [seriesDotsMark(points, x, y, 'dot-dot')] }, (svg) => tagEach(svg, 'dot-dot', 'circle', points.map((p) => p.tip), 'data-tip')));

    // Key for the two kinds of marker.
    if (hasLower) {
      const ky = bottom + 42;
      const second = narrow ? { x: 0, y: ky + 18 } : { x: 150, y: ky };
      out.push(
        `<g font-size="12" fill="${color('text')}">` +
          `<circle cx="5" cy="${ky - 4}" r="3.5" fill="${color('verified')}"/><text x="14" y="${ky}">${esc(ct('dot.key.count', {}, locale))}</text>` +
          `<circle cx="${second.x + 5}" cy="${second.y - 4}" r="4" fill="${color('bg')}" stroke="${color('verified')}" stroke-width="2"/>` +
          `<text x="${second.x + 14}" y="${second.y}">${esc(ct('dot.key.lower', {}, locale))}</text></g>`,
      );
    }

    return (
      svgOpen(width, height) +
      out.join('') +
      `</svg>`
    );
  },

  table(ds, locale) {
    const s = series(ds, SERIES_ID);
    return {
      columns: [
        { key: 'date', label: ct('col.date', {}, locale), date: true },
        { key: 'precision', label: ct('col.precision', {}, locale) },
        { key: 'children', label: ct('col.children', {}, locale), numeric: true },
        { key: 'as_stated', label: ct('col.asStated', {}, locale), restates: 'children' },
        { key: 'claimant', label: ct('col.claimant', {}, locale), names: true },
        { key: 'source', label: ct('col.source', {}, locale), names: true },
      ],
      rows: s.points.map((p) => {
        const stated = formatQualified(p.value, p.qualifier, locale);
        return {
          date: p.date,
          precision: precisionWord(p.date, locale),
          children: p.value,
          as_stated: isLowerBound(p.qualifier) ? ct('series.lowerBoundCell', { value: stated }, locale) : stated,
          claimant: pointClaimant(s, p),
          source: publishers(ds, p.sources),
        };
      }),
    };
  },
};
