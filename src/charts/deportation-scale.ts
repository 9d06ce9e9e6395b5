/**
 * deportation-scale: how many children? Horizontal bars, grouped by who is
 * counting, on one linear scale: Ukraine's case-by-case counts and the Yale
 * lab's estimates. Russia's "more than 700,000" would be about 20 times the
 * width of the chart at that scale, so it gets its own section: a bar that
 * runs to the end of the scale, breaks (a real gap with a break symbol) and
 * runs off the edge, with its value written out and what it counts.
 * Drawing: Observable Plot at build time (plot-svg.ts) on our d3 linear scale
 * (x in values, y in px as an identity scale) draws the bars (one rect mark per
 * method, paint from method-mark.ts, a data-tip on each), Russia's two bar
 * pieces (one group, one tip), the value grid, the zero lines and the axis with
 * its ticks and labels. Our own markup, laid out with text measured by text.ts,
 * holds what Plot does not place well: the group headings, the label blocks
 * (label, date, caveat), the value labels inside or after each bar, the divider,
 * the break symbol and the notes under Russia's bar.
 * Copy: src/i18n/charts.*.ts ("scale.*").
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3-scale';
import type { Figure } from '../data/schema.ts';
import { figure } from '../data/query.ts';
import { formatCompact, formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import type { ChartDefinition, ChartTable } from './types.ts';
import { ct, type ChartKey } from '../i18n/charts.ts';
import { color } from './palette.ts';
import { methodArea, methodDefs } from './method-mark.ts';
import { phrase, shortClaimant, valueOf } from './util.ts';
import { esc } from './dom.ts';
import { figureRow } from './figure-row.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { METHOD_ORDER, provenanceLabel } from '../i18n/provenance.ts';
import { svgOpen, isNarrow } from './svg.ts';
import { plotMarks } from './plot-svg.ts';
import { tagEach } from './dated-series.ts';

interface Item {
  id: string;
  /** A short label for the bar; the dataset's full label is in the tooltip and the table. */
  label: ChartKey;
  /** A caveat printed under the label. */
  caveat?: ChartKey;
}

const GROUPS: Array<{ heading: ChartKey; items: Item[] }> = [
  {
    heading: 'scale.group.ukraine',
    items: [
      { id: 'deported-verified', label: 'scale.item.deported' },
      { id: 'returned-verified', label: 'scale.item.returned' },
      { id: 'adopted-ukraine-count', label: 'scale.item.adopted' },
    ],
  },
  {
    heading: 'scale.group.yale',
    items: [
      { id: 'yale-upper-estimate', label: 'scale.item.yaleUpper', caveat: 'scale.item.yaleUpperCaveat' },
      { id: 'yale-camps-children-2023', label: 'scale.item.yaleCamps' },
      { id: 'yale-adoption-database', label: 'scale.item.yaleAdoption' },
      { id: 'yale-naturalized', label: 'scale.item.yaleNaturalized' },
    ],
  },
];

const OFF_SCALE: Item & { heading: ChartKey } = {
  heading: 'scale.group.russia',
  id: 'russia-claim-700000',
  label: 'scale.item.russia',
};

const BASE = 'deported-verified';
/** Figures the notes cite beside the bars: Karasin's earlier 700,000 and the UK government's camp estimate. */
const NOTE_IDS = ['russia-claim-700000-karasin', 'uk-reeducation-camps-6000'];
const BAR_IDS = [...GROUPS.flatMap((g) => g.items.map((i) => i.id)), OFF_SCALE.id];
const ALL_IDS = [...BAR_IDS, ...NOTE_IDS];

function single(f: Figure): number {
  if ('low' in f) throw new Error(`figure "${f.id}" is a range; deportation-scale needs single values`);
  return f.value;
}

/** "Children Ukraine has counted ...: 19,546 as of 12 November 2025. Ukraine's government · case count, according to ...". */
function tip(f: Figure, locale: Locale): string {
  return ct('scale.tip', { label: f.label, value: phrase(f, locale), date: formatDate(f.as_of, locale), provenance: provenanceLabel(f, locale), claimant: f.claimant }, locale);
}

/** A bar as Plot draws it: from 0 to `x2` on the value scale, `y1` to `y2` in px. */
interface Bar {
  f: Figure;
  x2: number;
  y1: number;
  y2: number;
  tip: string;
}

