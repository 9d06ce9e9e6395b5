/**
 * deportations-over-time: Ukraine's verified count of deported children, report
 * by report, from the Children of War portal's launch in 2022. The story is in
 * two places: a sudden jump in March 2023 that no source explains, and a count
 * that has not moved since September 2023. Both are annotated on the chart.
 * Values the source gave as a floor ("more than 7,000") are open circles.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Dataset, Series, SeriesPoint } from '../data/schema.ts';
import { series } from '../data/query.ts';
import { formatCompact, formatDate, formatNumber, formatQualified, precisionOf } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import type { ChartDefinition } from './types.ts';
import { provenanceLabel } from '../i18n/provenance.ts';
import { color, FONT_SANS } from './palette.ts';
import { methodStroke } from './method-mark.ts';
import { esc } from './dom.ts';
import {
  daysBetween,
  isLowerBound,
  placeDate,
  pointClaimant,
  pointPhrase,
  publishers,
  seriesSources,
  yearTicks,
} from './dated-series.ts';
import { r1, textWidth, wrapText } from './text.ts';

const SERIES_ID = 'deported-verified';

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
  if (a.slice(0, 7) === b.slice(0, 7) && precisionOf(a) === 'day') return `${Number(a.slice(8))}${prose ? ' and ' : '–'}${formatDate(b, locale)}`;
  return `${formatDate(a, locale)}${prose ? ' and ' : ' – '}${formatDate(b, locale)}`;
}

/** Whether the dataset records that no source explains the jump (the later point's note says so). */
function unexplained(p: SeriesPoint): boolean {
  return /no explanation|unexplained|not (?:been )?explained/i.test(p.note ?? '');
}

function monthYear(date: string, locale: Locale): string {
  return formatDate(date.slice(0, 7), locale);
}

function data(ds: Dataset) {
  const s = series(ds, SERIES_ID);
  return { s, plateau: plateauOf(s), jump: jumpOf(s) };
}

