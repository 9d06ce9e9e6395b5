/**
 * events-timeline: every event in the dataset on one time axis, in four lanes
 * by chapter. A mark shows how precisely its date is known: a dot for a day,
 * a solid bar spanning the month, an outlined bar spanning the year. Years
 * with no events (2015–2021 today) are cut out of the axis and the cut is
 * drawn, so the dense years since 2022 get the space. Wide: horizontal, lanes
 * as rows. Narrow: vertical, time running down, lanes as columns and the key
 * events labelled in a gutter on the right.
 *
 * Every mark carries data-tip (date and title) and data-chapter, which
 * src/scripts/timeline-filter.ts uses to filter by chapter in the browser.
 * Copy: src/i18n/charts.*.ts ("ev.*"); event titles come from the dataset.
 */
import { scaleUtc, utcYear, type ScaleTime } from 'd3';
import type { ChapterId, Dataset, Event } from '../data/schema.ts';
import { CHAPTER_IDS } from '../data/schema.ts';
import { compareDates } from '../data/checks/dates.ts';
import { series, sourcesOf } from '../data/query.ts';
import { formatDate } from '../i18n/format.ts';
import { t, type Locale } from '../i18n/index.ts';
import { ct, type ChartKey } from '../i18n/charts.ts';
import type { ChartDefinition } from './types.ts';
import { color } from './palette.ts';
import { esc } from './dom.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { svgOpen, isNarrow } from './svg.ts';

const ID = 'events-timeline';

/**
 * The events labelled on the chart, with a short label from the chart dictionary ("ev.key.<id>"). Others are
 * reachable by tooltip and listed in the table. An id the dataset lacks fails the build by name (`requires.eventIds`).
 */
const KEY_EVENTS: Record<string, ChartKey> = {
  'trains-of-hope-crimea-2014': 'ev.key.trains-of-hope-crimea-2014',
  'full-scale-invasion': 'ev.key.full-scale-invasion',
  'putin-citizenship-decree': 'ev.key.putin-citizenship-decree',
  'yale-report-2023-02': 'ev.key.yale-report-2023-02',
  'icc-warrants-putin-lvova-belova': 'ev.key.icc-warrants-putin-lvova-belova',
  'qatar-first-return': 'ev.key.qatar-first-return',
  'istanbul-list-handover': 'ev.key.istanbul-list-handover',
  'unga-resolution-return-of-children': 'ev.key.unga-resolution-return-of-children',
  'returns-reach-2000': 'ev.key.returns-reach-2000',
};
/** The label's number for a key event, where it has one: the `returned` total reported on the event's date. */
const KEY_EVENT_VALUES: Record<string, (ds: Dataset, e: Event) => number> = {
  'returns-reach-2000': (ds, e) => {
    const p = series(ds, 'returned').points.find((x) => x.date === e.date);
    if (!p) throw new Error(`events-timeline: event "${e.id}" (${e.date}) has no point of series "returned" on its date for its label's number`);
    return p.value;
  },
};
/** Years the takeaway counts from: the full-scale invasion, and the year the negotiations over children began in earnest. */
const SINCE_YEAR = 2022;
const RECENT_YEAR = 2025;

const DAY = 86_400_000;

interface Item {
  ev: Event;
  start: Date;
  end: Date;
  /** Short label when the event is labelled on the chart. */
  label?: string;
}

interface Segment {
  start: Date;
  end: Date;
}

const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));

function spanOf(e: Event): { start: Date; end: Date } {
  const [y, m, d] = e.date.split('-').map(Number) as [number, number?, number?];
  if (e.precision === 'day') return { start: utc(y, m! - 1, d!), end: utc(y, m! - 1, d! + 1) };
  if (e.precision === 'month') return { start: utc(y, m! - 1), end: utc(y, m!) };
  return { start: utc(y), end: utc(y + 1) };
}

function items(ds: Dataset, locale: Locale): Item[] {
  return [...ds.events]
    .sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id))
    .map((ev) => {
      const key = KEY_EVENTS[ev.id];
      const value = KEY_EVENT_VALUES[ev.id];
      return { ev, ...spanOf(ev), ...(key ? { label: ct(key, value ? { n: value(ds, ev) } : {}, locale) } : {}) };
    });
}

/**
 * The stretches of time the axis shows: runs of years that have events, with a
 * single empty year kept in place; two or more empty years in a row are cut.
 * The last stretch ends at the quarter after the latest event.
 */