/** A rule at value `x`, from `y1` to `y2` px. */
interface Rule {
  x: number;
  y1: number;
  y2: number;
}

const H_BAR = 16;
const FS_LABEL = 13;
const FS_SMALL = 12;
const LINE = 16;

export const deportationScale: ChartDefinition = {
  id: 'deportation-scale',
  chapter: 'filtration',
  requires: { figures: ALL_IDS },

  describe(ds, locale) {
    const f = (id: string) => figure(ds, id);
    const p = (id: string) => phrase(f(id), locale);
    const d = (id: string) => formatDate(f(id).as_of, locale);
    const ru = f(OFF_SCALE.id);
    const karasin = f('russia-claim-700000-karasin');
    const times = Math.round(valueOf(ds, OFF_SCALE.id) / valueOf(ds, BASE));
    const figs = ALL_IDS.map(f);
    return {
      title: ct('scale.title', {}, locale),
      subtitle: ct('scale.subtitle', { deported: p(BASE), yale: p('yale-upper-estimate'), russia: p(OFF_SCALE.id) }, locale),
      alt: [
        ct(
          'scale.alt.ukraine',
          { deported: p(BASE), deportedAsOf: d(BASE), returned: p('returned-verified'), returnedAsOf: d('returned-verified'), adopted: p('adopted-ukraine-count'), adoptedAsOf: d('adopted-ukraine-count') },
          locale,
        ),
        ct('scale.alt.yale', { yale: p('yale-upper-estimate'), camps: p('yale-camps-children-2023'), adoption: p('yale-adoption-database'), naturalized: p('yale-naturalized') }, locale),
        ct('scale.alt.russia', { russia: p(OFF_SCALE.id), asOf: formatDate(ru.as_of, locale), times }, locale),
      ].join(' '),
      notes: [
        ct(
          'scale.note.russia',
          {
            claimant: ru.claimant,
            russia: p(OFF_SCALE.id),
            asOf: formatDate(ru.as_of, locale),
            karasinName: shortClaimant(karasin.claimant),
            karasin: phrase(karasin, locale),
            karasinDate: formatDate(karasin.as_of, locale),
            times: Math.round(valueOf(ds, OFF_SCALE.id) / valueOf(ds, 'yale-upper-estimate')),
          },
          locale,
        ),
        ct(
          'scale.note.yale',
          {
            yale: p('yale-upper-estimate'),
            yaleAsOf: d('yale-upper-estimate'),
            camps: p('yale-camps-children-2023'),
            campsAsOf: d('yale-camps-children-2023'),
            ukCamps: p('uk-reeducation-camps-6000'),
            ukCampsAsOf: d('uk-reeducation-camps-6000'),
          },
          locale,
        ),
        ct('scale.note.ukraine', { adopted: p('adopted-ukraine-count'), asOf: d('adopted-ukraine-count') }, locale),
        ct('scale.note.named', { adoption: p('yale-adoption-database'), naturalized: p('yale-naturalized') }, locale),
      ],
      // Every figure the chart prints, bars and notes alike, so the source line and the CSV name them all.
      sources: [...new Set(figs.flatMap((x) => x.sources))],
      methods: METHOD_ORDER.filter((s) => BAR_IDS.map(f).some((x) => x.method === s)),
    };
  },

  render(ds, { width, locale }) {
    const wide = !isNarrow(width);
    const prefix = `deportation-scale-${width}`;
    const labelW = wide ? 230 : width; // wide: a label column; narrow: labels above the bars
    const x0 = wide ? labelW + 12 : 0;
    const figs = new Map(ALL_IDS.map((id) => [id, figure(ds, id)]));
    const fig = (id: string) => figs.get(id)!;
    const items = GROUPS.flatMap((g) => g.items);

    // Value labels go inside a bar when they fit, else after it; room is kept on the right for those after.
    const valueText = (id: string) => phrase(fig(id), locale);
    const vw = (id: string) => textWidth(valueText(id), FS_LABEL, true);
    const maxV = Math.max(...items.map((i) => single(fig(i.id))));
    let reserve = Math.max(...items.filter((i) => single(fig(i.id)) < maxV).map((i) => vw(i.id))) + 8;
    const fitsInside = (id: string, plotW: number) => fig(id).method !== 'statement' && (single(fig(id)) / maxV) * plotW * 0.9 >= vw(id) + 12;
    for (let pass = 0; pass < 2; pass++) {
      const pw = width - x0 - reserve;
      const outside = items.filter((i) => !fitsInside(i.id, pw)).map((i) => vw(i.id));
      reserve = (outside.length ? Math.max(...outside) : 0) + 8;
    }
    const plotW = width - x0 - reserve;
    const x = scaleLinear().domain([0, maxV]).nice(4).range([x0, x0 + plotW]);
    const ticks = x.ticks(4);
    const px = (v: number) => x.invert(v); // a position in px as a value, for marks placed by layout (the break)

    // What Plot draws, in pixels down the chart (y is an identity scale) and values across (x is the bar scale).
    const bars: Bar[] = [];
    const grid: Rule[] = [];
    const zero: Rule[] = [];
    const out: string[] = [];
    let y = 0;

    const dateOf = (item: Item) => formatDate(fig(item.id).as_of, locale, 'short');
    /** Whether the date fits after the label's last line. */
    const dateInline = (item: Item, lastLine: string, maxW: number) => textWidth(`${lastLine} · ${dateOf(item)}`, FS_LABEL) <= maxW;

    /** A group heading in capitals, wrapped at the chart's width (a long name, e.g. in Ukrainian, takes two lines). */
    const heading = (text: string) => {
      const spacing = FS_SMALL * 0.04;
      const lines: string[] = [];
      for (const word of text.toLocaleUpperCase(locale).split(' ')) {
        const last = lines[lines.length - 1];
        if (last !== undefined && textWidth(`${last} ${word}`, FS_SMALL, 700, spacing) <= width - 2) lines[lines.length - 1] = `${last} ${word}`;
        else lines.push(word);
      }
      lines.forEach((l, i) => {
        y += i === 0 ? 14 : LINE;
        out.push(`<text x="1" y="${y}" font-size="${FS_SMALL}" font-weight="700" letter-spacing="0.04em" fill="${color('muted')}">${esc(l)}</text>`);
      });
      y += 10;
    };

    /**
     * Label lines (label, then date, then caveat), from `top`; returns the block's height. `dateElsewhere`: the date
     * is not set on a line of its own when it does not fit after the label (the narrow layout puts it on the bar's row).
     */
    const labelBlock = (item: Item, top: number, maxW: number, dateElsewhere = false): number => {
      const f = fig(item.id);
      const date = formatDate(f.as_of, locale, 'short');
      const lines = wrapText(ct(item.label, {}, locale), maxW, FS_LABEL);
      let ly = top + 12;
      lines.forEach((l, i) => {
        const last = i === lines.length - 1;
        const inline = last && dateInline(item, l, maxW);
        out.push(
          `<text x="0" y="${ly}" font-size="${FS_LABEL}" fill="${color('text')}">${esc(l)}${inline ? `<tspan fill="${color('muted')}" font-size="${FS_SMALL}">&#160;· ${esc(date)}</tspan>` : ''}</text>`,
        );
        if (last && !inline && !dateElsewhere) {
          ly += LINE;
          out.push(`<text x="0" y="${ly}" font-size="${FS_SMALL}" fill="${color('muted')}">${esc(date)}</text>`);
        }
        ly += LINE;
      });
      for (const c of item.caveat ? wrapText(ct(item.caveat, {}, locale), maxW, FS_SMALL) : []) {
        out.push(`<text x="0" y="${ly}" font-size="${FS_SMALL}" font-style="italic" fill="${color('muted')}">${esc(c)}</text>`);
        ly += LINE - 1;
      }
      return ly - 12 - top;
    };

    for (const [gi, g] of GROUPS.entries()) {
      if (gi > 0) y += 10;
      heading(ct(g.heading, {}, locale));
      for (const item of g.items) {
        const f = fig(item.id);
        const v = single(f);
        const top = y;
        const bw = Math.max(1.5, x(v) - x0);
        const inside = fitsInside(item.id, plotW);
        // Narrow: a date that does not fit after the label goes on the bar's row, after the bar and its value, when
        // there is room (one row fewer per bar, so the chart fits a phone screen and a 1,000 px embed frame).
        const afterBar = r1(x0 + bw + 5 + (inside ? 0 : vw(item.id) + 6));
        const lastLine = wrapText(ct(item.label, {}, locale), width, FS_LABEL).at(-1)!;
        const dateOnBar = !wide && !dateInline(item, lastLine, width) && afterBar + textWidth(dateOf(item), FS_SMALL) <= width;
        const blockH = labelBlock(item, top, wide ? labelW : width, dateOnBar);
        const barY = wide ? top + 1 : top + blockH + 2;
        bars.push({ f, x2: Math.max(v, px(x0 + 1.5)), y1: barY, y2: barY + H_BAR, tip: tip(f, locale) });
        const ty = r1(barY + H_BAR / 2 + 4.5);
        out.push(
          inside
            ? `<text x="${r1(x0 + bw - 6)}" y="${ty}" text-anchor="end" font-size="${FS_LABEL}" font-weight="700" fill="${color(f.method === 'case-count' ? 'bg' : 'text')}">${esc(valueText(item.id))}</text>`
            : `<text x="${r1(x0 + bw + 5)}" y="${ty}" font-size="${FS_LABEL}" font-weight="700" fill="${color('text')}">${esc(valueText(item.id))}</text>`,
        );
        if (dateOnBar) out.push(`<text x="${afterBar}" y="${ty}" font-size="${FS_SMALL}" fill="${color('muted')}">${esc(dateOf(item))}</text>`);
        // Narrow: grid ticks within the bar's band only, so they never run through the labels above the bars.
        if (!wide) for (const tk of ticks) if (tk > 0) grid.push({ x: tk, y1: barY - 3, y2: barY + H_BAR + 3 });
        zero.push({ x: 0, y1: barY - 3, y2: barY + H_BAR + 3 });
        y = Math.max(wide ? top + blockH : barY + H_BAR, barY + H_BAR) + (wide ? 14 : 11);
      }
    }

    // The shared axis, under the scaled bars; wide, the grid runs from the first bar to the axis (labels sit left of it).
    const axisY = y - 4;
    if (wide) for (const tk of ticks) if (tk > 0) grid.push({ x: tk, y1: zero[0]!.y1, y2: axisY });
    y = axisY + 24;

    // Russia's figure, off the scale: the bar reaches the end of the axis, breaks, and runs on to the edge.
    y += 12;
    out.push(`<path d="M0 ${y}H${width}" stroke="${color('grid')}"/>`);
    y += 6;
    heading(ct(OFF_SCALE.heading, {}, locale));
    const ru = fig(OFF_SCALE.id);
    const ruTop = y;
    // Narrow: a date that does not fit after the label goes after the figure written out below the bar.
    const ruLast = wrapText(ct(OFF_SCALE.label, {}, locale), width, FS_LABEL).at(-1)!;
    const ruDateByValue = !wide && !dateInline(OFF_SCALE, ruLast, width) && textWidth(phrase(ru, locale), 16, true) + 8 + textWidth(dateOf(OFF_SCALE), FS_SMALL) <= width;
    const ruBlock = labelBlock(OFF_SCALE, ruTop, wide ? labelW : width, ruDateByValue);
    const barY = wide ? ruTop + 1 : ruTop + ruBlock + 2;
    const xb = x0 + plotW; // the break sits where the scale ends
    const gap = 5;
    const xEnd = width - 1;
    const ruBars = [
      { x1: 0, x2: px(xb - gap) },
      { x1: px(xb + gap), x2: px(xEnd) },
    ];
    zero.push({ x: 0, y1: barY - 3, y2: barY + H_BAR + 3 });
    // The break symbol: two slanted strokes across the gap.
    out.push(
      `<path class="break" d="M${r1(xb - gap - 3)} ${r1(barY + H_BAR + 4)}L${r1(xb - gap + 3)} ${r1(barY - 4)}M${r1(xb + gap - 3)} ${r1(barY + H_BAR + 4)}L${r1(xb + gap + 3)} ${r1(barY - 4)}" stroke="${color('text')}" stroke-width="1.5" fill="none"/>`,
    );
    let ny = Math.max(wide ? ruTop + ruBlock : barY + H_BAR, barY + H_BAR) + 22;
    const noteX = wide ? x0 : 0;
    const noteW = width - noteX;
    const times = Math.round(single(ru) / single(fig(BASE)));
    out.push(
      `<text x="${noteX}" y="${ny}" font-size="16" font-weight="700" fill="${color('text')}">${esc(phrase(ru, locale))}` +
        `${ruDateByValue ? `<tspan font-size="${FS_SMALL}" font-weight="400" fill="${color('muted')}">&#160;· ${esc(dateOf(OFF_SCALE))}</tspan>` : ''}</text>`,
    );
    ny += 18;
    const notes = [
      { text: ct('scale.offScale.times', { times }, locale), fill: 'muted' as const },
      // On a phone the subtitle, a screen up, has just said what Russia's figure counts: not said twice.
      ...(wide ? [{ text: ct('scale.offScale.what', {}, locale), fill: 'text' as const }] : []),
    ];
    for (const n of notes) {
      for (const l of wrapText(n.text, noteW, FS_SMALL)) {
        out.push(`<text x="${noteX}" y="${ny}" font-size="${FS_SMALL}" fill="${color(n.fill)}">${esc(l)}</text>`);
        ny += LINE - 1;
      }
      ny += 2;
    }
    const height = Math.ceil(ny);

    // Plot draws the scale: grid, bars (one mark per method, its paint from method-mark.ts), zero lines, the axis
    // with its ticks and labels, and Russia's two bar pieces (one group, one tooltip).
    const ruPaint = methodArea(ru.method, prefix);
    const methods = METHOD_ORDER.filter((m) => bars.some((b) => b.f.method === m));
    const marks: Plot.Markish[] = [
      Plot.ruleX(grid, { x: 'x', y1: 'y1', y2: 'y2', stroke: color('grid') }),
      ...methods.map((m) => Plot.rect(bars.filter((b) => b.f.method === m), { x1: 0, x2: 'x2', y1: 'y1', y2: 'y2', ...methodArea(m, prefix), className: `ds-${m}` })),
      Plot.rect(ruBars, { x1: 'x1', x2: 'x2', y1: barY, y2: barY + H_BAR, ...ruPaint, className: 'ds-ru' }),
      Plot.ruleX(zero, { x: 'x', y1: 'y1', y2: 'y2', stroke: color('axis') }),
      Plot.ruleY([axisY], { x1: 0, x2: x.domain()[1]!, stroke: color('axis') }),
      Plot.ruleX(ticks, { x: (t: number) => t, y1: axisY, y2: axisY + 4, stroke: color('axis') }),
      ...(['start', 'middle'] as const).map((anchor) =>
        Plot.text(
          ticks.filter((t) => (x(t) < 8) === (anchor === 'start')),
          { x: (t: number) => t, y: axisY + 17, text: (t: number) => (t === 0 ? '0' : formatCompact(t, locale)), textAnchor: anchor, lineAnchor: 'bottom', fontSize: FS_SMALL, fill: color('muted') },
        ),
      ),
    ];
    const scale = plotMarks(
      { width, height, margin: 0, x: { type: 'linear', domain: x.domain(), range: x.range(), axis: null }, y: { type: 'identity', axis: null }, marks },
      (svg) => {
        for (const m of methods) tagEach(svg, `ds-${m}`, 'rect', bars.filter((b) => b.f.method === m).map((b) => b.tip), 'data-tip');
        svg.querySelector('g.ds-ru')!.setAttribute('data-tip', ct('scale.tip.notToScale', { tip: tip(ru, locale) }, locale));
      },
    );

    return svgOpen(width, height) + methodDefs(prefix) + scale + out.join('') + `</svg>`;
  },

  table(ds, locale): ChartTable {
    // Every figure the chart prints: the bars, then the figures its notes cite.
    const rows = ALL_IDS.map((id) => figureRow(figure(ds, id), 'deportation-scale', locale));
    return {
      columns: [
        { key: 'measure', label: ct('col.measure', {}, locale) },
        { key: 'children', label: ct('col.children', {}, locale), numeric: true },
        { key: 'stated', label: ct('col.stated', {}, locale), restates: 'children' },
        { key: 'as_of', label: ct('col.asOf', {}, locale), date: true },
        { key: 'provenance', label: ct('col.provenance', {}, locale) },
        { key: 'claimant', label: ct('col.claimant', {}, locale), names: true },
      ],
      rows,
    };
  },
};
