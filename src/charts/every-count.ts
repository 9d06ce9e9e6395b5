/**
 * every-count: every count in the dataset (every figure but the percentages) on one shared logarithmic axis, one
 * row and one dot each, grouped by the stage of a child's path the number counts (taken, held, placed, …). The dot's
 * fill is the method mark (method-mark.ts), its label the number, who produced it and when. The picture of the
 * site's finding: the numbers differ because they count different things.
 *
 * Drawn with Observable Plot at build time (plot-svg.ts): one Plot drawing per stage, each in a <g data-stage>, so
 * the stage filter (src/scripts/every-count-filter.ts) can hide a group and close the gap. Layout is ours, from
 * Source Sans 3's measured widths (text.ts): a label sits beside its dot where it fits on either side, else on a line
 * of its own above it. The "overview" state (the embed's drawing: the full list is far taller than a host's column)
 * puts each stage's dots on one row with no labels, and says so. The focus states (a chapter's annotated state,
 * "focus-taken", "focus-placed", "focus-returned") are the overview with the stages a chapter is about brought
 * forward, the other rows faded, and one annotation line from the dictionary. The walk-through's states ("walk-*",
 * every-count-walk.ts) bring forward stages or single counts and mark a few dots with a ring and their number.
 * Copy: src/i18n/charts.*.ts ("every.*").
 */