function segments(list: Item[]): { segs: Segment[]; cuts: Array<[number, number]> } {
  const years = new Set<number>();
  for (const it of list) for (let y = it.start.getUTCFullYear(); y <= new Date(it.end.getTime() - 1).getUTCFullYear(); y++) years.add(y);
  const sorted = [...years].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const y of sorted) {
    const last = runs[runs.length - 1];
    if (last && y - last[1] <= 2) last[1] = y;
    else runs.push([y, y]);
  }
  const lastEnd = Math.max(...list.map((it) => it.end.getTime()));
  const segs = runs.map(([a, b], i) => {
    if (i < runs.length - 1) return { start: utc(a), end: utc(b + 1) };
    const e = new Date(lastEnd - 1);
    const endQ = utc(e.getUTCFullYear(), Math.floor(e.getUTCMonth() / 3) * 3 + 3);
    return { start: utc(a), end: new Date(Math.max(endQ.getTime(), lastEnd)) };
  });
  const cuts = runs.slice(1).map(([a], i) => [runs[i]![1] + 1, a - 1] as [number, number]);
  return { segs, cuts };
}

/** A piecewise time scale over the segments, with `gap` px between them. */
function timeScale(segs: Segment[], r0: number, r1: number, gap: number): ScaleTime<number, number> {
  const total = segs.reduce((s, g) => s + (g.end.getTime() - g.start.getTime()), 0);
  const perMs = (r1 - r0 - gap * (segs.length - 1)) / total;
  return timeScaleBy(segs, r0, segs.map((g) => (g.end.getTime() - g.start.getTime()) * perMs), gap);
}

/** "17 March 2023 — ICC issues arrest warrants for Putin and Lvova-Belova". */
function tipOf(e: Event, locale: Locale): string {
  return ct('ev.tip', { date: formatDate(e.date, locale), title: e.title }, locale);
}

/**
 * Packs intervals into sub-rows so no two marks overlap: labelled events
 * first, so they sit in row 0 next to their labels, then the rest by date.
 */
function pack(ivs: Array<{ a: number; b: number; key: boolean }>, pad: number): number[] {
  const rows: Array<Array<[number, number]>> = [];
  const out = new Array<number>(ivs.length).fill(0);
  const order = ivs.map((_, i) => i).sort((i, j) => Number(ivs[j]!.key) - Number(ivs[i]!.key) || ivs[i]!.a - ivs[j]!.a);
  for (const i of order) {
    const { a, b } = ivs[i]!;
    let r = 0;
    while (rows[r]?.some(([x, y]) => a < y + pad && b > x - pad)) r++;
    (rows[r] ??= []).push([a, b]);
    out[i] = r;
  }
  return out;
}

const MARK = 8; // a bar's thickness and a dot's diameter
const ROW = 10; // sub-row pitch
const V_MARK = 7; // the same, in the narrow vertical variant, where width is scarce
const V_ROW = 8;

/** One mark: a dot (day), a solid bar (month) or an outlined bar (year); `horizontal` says which way time runs. */
function markSvg(it: Item, p0: number, p1: number, cross: number, horizontal: boolean, locale: Locale, size = MARK): string {
  const attrs = `data-chapter="${it.ev.chapter}" data-tip="${esc(tipOf(it.ev, locale))}"`;
  const fill = it.label ? color('text') : color('axis');
  if (it.ev.precision === 'day') {
    const c = (p0 + p1) / 2;
    const [cx, cy] = horizontal ? [c, cross] : [cross, c];
    return `<circle ${attrs} cx="${r1(cx)}" cy="${r1(cy)}" r="${size / 2}" fill="${fill}"/>`;
  }
  const len = Math.max(p1 - p0 - 1, 2);
  const [x, y, w, h] = horizontal ? [p0 + 0.5, cross - size / 2, len, size] : [cross - size / 2, p0 + 0.5, size, len];
  const style =
    it.ev.precision === 'month'
      ? `fill="${fill}"`
      : `fill="${fill}" fill-opacity="0.2" stroke="${fill}" stroke-width="1.5"`;
  const inset = it.ev.precision === 'year' ? 0.75 : 0;
  return `<rect ${attrs} x="${r1(x + inset)}" y="${r1(y + inset)}" width="${r1(w - 2 * inset)}" height="${r1(h - 2 * inset)}" ${style}/>`;
}