export const deportationsOverTime: ChartDefinition = {
  id: 'deportations-over-time',
  chapter: 'filtration',
  requires: { series: [SERIES_ID] },

  describe(ds, locale = 'en') {
    const { s, plateau, jump } = data(ds);
    const first = s.points[0]!;
    const last = s.points[s.points.length - 1]!;
    const lower = s.points.filter((p) => isLowerBound(p.qualifier));
    const jumpText = jump
      ? `Between ${span(jump.a.date, jump.b.date, locale, true)} the count rose from ${formatNumber(jump.a.value, locale)} to ${formatNumber(jump.b.value, locale)}, ${formatNumber(jump.diff, locale)} more in ${jump.days} days${unexplained(jump.b) ? '; no source found explains the jump' : ''}.`
      : '';
    const plateauText = plateau
      ? `All ${plateau.count} reports from ${formatDate(plateau.from.date, locale)} to ${formatDate(plateau.to.date, locale)} give ${formatNumber(plateau.value, locale)}: the count has not changed in any source found since.`
      : '';
    return {
      title: plateau
        ? `Ukraine's verified count has stood at ${formatNumber(plateau.value, locale)} since ${monthYear(plateau.from.date, locale)}`
        : `Children Ukraine has verified as deported, ${formatQualified(last.value, last.qualifier, locale)} as of ${formatDate(last.date, locale)}`,
      subtitle: plateau
        ? `Children verified case by case as deported: the count climbed fast${jump ? `, jumped by ${formatNumber(jump.diff, locale)} in ${jump.days} days in ${monthYear(jump.b.date, locale)}${unexplained(jump.b) ? ' with no explanation' : ''},` : ''} and has not moved since.`
        : `Children Ukraine has verified, case by case, as deported or forcibly transferred, as reported from ${formatDate(first.date, locale)} to ${formatDate(last.date, locale)}.`,
      alt:
        `A line chart of ${s.points.length} reported values of the number of children Ukraine has verified as deported, from ${formatQualified(first.value, first.qualifier, locale)} on ${formatDate(first.date, locale)} to ${formatQualified(last.value, last.qualifier, locale)} on ${formatDate(last.date, locale)}. ` +
        (jump ? `${jumpText} ` : '') +
        (plateau ? `It reached ${formatNumber(plateau.value, locale)} on ${formatDate(plateau.from.date, locale)} and stayed there in every later report.` : ''),
      notes: [
        `What is counted: ${s.definition} According to ${s.claimant}.`,
        ...(jump ? [jumpText + (jump.b.note && !unexplained(jump.b) ? ` ${jump.b.note}` : '')] : []),
        ...(plateau ? [plateauText] : []),
        ...(lower.length
          ? [
              `Open circles are values the source gave only as a lower bound (${lower.map((p) => `“${formatQualified(p.value, p.qualifier, locale)}” on ${formatDate(p.date, locale)}`).join(', ')}).`,
            ]
          : []),
        ...(s.points.some((p) => precisionOf(p.date) !== 'day') ? ['Values dated only to the month are drawn in the middle of that month.'] : []),
        ...(s.note ? [s.note] : []),
      ],
      sources: seriesSources(s),
      methods: [s.method],
    };
  },

  render(ds, { width, locale = 'en' }) {
    const { s, plateau, jump } = data(ds);
    const narrow = width < 480;
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

    const out: string[] = [];
    // Grid and y labels, sitting on their lines at the left (no label column needed at 300 px).
    for (const v of y.ticks(4)) {
      const yy = r1(y(v));
      out.push(`<line x1="0" x2="${width}" y1="${yy}" y2="${yy}" stroke="${color(v === 0 ? 'axis' : 'grid')}"/>`);
      if (v !== 0)
        out.push(`<text x="0" y="${r1(yy - 4)}" font-size="12" fill="${color('muted')}">${esc(narrow ? formatCompact(v, locale) : formatNumber(v, locale))}</text>`);
    }
    // Years on the x axis: the tick is 1 January.
    const ticks = yearTicks(t0, t1);
    ticks.forEach((t, i) => {
      const xx = r1(x(t));
      const anchor = i === 0 ? 'start' : i === ticks.length - 1 && xx > right - 16 ? 'end' : 'middle';
      const tx = anchor === 'start' ? Math.max(0, xx) : anchor === 'end' ? width : xx;
      out.push(`<line x1="${xx}" x2="${xx}" y1="${bottom}" y2="${bottom + 5}" stroke="${color('axis')}"/>`);
      out.push(`<text x="${r1(tx)}" y="${bottom + 19}" font-size="12" text-anchor="${anchor}" fill="${color('muted')}">${new Date(t).getUTCFullYear()}</text>`);
    });

    // The line, then the points over it.
    const d = s.points.map((p, i) => `${i ? 'L' : 'M'}${r1(x(placeDate(p.date)))} ${r1(y(p.value))}`).join('');
    out.push(`<path d="${d}" fill="none" ${methodStroke(s.method)} stroke-linejoin="round"/>`);

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
        { t: `+${formatNumber(jump.diff, locale)} in ${jump.days} days`, bold: true },
        { t: span(jump.a.date, jump.b.date, locale) },
        ...(unexplained(jump.b) ? [{ t: 'No source explains the jump' }] : []),
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
      const label = `${formatNumber(plateau.value, locale)}, unchanged since ${monthYear(plateau.from.date, locale)}`;
      const w = textWidth(label, 13);
      const anchorEnd = xe + 2 - w >= 40;
      out.push(
        `<path d="M${xs} ${r1(yy + 4)}V${r1(yy + 1)}H${xe}V${r1(yy + 4)}" fill="none" stroke="${color('muted')}" stroke-width="1"/>`,
        `<text x="${anchorEnd ? r1(xe + 2) : 40}" y="${r1(yy - 4)}" font-size="13"${anchorEnd ? ' text-anchor="end"' : ''} fill="${color('text')}"><tspan font-weight="700">${esc(formatNumber(plateau.value, locale))}</tspan>${esc(label.slice(formatNumber(plateau.value, locale).length))}</text>`,
      );
    }

    // Points: filled for a count, open for a lower bound; each with its claimant and date in its tip.
    const pts = s.points.map((p) => {
      const open = isLowerBound(p.qualifier);
      const tip =
        `${provenanceLabel(s, locale)}: ${pointPhrase(p, locale)}` +
        (open ? ', a lower bound as the source words it' : '') +
        `. According to ${pointClaimant(s, p)}; source: ${publishers(ds, p.sources)}.`;
      const fill = open ? color('bg') : color('verified');
      return `<circle cx="${r1(x(placeDate(p.date)))}" cy="${r1(y(p.value))}" r="${open ? 4 : 3.5}" fill="${fill}" stroke="${color('verified')}" stroke-width="${open ? 2 : 1}" data-tip="${esc(tip)}"/>`;
    });
    out.push(...pts);

    // Key for the two kinds of marker.
    if (hasLower) {
      const ky = bottom + 42;
      const second = narrow ? { x: 0, y: ky + 18 } : { x: 150, y: ky };
      out.push(
        `<g font-size="12" fill="${color('text')}">` +
          `<circle cx="5" cy="${ky - 4}" r="3.5" fill="${color('verified')}"/><text x="14" y="${ky}">Count as reported</text>` +
          `<circle cx="${second.x + 5}" cy="${second.y - 4}" r="4" fill="${color('bg')}" stroke="${color('verified')}" stroke-width="2"/>` +
          `<text x="${second.x + 14}" y="${second.y}">Lower bound (“more than”, “at least”)</text></g>`,
      );
    }

    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(FONT_SANS)}" font-size="12" aria-hidden="true">` +
      out.join('') +
      `</svg>`
    );
  },

  table(ds, locale = 'en') {
    const s = series(ds, SERIES_ID);
    return {
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'precision', label: 'Date precision' },
        { key: 'children', label: 'Children', numeric: true },
        { key: 'as_stated', label: 'As the source states it' },
        { key: 'claimant', label: 'According to' },
        { key: 'source', label: 'Source' },
      ],
      rows: s.points.map((p) => ({
        date: p.date,
        precision: precisionOf(p.date),
        children: p.value,
        as_stated: formatQualified(p.value, p.qualifier, locale) + (isLowerBound(p.qualifier) ? ' (lower bound)' : ''),
        claimant: pointClaimant(s, p),
        source: publishers(ds, p.sources),
      })),
    };
  },
};