import * as Plot from '@observablehq/plot';
import { STAGES, type Dataset, type Figure } from '../data/schema.ts';
import { figure, isRange } from '../data/query.ts';
import { unitLabel } from '../data/translations.ts';
import { formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import { ct, type ChartKey } from '../i18n/charts.ts';
import { METHOD_ORDER, methodMeaning, producerLabel, provenanceLabel } from '../i18n/provenance.ts';
import type { ChartDefinition, ChartTable } from './types.ts';
import { color } from './palette.ts';
import { esc } from './dom.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { axisRow, dotChartSvg, draw, dotMarks, extentOf, LABEL, logAxis, R, tagDots as tagFigureDots, dotValue, type LogAxis } from './figure-dots.ts';
import { numberText } from './return-channels.ts';
import { kept, WALK, WALK_FIGURES, type Focus } from './every-count-walk.ts';

type Stage = (typeof STAGES)[number];

/** The two counts the subtitle names: the smallest and the largest on the scale when the chart was made. */
const WARRANTS = 'icc-warrants-count';
const CLAIM = 'russia-claim-700000';

const HEAD = 13;
/** Between a dot's edge and its label. */
const GAP = 5;
const ROW_BESIDE = 20;
/** Text starts this far inside the drawing's left edge: a capital A's ink reaches left of its origin, and a scaled drawing rounds it outside. */
const INSET = 1;
const LINE = 15;
const HEAD_H = 24;
/** The overview's stage heading: tighter, so the embed stays under 1,000 px on a phone in Ukrainian too. */
const OV_HEAD_H = 19;
/** A line of the overview's count under its stage heading, where it does not fit beside it. */
const OV_LINE = 14;

/** The counts: every figure that is not a percentage, by stage (schema order), largest first within a stage. */
export function counts(ds: Dataset): Array<{ stage: Stage; figures: Figure[] }> {
  const all = ds.figures.filter((f) => f.unit !== 'percent');
  return STAGES.map((stage) => ({ stage, figures: all.filter((f) => f.stage === stage).sort((a, b) => dotValue(b) - dotValue(a) || a.as_of.localeCompare(b.as_of)) })).filter(
    (g) => g.figures.length > 0,
  );
}

const stageKey = (s: Stage): ChartKey => `every.stage.${s}` as ChartKey;

/** "at least 19,546", or with the unit where it is not children ("2 people", «57 регіонів Росії»). */
function numberLabel(f: Figure, locale: Locale): string {
  const n = numberText(f, locale);
  if (f.unit === 'children') return n;
  return `${n} ${unitLabel(f.unit, isRange(f) ? f.high : f.value, locale)}`;
}

function metaLabel(f: Figure, locale: Locale): string {
  return ct('every.meta', { producer: producerLabel(f.producer, locale), date: formatDate(f.as_of, locale, 'short') }, locale);
}

/** The dot's tip; `short` for the overview (the embed's bytes are budgeted: what it counts is in its row and the table). */
function tipOf(f: Figure, locale: Locale, short = false): string {
  if (short) return ct('every.tip.short', { value: numberLabel(f, locale), provenance: provenanceLabel(f, locale), date: formatDate(f.as_of, locale, 'short') }, locale);
  return ct(
    'every.tip',
    { label: f.label, value: numberLabel(f, locale), provenance: provenanceLabel(f, locale), meaning: methodMeaning(f.method, locale), date: formatDate(f.as_of, locale), claimant: f.claimant },
    locale,
  );
}

/** The log axis of every count (every figure but the percentages). */
function axisOf(ds: Dataset, width: number, locale: Locale): LogAxis {
  return logAxis(ds.figures.filter((f) => f.unit !== 'percent').flatMap(extentOf), width, locale);
}
type Axis = LogAxis;

/** data-tip (and the figure id, for the filter and tests) on each dot. */
function tagDots(rows: Array<{ f: Figure }>, locale: Locale, short = false) {
  return tagFigureDots(rows, (r) => tipOf(r.f, locale, short));
}

interface Piece {
  text: string;
  /** Left edge, px. */
  x: number;
  /** Middle of the line, px. */
  y: number;
  bold?: boolean;
}
interface Placed {
  f: Figure;
  cx: number;
  cy: number;
  pieces: Piece[];
}

/** Lays out one stage's rows from y = 0: each label beside its dot where it fits, else above it. Returns the rows and the height. */
function layoutRows(figures: Figure[], axis: Axis, width: number, locale: Locale): { rows: Placed[]; height: number } {
  let y = HEAD_H;
  const rows = figures.map((f) => {
    const cx = axis.x(dotValue(f));
    const num = numberLabel(f, locale);
    const meta = metaLabel(f, locale);
    const numW = textWidth(num, LABEL, 700);
    const metaW = textWidth(meta, LABEL);
    const space = textWidth(' ', LABEL) + 2;
    const w = numW + space + metaW;
    const line = (x: number, cy: number): Piece[] => [
      { text: num, x, y: cy, bold: true },
      { text: meta, x: x + numW + space, y: cy },
    ];
    if (cx + R + GAP + w <= width || cx - R - GAP - w >= INSET) {
      const cy = y + ROW_BESIDE / 2;
      y += ROW_BESIDE;
      const right = cx + R + GAP + w <= width;
      return { f, cx, cy, pieces: line(right ? cx + R + GAP : cx - R - GAP - w, cy) };
    }
    // Above the dot: from the dot's left edge, moved left as far as it needs to end inside the drawing.
    const pieces: Piece[] = [];
    const clampX = (lw: number) => Math.max(INSET, Math.min(cx - R, width - lw));
    if (w <= width) {
      pieces.push(...line(clampX(w), y + LINE / 2));
      y += LINE;
    } else {
      pieces.push({ text: num, x: clampX(numW), y: y + LINE / 2, bold: true });
      y += LINE;
      for (const l of wrapText(meta, width - INSET, LABEL)) {
        pieces.push({ text: l, x: clampX(textWidth(l, LABEL)), y: y + LINE / 2 });
        y += LINE;
      }
    }
    const cy = y + R + 2;
    y += 2 * R + 6;
    return { f, cx, cy, pieces };
  });
  return { rows, height: y + 6 };
}

/** Text marks at pixel positions (x inverted through the axis, so Plot's own log scale places them). */
function textMark(pieces: Piece[], axis: Axis, opts: { bold?: boolean; muted?: boolean; size: number }): Plot.Markish {
  return Plot.text(pieces, {
    x: (p: Piece) => axis.x.invert(p.x),
    y: 'y',
    text: 'text',
    textAnchor: 'start',
    fontSize: opts.size,
    ...(opts.bold ? { fontWeight: 700 } : {}),
    fill: color(opts.muted ? 'muted' : 'text'),
  });
}

function renderFull(ds: Dataset, width: number, locale: Locale): string {
  const prefix = `every-count-${width}`;
  const axis = axisOf(ds, width, locale);
  const AX = 20;
  let y = 0;
  const out: string[] = [`<g data-axis="">${axisRow(axis, width, AX, AX - 6)}</g>`];
  y += AX;
  for (const g of counts(ds)) {
    const { rows, height } = layoutRows(g.figures, axis, width, locale);
    const heading = wrapText(ct(stageKey(g.stage), {}, locale), width - INSET, HEAD, 700)[0]!;
    const marks: Plot.Markish[] = [
      Plot.ruleY([1], { stroke: color('axis'), strokeWidth: 1 }),
      Plot.text([heading], { x: axis.x.invert(INSET), y: 14, text: (d: string) => d, textAnchor: 'start', fontSize: HEAD, fontWeight: 700, fill: color('text') }),
      ...dotMarks(rows, axis, prefix),
      textMark(rows.flatMap((r) => r.pieces.filter((p) => p.bold)), axis, { bold: true, size: LABEL }),
      textMark(rows.flatMap((r) => r.pieces.filter((p) => !p.bold)), axis, { muted: true, size: LABEL }),
    ];
    out.push(`<g data-stage="${g.stage}" data-y="${r1(y)}" data-h="${r1(height)}" transform="translate(0,${r1(y)})">${draw(axis, width, height, marks, tagDots(rows, locale))}</g>`);
    y += height;
  }
  out.push(`<g data-axis="" data-y="${r1(y)}" transform="translate(0,${r1(y)})">${axisRow(axis, width, AX, 16)}</g>`);
  y += AX;
  return dotChartSvg(width, Math.ceil(y), prefix, out.join(''));
}

/** A chapter's annotated state: the stages brought forward (the rest faded) and its annotation's dictionary key; then the walk-through's. */
const FOCUS: Record<string, Focus> = {
  'focus-taken': { stages: ['taken', 'held'], note: 'every.focus.taken' },
  'focus-placed': { stages: ['placed', 'naturalised', 'adopted'], note: 'every.focus.placed' },
  'focus-returned': { stages: ['returned'], note: 'every.focus.returned' },
  ...WALK,
};
/** Opacity of the rows a focus state fades. */
const FADED = 0.3;

/**
 * The overview: one row of dots per stage, dots that would touch moved down a lane; the words say where the full list
 * is. With `focus`, the rows of its stages stay as they are, the others are faded, and its annotation (bold, counted
 * from the data) heads the drawing.
 */
function renderOverview(ds: Dataset, width: number, locale: Locale, focusKey?: string): string {
  const focus = focusKey ? FOCUS[focusKey] : undefined;
  const prefix = `every-count-${width}-${focusKey ?? 'overview'}`;
  const axis = axisOf(ds, width, locale);
  const AX = 20;
  const LANE = 2 * R + 1;
  let y = 0;
  const out: string[] = [];
  // The walk-through's states are drawn compact (no counts beside the headings, one axis, no closing words) and all
  // of one height at a width: each heads the drawing with as many lines as the longest of their annotations takes.
  const walk = focusKey !== undefined && focusKey in WALK;
  if (focus) {
    const lines = noteLines(ds, focus, width, locale);
    const reserve = walk ? Math.max(...Object.values(WALK).map((w) => noteLines(ds, w, width, locale).length)) : lines.length;
    lines.forEach((l, i) => out.push(`<text x="${INSET}" y="${r1(y + (i + 1) * (LINE + 2))}" font-size="${HEAD}" font-weight="700" fill="${color('text')}">${esc(l)}</text>`));
    y += reserve * (LINE + 2) + 8;
  }
  out.push(`<g data-axis="" transform="translate(0,${r1(y)})">${axisRow(axis, width, AX, AX - 6)}</g>`);
  y += AX;
  // The walk-through's rows hold at most two lanes of dots at column widths, three wider: a phone shows the drawing
  // whole beside the text, and the chart page has every count on a row of its own.
  const maxLanes = walk ? (width < 400 ? 2 : 3) : Infinity;
  for (const g of counts(ds)) {
    const lanes: number[][] = [];
    const rows = [...g.figures]
      .sort((a, b) => dotValue(a) - dotValue(b))
      .map((f) => {
        const cx = axis.x(dotValue(f));
        let lane = lanes.findIndex((xs) => xs.every((x) => Math.abs(x - cx) >= 2 * R + 1));
        if (lane < 0 && lanes.length < maxLanes) lane = lanes.push([]) - 1;
        // Out of lanes (the walk-through's compact rows): the lane where the nearest dot is farthest; dots may overlap.
        if (lane < 0) lane = lanes.map((xs, i) => [Math.min(...xs.map((x) => Math.abs(x - cx))), i] as const).sort((p, q) => q[0] - p[0])[0]![1];
        lanes[lane]!.push(cx);
        return { f, cx, cy: OV_HEAD_H + R + 1 + lane * LANE };
      });
    const lo = Math.min(...g.figures.map(dotValue));
    const hi = Math.max(...g.figures.map(dotValue));
    const headingText = ct(stageKey(g.stage), {}, locale);
    const range = lo === hi ? ct('every.overview.single', { n: g.figures.length, value: lo }, locale) : ct('every.overview.range', { n: g.figures.length, min: lo, max: hi }, locale);
    const headW = textWidth(headingText, HEAD, 700);
    // The count goes beside the heading where it fits, else on lines of its own under it (never dropped: at 300 px
    // the Ukrainian headings left no room beside four of the seven stages, «Вивезені з України» among them).
    const beside = !walk && INSET + headW + 8 + textWidth(range, LABEL) <= width;
    const rangeLines = beside || walk ? [] : wrapText(range, width - INSET, LABEL);
    const extra = rangeLines.length * OV_LINE;
    for (const r of rows) r.cy += extra;
    // 3 px under the last lane: with seven stages, each pixel here is seven on a phone, where the Ukrainian embed
    // must stay under WordPress's 1,000 px frame.
    const height = OV_HEAD_H + extra + lanes.length * LANE + 3;
    const marks: Plot.Markish[] = [
      Plot.ruleY([1], { stroke: color('axis'), strokeWidth: 1 }),
      Plot.text([headingText], { x: axis.x.invert(INSET), y: 11, text: (d: string) => d, textAnchor: 'start', fontSize: HEAD, fontWeight: 700, fill: color('text') }),
      ...(beside ? [Plot.text([range], { x: axis.x.invert(INSET + headW + 8), y: 11, text: (d: string) => d, textAnchor: 'start', fontSize: LABEL, fill: color('muted') })] : []),
      ...rangeLines.map((l, i) => Plot.text([l], { x: axis.x.invert(INSET), y: 11 + (i + 1) * OV_LINE, text: (d: string) => d, textAnchor: 'start', fontSize: LABEL, fill: color('muted') })),
      ...dotMarks(rows, axis, prefix),
    ];
    // A stage with nothing brought forward is faded as a whole; within a stage brought forward, the counts left out are.
    const faded = focus && !rows.some((r) => kept(focus, r.f)) ? ` opacity="${FADED}" data-faded=""` : '';
    const tag = tagDots(rows, locale, true);
    const decorate = (svg: Element) => {
      tag(svg);
      if (faded || !focus) return;
      for (const p of svg.querySelectorAll('[data-figure]')) if (!kept(focus, figure(ds, p.getAttribute('data-figure')!))) p.setAttribute('opacity', String(FADED));
    };
    // The marked dots (the annotation gives their numbers): a ring around each.
    const ringed = rows
      .filter((r) => focus?.marked?.includes(r.f.id))
      .map((r) => `<circle data-marked="${esc(r.f.id)}" cx="${r1(r.cx)}" cy="${r1(r.cy)}" r="${R + 3}" fill="none" stroke="${color('text')}" stroke-width="2"/>`);
    out.push(`<g data-stage="${g.stage}"${faded} transform="translate(0,${r1(y)})">${draw(axis, width, height, marks, decorate)}${ringed.join('')}</g>`);
    y += height;
  }
  if (!walk) out.push(`<g data-axis="" transform="translate(0,${r1(y)})">${axisRow(axis, width, AX, 16)}</g>`);
  y += walk ? 0 : AX + 2;
  // The walk-through's states leave out the overview's closing words: the sequence links to the chart page itself.
  const closing = walk ? [] : wrapText(ct('every.overview.note', {}, locale), width - INSET, LABEL);
  for (const l of closing) {
    y += LINE;
    out.push(`<text x="${INSET}" y="${r1(y)}" font-size="${LABEL}" font-style="italic" fill="${color('muted')}">${esc(l)}</text>`);
  }
  return dotChartSvg(width, Math.ceil(y + 6), prefix, out.join(''));
}

/** A focus state's annotation, wrapped at `width`: {n} the counts it brings forward, {m0}, {m1}, … its marked figures' numbers. */
function noteLines(ds: Dataset, focus: Focus, width: number, locale: Locale): string[] {
  const n = counts(ds).reduce((a, g) => a + g.figures.filter((f) => kept(focus, f)).length, 0);
  const marks = Object.fromEntries((focus.marked ?? []).map((id, i) => [`m${i}`, numberText(figure(ds, id), locale)]));
  return wrapText(ct(focus.note, { n, ...marks }, locale), width - INSET, HEAD, 700);
}

export const everyCount: ChartDefinition = {
  id: 'every-count',
  chapter: 'filtration',
  requires: { figures: [WARRANTS, CLAIM, ...WALK_FIGURES] },
  swatch: 'dot',
  states: {
    overview: 'every.state.overview',
    'focus-taken': 'every.state.focus-taken',
    'focus-placed': 'every.state.focus-placed',
    'focus-returned': 'every.state.focus-returned',
    ...(Object.fromEntries(Object.keys(WALK).map((k) => [k, `every.state.${k}`])) as Record<string, ChartKey>),
  },
  embedState: 'overview',

  describe(ds, locale) {
    const groups = counts(ds);
    const all = groups.flatMap((g) => g.figures);
    const min = all.reduce((a, b) => (dotValue(b) < dotValue(a) ? b : a));
    const max = all.reduce((a, b) => (dotValue(b) > dotValue(a) ? b : a));
    return {
      title: ct('every.title', {}, locale),
      subtitle: ct('every.subtitle', { warrants: numberText(figure(ds, WARRANTS), locale), claim: numberText(figure(ds, CLAIM), locale) }, locale),
      alt: ct(
        'every.alt',
        {
          n: all.length,
          stages: groups.map((g) => ct('every.alt.stage', { stage: ct(stageKey(g.stage), {}, locale), count: g.figures.length }, locale)).join(ct('every.alt.sep', {}, locale)),
          min: numberLabel(min, locale),
          minLabel: min.label,
          max: numberLabel(max, locale),
          maxLabel: max.label,
        },
        locale,
      ),
      notes: [ct('every.note.log', {}, locale), ct('every.note.overlap', {}, locale)],
      sources: [...new Set(all.flatMap((f) => f.sources))],
      methods: [...new Set(all.map((f) => f.method))].sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b)),
    };
  },

  render(ds, { width, locale, state }) {
    if (state === 'overview') return renderOverview(ds, width, locale);
    if (state && state in FOCUS) return renderOverview(ds, width, locale, state);
    return renderFull(ds, width, locale);
  },

  // A focus state's table and source line: the counts of its stages only (the faded rows are context; the chart page
  // has them all). Keeps a chapter's figure within its byte budget too: the full table is a hundred rows.
  stateData(ds, locale, state) {
    const focus = FOCUS[state];
    if (!focus || (!focus.stages && !focus.pick)) return undefined;
    const full = everyCount.table(ds, locale);
    const figures = counts(ds).flatMap((g) => g.figures);
    const keep = figures.map((f) => kept(focus, f));
    return {
      table: { columns: full.columns, rows: full.rows.filter((_, i) => keep[i]), rowAttrs: full.rowAttrs!.filter((_, i) => keep[i]) },
      sources: [...new Set(figures.filter((_, i) => keep[i]).flatMap((f) => f.sources))],
    };
  },

  table(ds, locale): ChartTable {
    const groups = counts(ds);
    return {
      columns: [
        { key: 'stage', label: ct('col.stage', {}, locale) },
        { key: 'measure', label: ct('col.counted', {}, locale) },
        { key: 'value', label: ct('col.number', {}, locale), numeric: true },
        { key: 'as_stated', label: ct('col.stated', {}, locale), restates: 'value' },
        { key: 'unit', label: ct('col.unit', {}, locale) },
        { key: 'provenance', label: ct('col.provenance', {}, locale) },
        { key: 'claimant', label: ct('col.claimant', {}, locale), names: true },
        { key: 'as_of', label: ct('col.asOf', {}, locale), date: true },
      ],
      rows: groups.flatMap((g) =>
        g.figures.map((f) => ({
          stage: ct(stageKey(g.stage), {}, locale),
          measure: f.label,
          value: isRange(f) ? `${f.low}–${f.high}` : f.value,
          as_stated: numberText(f, locale),
          unit: unitLabel(f.unit, isRange(f) ? f.high : f.value, locale),
          provenance: provenanceLabel(f, locale),
          claimant: f.claimant,
          as_of: f.as_of,
        })),
      ),
      rowAttrs: groups.flatMap((g) => g.figures.map(() => ({ 'data-stage': g.stage }))),
    };
  },
};