/** The precision key: "Date known to the: ● day ▬ month ▭ year", left-aligned at (x, y baseline). */
function keySvg(x: number, y: number, horizontal: boolean, locale: Locale): string {
  const out: string[] = [];
  const txt = (tx: number, s: string) => `<text x="${r1(tx)}" y="${y}" fill="${color('muted')}">${esc(s)}</text>`;
  const [lead, day, month, year] = (['ev.legend.lead', 'ev.legend.day', 'ev.legend.month', 'ev.legend.year'] as const).map((k) => ct(k, {}, locale)) as [string, string, string, string];
  let cx = x;
  out.push(txt(cx, lead));
  cx += textWidth(lead, 12) + 8;
  const mid = y - 4;
  out.push(`<circle cx="${r1(cx + 4)}" cy="${mid}" r="4" fill="${color('axis')}"/>`);
  cx += 12;
  out.push(txt(cx, day));
  cx += textWidth(day, 12) + 10;
  const bar = (len: number, year: boolean) => {
    const [w, h] = horizontal ? [len, MARK] : [MARK, len];
    const yy = horizontal ? mid - MARK / 2 : mid - len / 2;
    const s = year ? `fill="${color('axis')}" fill-opacity="0.2" stroke="${color('axis')}" stroke-width="1.5"` : `fill="${color('axis')}"`;
    const i = year ? 0.75 : 0;
    return `<rect x="${r1(cx + i)}" y="${r1(yy + i)}" width="${r1(w - 2 * i)}" height="${r1(h - 2 * i)}" ${s}/>`;
  };
  out.push(bar(10, false));
  cx += (horizontal ? 10 : MARK) + 4;
  out.push(txt(cx, month));
  cx += textWidth(month, 12) + 10;
  out.push(bar(horizontal ? 26 : 14, true));
  cx += (horizontal ? 26 : MARK) + 4;
  out.push(txt(cx, year));
  return `<g font-size="12">${out.join('')}</g>`;
}

/** A key event's label: where its leader can hang (`lx`) and how its text wraps; a label may have several ways to fit. */
interface LabelOption {
  it: Item;
  lx: number;
  lines: string[];
  date: string;
  w: number;
  h: number;
}
type Tiered = LabelOption & { tier: number; x0: number; x1: number; anchor: 'start' | 'end' };

/**
 * Puts labels in tiers above their marks (tier 0 nearest), each hanging on a leader from its mark, so that no two
 * labels overlap and no leader crosses a label. Tries every order of the (few) labels in a lane, every option of each
 * (leader position, wrap width, anchor), and keeps the layout that needs the least height.
 */
function placeTiers(cands: LabelOption[][], width: number): Tiered[] {
  const perms = <T,>(a: T[]): T[][] => (a.length <= 1 ? [a] : a.flatMap((x, i) => perms([...a.slice(0, i), ...a.slice(i + 1)]).map((r) => [x, ...r])));
  const orders = cands.length <= 6 ? perms(cands) : [[...cands].sort((a, b) => b[0]!.lx - a[0]!.lx)];
  let best: Tiered[] = [];
  let bestScore = Infinity;
  for (const order of orders) {
    const placed: Tiered[] = [];
    for (const [k, opts] of order.entries()) {
      // Leaders still to come: an option that leaves them clear goes first (stable sort), so a later label is not
      // left with no tier at all because this one covers its leader at every height.
      const later = order.slice(k + 1).flatMap((o) => o.map((c) => c.lx));
      const covers = (o: { x0: number; x1: number }) => later.some((lx) => lx >= o.x0 - 4 && lx <= o.x1 + 4);
      const options = opts
        .flatMap((c) =>
          (['start', 'end'] as const)
            .map((anchor) => ({ ...c, anchor, x0: anchor === 'start' ? c.lx : c.lx - 4 - c.w, x1: anchor === 'start' ? c.lx + 4 + c.w : c.lx }))
            .filter((o) => o.x0 >= 0 && o.x1 <= width),
        )
        .sort((a, b) => Number(covers(a)) - Number(covers(b)));
      if (options.length === 0) options.push({ ...opts[0]!, anchor: 'end', x0: opts[0]!.lx - 4 - opts[0]!.w, x1: opts[0]!.lx });
      let chosen: Tiered | undefined;
      for (let tier = 0; tier < 12 && !chosen; tier++) {
        for (const o of options) {
          const clash = placed.some(
            (q) =>
              (q.tier === tier && o.x0 < q.x1 + 10 && o.x1 > q.x0 - 10) ||
              (q.tier < tier && o.lx >= q.x0 - 4 && o.lx <= q.x1 + 4) ||
              (q.tier > tier && q.lx >= o.x0 - 4 && q.lx <= o.x1 + 4),
          );
          if (!clash) {
            chosen = { ...o, tier };
            break;
          }
        }
      }
      placed.push(chosen ?? { ...options[0]!, tier: 12 });
    }
    // Height of the tiers, counting empty ones; anchoring at the end and long wraps cost a little.
    const top = Math.max(0, ...placed.map((q) => q.tier));
    let height = 0;
    for (let k = 0; k <= top; k++) height += Math.max(0, ...placed.filter((q) => q.tier === k).map((q) => q.h)) + 8;
    const score = height * 10 + placed.reduce((n, q) => n + (q.anchor === 'end' ? 1 : 0) + q.lines.length, 0);
    if (score < bestScore) {
      bestScore = score;
      best = placed;
    }
  }
  return best;
}

function labelLines(it: Item, max: number, locale: Locale): { lines: string[]; date: string } {
  return { lines: wrapText(it.label!, max, 12, 600), date: formatDate(it.ev.date, locale, 'short') };
}

function labelText(x: number, y: number, anchor: 'start' | 'end', p: Pick<LabelOption, 'lines' | 'date' | 'it'>): string {
  const a = anchor === 'end' ? ' text-anchor="end"' : '';
  const lines = p.lines.map(
    (l, i) => `<text x="${r1(x)}" y="${r1(y + i * 14)}"${a} font-weight="600" fill="${color('text')}">${esc(l)}</text>`,
  );
  lines.push(`<text x="${r1(x)}" y="${r1(y + p.lines.length * 14)}"${a} fill="${color('muted')}">${esc(p.date)}</text>`);
  return `<g data-chapter="${p.it.ev.chapter}" font-size="12">${lines.join('')}</g>`;
}

const cutLabel = (c: [number, number], locale: Locale) => (c[0] === c[1] ? `${c[0]}` : ct('ev.cut.short', { from: String(c[0]), to: String(c[1]).slice(-2) }, locale));

/** Wide: time runs left to right, one lane per chapter with its labels above the marks. */
function renderHorizontal(ds: Dataset, width: number, locale: Locale): string {
  const list = items(ds, locale);
  const { segs, cuts } = segments(list);
  const GAP = 26;
  const x = timeScale(segs, 5, width - 5, GAP);
  const out: string[] = [];
  const grid: string[] = [];
  const labels: string[] = [];
  let y = 28;
  const keyY = 14;
  const marks: Array<{ it: Item; svg: string }> = [];
  const bands: string[] = [];
  for (const ch of CHAPTER_IDS) {
    const lane = list.filter((it) => it.ev.chapter === ch);
    const ivs = lane.map((it) => {
      const a = x(it.start);
      const b = x(it.end);
      const c = it.ev.precision === 'day' ? (a + b) / 2 : a;
      return it.ev.precision === 'day' ? { a: c - MARK / 2, b: c + MARK / 2, key: !!it.label } : { a, b, key: !!it.label };
    });
    const rows = pack(ivs, 2);
    const nRows = Math.max(1, ...rows.map((r) => r + 1));
    // Labels: tiers above the marks, tier 0 nearest; a label hangs on a leader line from its mark's centre.
    const cands = lane
      .map((it, i) => ({ it, iv: ivs[i]! }))
      .filter((k) => k.it.label)
      .map(({ it, iv }) => {
        // The leader hangs from the middle of the mark, or near the start of a long bar; text wraps at 180, 130 or
        // 100 px. The narrowest wrap lets two labels whose marks sit close together share a tier side by side, where
        // wider ones would each cross the other's leader at every tier (the Ukrainian negotiations lane, 2025–26).
        const spots = iv.b - iv.a > 40 ? [(iv.a + iv.b) / 2, iv.a + 8] : [(iv.a + iv.b) / 2];
        return [180, 130, 100].flatMap((max) => {
          const { lines, date } = labelLines(it, max, locale);
          const w = Math.max(...lines.map((l) => textWidth(l, 12, 600)), textWidth(date, 12));
          return spots.map((lx) => ({ it, lx, lines, date, w, h: (lines.length + 1) * 14 }));
        });
      });
    const placed = placeTiers(cands, width);
    const tierH = (k: number) => Math.max(0, ...placed.filter((q) => q.tier === k).map((q) => q.h));
    const tierBottom = (k: number) => {
      let b = 0;
      for (let j = 0; j < k; j++) b += tierH(j) + 8;
      return b;
    };
    const tiers = placed.length ? Math.max(...placed.map((q) => q.tier)) + 1 : 0;
    const labelsH = tierBottom(tiers);
    const headY = y + 14;
    const marksTop = headY + 6 + labelsH;
    const rowY = (r: number) => marksTop + MARK / 2 + 3 + r * ROW;
    const laneBottom = rowY(nRows - 1) + MARK / 2 + 4;
    out.push(
      `<text x="1" y="${headY}" data-chapter="${ch}" font-size="13" font-weight="700" fill="${color('text')}">${esc(t(`chapter.${ch}`, {}, locale))}</text>`,
    );
    for (const g of segs) {
      bands.push(
        `<rect x="${r1(x(g.start))}" y="${r1(marksTop)}" width="${r1(x(g.end) - x(g.start))}" height="${r1(laneBottom - marksTop)}" fill="${color('grid')}" fill-opacity="0.45"/>`,
      );
    }
    lane.forEach((it, i) => {
      const iv = ivs[i]!;
      const cross = rowY(rows[i]!);
      const [p0, p1] = it.ev.precision === 'day' ? [iv.a + MARK / 2 - 0.5, iv.a + MARK / 2 + 0.5] : [iv.a, iv.b];
      marks.push({ it, svg: markSvg(it, p0, p1, cross, true, locale) });
    });
    for (const q of placed) {
      const top = marksTop - 4 - tierBottom(q.tier) - q.h;
      const tx = q.anchor === 'start' ? q.lx + 4 : q.lx - 4;
      labels.push(
        `<line data-leader="" x1="${r1(q.lx)}" y1="${r1(top - 2)}" x2="${r1(q.lx)}" y2="${r1(rowY(0) - MARK / 2 - 1)}" stroke="${color('muted')}" data-chapter="${ch}"/>`,
      );
      labels.push(labelText(tx, top + 10, q.anchor, q));
    }
    y = laneBottom + 14;
  }
  // Time axis: ticks at each 1 January, years named in the middle of their span; cuts drawn as a double slash.
  const axisY = y - 4;
  const plotTop = 28;
  for (const g of segs) {
    out.push(`<line x1="${r1(x(g.start))}" x2="${r1(x(g.end))}" y1="${axisY}" y2="${axisY}" stroke="${color('axis')}"/>`);
    const ticks = [g.start, ...utcYear.range(utcYear.offset(g.start, 1), g.end)];
    for (const tk of ticks) {
      const tx = r1(x(tk));
      grid.push(`<line x1="${tx}" x2="${tx}" y1="${plotTop + 16}" y2="${axisY}" stroke="${color('grid')}"/>`);
      out.push(`<line x1="${tx}" x2="${tx}" y1="${axisY}" y2="${axisY + 5}" stroke="${color('axis')}"/>`);
      const next = Math.min(utcYear.offset(tk, 1).getTime(), g.end.getTime());
      const span = x(new Date(next)) - x(tk);
      const label = String(tk.getUTCFullYear());
      const lx = span >= textWidth(label, 12) + 2 ? x(tk) + span / 2 : x(tk) + 2;
      out.push(
        `<text x="${r1(lx)}" y="${axisY + 17}"${span >= textWidth(label, 12) + 2 ? ' text-anchor="middle"' : ''} fill="${color('muted')}">${label}</text>`,
      );
    }
  }
  segs.slice(1).forEach((g, i) => {
    const gx = x(g.start) - GAP / 2;
    for (const dx of [-3, 3]) {
      out.push(`<line x1="${r1(gx + dx - 3)}" y1="${axisY + 5}" x2="${r1(gx + dx + 3)}" y2="${axisY - 5}" stroke="${color('axis')}" stroke-width="1.5"/>`);
    }
    const text = ct('ev.cut', { years: cutLabel(cuts[i]!, locale) }, locale);
    const half = textWidth(text, 12) / 2;
    const cxText = Math.min(Math.max(gx, half), width - half);
    out.push(`<text x="${r1(cxText)}" y="${axisY + 31}" text-anchor="middle" fill="${color('muted')}">${esc(text)}</text>`);
  });
  const height = axisY + 36;
  marks.sort((a, b) => a.it.start.getTime() - b.it.start.getTime() || compareDates(a.it.ev.date, b.it.ev.date));
  return (
    svgOpen(width, Math.ceil(height)) +
    keySvg(0, keyY, true, locale) +
    `<g>${grid.join('')}</g><g>${bands.join('')}</g>` +
    out.join('') +
    labels.join('') +
    `<g>${marks.map((m) => m.svg).join('')}</g>` +
    `</svg>`
  );
}

/** A piecewise time scale over the segments, each drawn `lengths[i]` px long, with `gap` px between them. */
function timeScaleBy(segs: Segment[], r0: number, lengths: number[], gap: number): ScaleTime<number, number> {
  const domain: Date[] = [];
  const range: number[] = [];
  let pos = r0;
  segs.forEach((g, i) => {
    if (i > 0) pos += gap;
    domain.push(g.start, g.end);
    range.push(pos, (pos += lengths[i]!));
  });
  return scaleUtc().domain(domain).range(range);
}

/** The narrow drawing's time scale, in px per year: from the densest that lets every label sit near its mark, up to this. */
const V_PER_YEAR = { min: 70, max: 240, step: 10 };
/** A stretch holding only events known to the year (2014's) is drawn this long, whatever its span: one mark, no detail to show. */
const V_YEAR_ONLY = 48;
/** How far (px) a gutter label may sit from its mark's height before the layout counts as not fitting. */
const V_MAX_SHIFT = 80;

/**
 * Narrow: time runs down; lanes are columns, named in a staircase above them; key events labelled in a gutter.
 * Compact, for phones and for hosts that cap an embed's height (WordPress: 1,000 px): the years with dated events
 * get the fewest px per year at which every label still sits beside its mark, and a stretch with only a year-known
 * event (2014) takes just the room of its mark and label.
 */
function renderVertical(ds: Dataset, width: number, locale: Locale): string {
  let svg = '';
  for (let perYear = V_PER_YEAR.min; perYear <= V_PER_YEAR.max; perYear += V_PER_YEAR.step) {
    const r = drawVertical(ds, width, locale, perYear);
    svg = r.svg;
    if (r.fits) break;
  }
  return svg;
}

function drawVertical(ds: Dataset, width: number, locale: Locale, perYear: number): { svg: string; fits: boolean } {
  const list = items(ds, locale);
  const { segs, cuts } = segments(list);
  const GAP = 28;
  const AXIS_W = 31;
  const keyY = 14;
  const headTop = 30;
  const plotTop = headTop + CHAPTER_IDS.length * 16 + 8;
  const lengths = segs.map((g) => {
    const inSeg = list.filter((it) => it.start < g.end && it.end > g.start);
    return inSeg.every((it) => it.ev.precision === 'year') ? V_YEAR_ONLY : ((g.end.getTime() - g.start.getTime()) / (365.25 * DAY)) * perYear;
  });
  const plotBottom = plotTop + lengths.reduce((s, l) => s + l, 0) + GAP * (segs.length - 1);
  const yScale = timeScaleBy(segs, plotTop, lengths, GAP);

  // Columns: each lane as wide as its packed sub-columns need.
  let cx = AXIS_W + 2;
  const lanes = CHAPTER_IDS.map((ch) => {
    const lane = list.filter((it) => it.ev.chapter === ch);
    const ivs = lane.map((it) => {
      const a = yScale(it.start);
      const b = yScale(it.end);
      const c = (a + b) / 2;
      return it.ev.precision === 'day' ? { a: c - V_MARK / 2, b: c + V_MARK / 2, key: !!it.label } : { a, b, key: !!it.label };
    });
    const cols = pack(ivs, 2);
    const n = Math.max(1, ...cols.map((c) => c + 1));
    const w = Math.max(18, n * V_ROW + 6);
    const lane0 = { ch, lane, ivs, cols, n, x: cx, w };
    cx += w + 3;
    return lane0;
  });
  const gutterX = cx + 10;
  const gutterW = width - gutterX;

  const out: string[] = [];
  const grid: string[] = [];
  const bands: string[] = [];
  const marks: Array<{ it: Item; svg: string }> = [];
  const wanted: Array<{ it: Item; y: number; fromX: number; lines: string[]; date: string; h: number }> = [];

  lanes.forEach((L, li) => {
    const hy = headTop + li * 16 + 12;
    out.push(
      `<text x="${L.x}" y="${hy}" data-chapter="${L.ch}" font-size="12" font-weight="700" fill="${color('text')}">${esc(t(`chapter.${L.ch}`, {}, locale))}</text>`,
      `<line x1="${L.x + 3}" x2="${L.x + 3}" y1="${hy + 4}" y2="${plotTop}" stroke="${color('muted')}" data-chapter="${L.ch}"/>`,
    );
    for (const g of segs) {
      bands.push(
        `<rect x="${L.x}" y="${r1(yScale(g.start))}" width="${L.w}" height="${r1(yScale(g.end) - yScale(g.start))}" fill="${color('grid')}" fill-opacity="0.45"/>`,
      );
    }
    // Sub-column 0 is the rightmost, nearest the gutter, where the labelled events sit.
    const colX = (c: number) => L.x + L.w - 3 - V_MARK / 2 - c * V_ROW;
    L.lane.forEach((it, i) => {
      const iv = L.ivs[i]!;
      const [p0, p1] = it.ev.precision === 'day' ? [iv.a + V_MARK / 2 - 0.5, iv.a + V_MARK / 2 + 0.5] : [iv.a, iv.b];
      const cross = colX(L.cols[i]!);
      marks.push({ it, svg: markSvg(it, p0, p1, cross, false, locale, V_MARK) });
      if (it.label) {
        const { lines, date } = labelLines(it, gutterW - 2, locale);
        const ymid = it.ev.precision === 'year' ? iv.a + 16 : (iv.a + iv.b) / 2;
        wanted.push({ it, y: ymid, fromX: cross + V_MARK / 2 + 2, lines, date, h: (lines.length + 1) * 14 });
      }
    });
  });

  // Gutter labels: centred on their mark where possible, pushed apart downwards, then back up from the bottom.
  wanted.sort((a, b) => a.y - b.y);
  const tops = wanted.map((w) => w.y - w.h / 2 + 4);
  for (let i = 0; i < tops.length; i++) {
    tops[i] = Math.max(tops[i]!, plotTop, i > 0 ? tops[i - 1]! + wanted[i - 1]!.h + 8 : -Infinity);
  }
  for (let i = tops.length - 1; i >= 0; i--) {
    const limit = i === tops.length - 1 ? plotBottom - wanted[i]!.h : tops[i + 1]! - wanted[i]!.h - 8;
    tops[i] = Math.min(tops[i]!, limit);
  }
  const labels = wanted.map((w, i) => {
    const top = tops[i]!;
    const ly = top + 5;
    const lead =
      `<polyline data-leader="" points="${r1(w.fromX)},${r1(w.y)} ${r1(gutterX - 10)},${r1(w.y)} ${r1(gutterX - 4)},${r1(ly)}" fill="none" stroke="${color('muted')}" data-chapter="${w.it.ev.chapter}"/>`;
    return lead + labelText(gutterX, top + 10, 'start', { it: w.it, lines: w.lines, date: w.date });
  });
  const fits = tops.every((top, i) => top >= plotTop - 0.5 && Math.abs(top + wanted[i]!.h / 2 - 4 - wanted[i]!.y) <= V_MAX_SHIFT);

  // Axis: a rule at each 1 January across the columns, the year named at the left; cuts drawn and named.
  const colsEnd = cx - 3;
  for (const g of segs) {
    const ticks = [g.start, ...utcYear.range(utcYear.offset(g.start, 1), g.end)];
    for (const tk of ticks) {
      const ty = r1(yScale(tk));
      grid.push(`<line x1="0" x2="${colsEnd}" y1="${ty}" y2="${ty}" stroke="${color('axis')}" stroke-opacity="0.6"/>`);
      const next = Math.min(utcYear.offset(tk, 1).getTime(), g.end.getTime());
      if (yScale(new Date(next)) - yScale(tk) >= 18) out.push(`<text x="0" y="${r1(ty + 15)}" fill="${color('muted')}">${tk.getUTCFullYear()}</text>`);
    }
  }
  segs.slice(1).forEach((g, i) => {
    const gy = yScale(g.start) - GAP / 2;
    const zig = (yy: number) =>
      `<path d="M0 ${r1(yy)}${Array.from({ length: Math.ceil(colsEnd / 8) }, (_, k) => ` L${(k + 1) * 8} ${r1(yy + (k % 2 === 0 ? -3 : 0))}`).join('')}" fill="none" stroke="${color('axis')}"/>`;
    out.push(zig(gy - 8), zig(gy + 11));
    out.push(`<text x="${r1(colsEnd / 2)}" y="${r1(gy + 5)}" text-anchor="middle" fill="${color('muted')}">${esc(ct('ev.cut', { years: cutLabel(cuts[i]!, locale) }, locale))}</text>`);
  });
  const height = plotBottom + 6;
  marks.sort((a, b) => a.it.start.getTime() - b.it.start.getTime() || compareDates(a.it.ev.date, b.it.ev.date));
  const svg =
    svgOpen(width, Math.ceil(height)) +
    keySvg(0, keyY, false, locale) +
    `<g>${bands.join('')}</g><g>${grid.join('')}</g>` +
    out.join('') +
    labels.join('') +
    `<g>${marks.map((m) => m.svg).join('')}</g>` +
    `</svg>`;
  return { svg, fits };
}

function counts(ds: Dataset): Record<ChapterId, number> {
  const c = Object.fromEntries(CHAPTER_IDS.map((ch) => [ch, 0])) as Record<ChapterId, number>;
  for (const e of ds.events) c[e.chapter]++;
  return c;
}

export const eventsTimeline: ChartDefinition = {
  id: ID,
  chapter: 'icc-warrants',
  requires: { events: true, eventIds: Object.keys(KEY_EVENTS) },

  describe(ds, locale) {
    const list = items(ds, locale);
    const n = list.length;
    const c = counts(ds);
    const { cuts } = segments(list);
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const since = list.filter((it) => it.start >= utc(SINCE_YEAR)).length;
    const recent = list.filter((it) => it.start >= utc(RECENT_YEAR));
    const recentNeg = recent.filter((it) => it.ev.chapter === 'negotiations').length;
    const key = list.filter((it) => it.label);
    const and = new Intl.ListFormat(locale, { type: 'conjunction' });
    const chapters = CHAPTER_IDS.map((ch) => ct('ev.alt.chapter', { chapter: t(`chapter.${ch}`, {}, locale), n: c[ch] }, locale));
    const labelled = key.map((it) => ct('ev.alt.labelled', { label: it.label!, date: formatDate(it.ev.date, locale) }, locale)).join('; ');
    const before = n - since;
    return {
      title: ct('ev.title', {}, locale),
      subtitle: ct('ev.subtitle', { since, n, year: String(SINCE_YEAR), recentYear: String(RECENT_YEAR), recentNeg, recent: recent.length }, locale),
      alt: ct(
        'ev.alt',
        {
          n,
          first: formatDate(first.ev.date, locale),
          last: formatDate(last.ev.date, locale),
          chapters: and.format(chapters),
          before: before === 0 ? ct('ev.alt.beforeNone', { year: String(SINCE_YEAR) }, locale) : ct('ev.alt.before', { n: before, year: String(SINCE_YEAR) }, locale),
          labelled,
        },
        locale,
      ),
      notes: [
        ct('ev.note.marks', {}, locale),
        ...(cuts.length
          ? [ct('ev.note.cuts', { cuts: and.format(cuts.map((cu) => (cu[0] === cu[1] ? `${cu[0]}` : ct('range.dash', { low: String(cu[0]), high: String(cu[1]) }, locale)))) }, locale)]
          : []),
        ct('ev.note.record', {}, locale),
      ],
      sources: [...new Set(list.flatMap((it) => it.ev.sources))],
      methods: [],
    };
  },

  render(ds, { width, locale }) {
    return isNarrow(width) ? renderVertical(ds, width, locale) : renderHorizontal(ds, width, locale);
  },

  table(ds, locale) {
    const list = items(ds, locale);
    return {
      columns: [
        { key: 'date', label: ct('col.date', {}, locale), date: true },
        { key: 'precision', label: ct('col.knownTo', {}, locale) },
        { key: 'chapter', label: ct('col.chapter', {}, locale) },
        { key: 'title', label: ct('col.event', {}, locale) },
        { key: 'sources', label: ct('col.sources', {}, locale), names: true },
      ],
      rows: list.map(({ ev }) => ({
        // ISO in the CSV; pages show it as a date in words inside <time datetime> (table-cells.ts).
        date: ev.date,
        precision: ct(`precision.${ev.precision}`, {}, locale),
        chapter: t(`chapter.${ev.chapter}`, {}, locale),
        title: ev.title,
        sources: [...new Set(sourcesOf(ds, ev).map((s) => s.publisher))].join('; '),
      })),
      rowAttrs: list.map(({ ev }) => ({ 'data-chapter': ev.chapter })),
    };
  },
};
