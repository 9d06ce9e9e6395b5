/**
 * returned-share: a unit chart, one square per 100 children on Ukraine's case
 * count of deported children, with the squares for children returned marked.
 * The point is the proportion, so it is said in words too. Copy:
 * src/i18n/charts.*.ts ("returned-share.*").
 */
import type { ChartDefinition } from './types.ts';
import type { Locale } from '../i18n/index.ts';
import { figure } from '../data/query.ts';
import { formatDate } from '../i18n/format.ts';
import { ct } from '../i18n/charts.ts';
import { color } from './palette.ts';
import { valueOf } from './util.ts';
import { esc } from './dom.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { svgOpen, isNarrow } from './svg.ts';

const PER = 100;
/** Small counts read better as words in an English headline ("one in ten"); other locales print the digits. */
function inWords(n: number, locale: Locale): string {
  const words = ct('returned-share.numberWords', {}, locale).split(' ').filter(Boolean);
  return words[n] ?? String(n);
}

function counts(ds: Parameters<ChartDefinition['render']>[0]) {
  const deported = valueOf(ds, 'deported-verified');
  const returned = valueOf(ds, 'returned-verified');
  const total = Math.ceil(deported / PER);
  const back = Math.round(returned / PER);
  return { deported, returned, total, back, oneIn: Math.round(deported / returned) };
}

/** The sequence's states, in order (the chart's `states`). */
const STATE_KEYS = ['deported', 'floor', 'returned', 'overcount', 'missing'] as const;
/** Between the baselines of the legend's rows, and of a wrapped annotation's lines. */
const LEGEND_ROW = 20;
const NOTE_LINE = 17;

/** The annotation a state of the sequence writes under the legend. */
function stepNote(ds: Parameters<ChartDefinition['render']>[0], state: string, locale: Locale): string {
  const { deported, returned, oneIn } = counts(ds);
  switch (state) {
    case 'deported':
      return ct('returned-share.step.deported', { deported }, locale);
    case 'floor':
      return ct('returned-share.step.floor', {}, locale);
    case 'returned':
      return ct('returned-share.step.returned', { returned, words: inWords(oneIn, locale), n: oneIn }, locale);
    case 'overcount':
      return ct('returned-share.step.overcount', {}, locale);
    case 'missing':
      return ct('returned-share.step.missing', { still: deported - returned }, locale);
    default:
      return '';
  }
}

interface LegendItem {
  text: string;
  /** The swatch's left edge; the text starts 18 px (the unit's, 16 px) right of it. */
  x: number;
  row: number;
  /** Swatch and text. */
  w: number;
}

/**
 * The legend, laid out with the labels' measured widths (text.ts): "returned" at the left, "not returned" after it
 * (at least where the English layout put it), the unit ("□ = 100 children") at the right edge. An entry that does not
 * fit beside the one before it starts a new row, so no label runs into another or past the drawing.
 */
function legendLayout(width: number, locale: Locale): { items: [LegendItem, LegendItem, LegendItem]; rows: number } {
  const GAP = 16;
  const returned = ct('returned-share.legend.returned', {}, locale);
  const missing = ct('returned-share.legend.missing', {}, locale);
  const unit = ct('returned-share.legend.unit', { per: PER }, locale);
  const a: LegendItem = { text: returned, x: 0, row: 0, w: 18 + textWidth(returned, 13) };
  const b: LegendItem = { text: missing, x: Math.max(isNarrow(width) ? 100 : 110, a.w + GAP), row: 0, w: 18 + textWidth(missing, 13) };
  if (b.x + b.w > width) Object.assign(b, { x: 0, row: 1 });
  const c: LegendItem = { text: unit, x: 0, row: b.row, w: 16 + textWidth(unit, 13) };
  c.x = width - c.w;
  if (c.x < b.x + b.w + GAP) Object.assign(c, { row: b.row + 1, x: 0 });
  return { items: [a, b, c], rows: c.row + 1 };
}

export const returnedShare: ChartDefinition = {
  id: 'returned-share',
  chapter: 'negotiations',
  requires: { figures: ['deported-verified', 'returned-verified'] },
  // One state per step of the sequence in the negotiations chapter; each changes what the grid shows.
  states: {
    deported: 'returned-share.state.deported',
    floor: 'returned-share.state.floor',
    returned: 'returned-share.state.returned',
    overcount: 'returned-share.state.overcount',
    missing: 'returned-share.state.missing',
  },

  describe(ds, locale) {
    const { deported, returned, oneIn, total, back } = counts(ds);
    const dep = figure(ds, 'deported-verified');
    const ret = figure(ds, 'returned-verified');
    const words = inWords(oneIn, locale);
    // The returns total also counts children who were never counted as deported, so the share is an upper bound.
    const title = returned / deported < 0.1 ? ct('returned-share.title.fewer', {}, locale) : ct('returned-share.title.oneIn', { words, n: oneIn }, locale);
    return {
      title,
      subtitle: ct('returned-share.subtitle', { returned, deported }, locale),
      alt: ct(
        'returned-share.alt',
        { squares: total, per: PER, deported, deportedAsOf: formatDate(dep.as_of, locale), back, returned, returnedAsOf: formatDate(ret.as_of, locale), words, n: oneIn },
        locale,
      ),
      notes: [
        ct('returned-share.note.returned', { returned, asOf: formatDate(ret.as_of, locale), claimant: ret.claimant }, locale),
        ct('returned-share.note.deported', { deported, asOf: formatDate(dep.as_of, locale), claimant: dep.claimant }, locale),
      ],
      sources: [...new Set([...dep.sources, ...ret.sources])],
      methods: ['case-count'],
    };
  },

  render(ds, { width, locale, state }) {
    const { deported, returned, total } = counts(ds);
    // The first two states of the sequence draw every square as not (yet) returned.
    const back = state === 'deported' || state === 'floor' ? 0 : counts(ds).back;
    const cols = isNarrow(width) ? 14 : 28;
    const gap = 2;
    const size = Math.floor((width - gap * (cols - 1)) / cols);
    const rows = Math.ceil(total / cols);
    const gridH = rows * (size + gap) - gap;
    const labelY = gridH + 22;
    const legend = legendLayout(width, locale);
    const legendEnd = labelY + (legend.rows - 1) * LEGEND_ROW;
    // A state of the sequence adds its annotation under the legend, wrapped to the width; every state keeps the same
    // height (that of the longest annotation), so the drawing does not jump as the reader scrolls.
    const noteY = legendEnd + 24;
    const noteLines = (k: string) => wrapText(k, width, 13, 700);
    const height = state ? noteY + (Math.max(...STATE_KEYS.map((k) => noteLines(stepNote(ds, k, locale)).length)) - 1) * NOTE_LINE + 10 : legendEnd + 22;
    const cells: string[] = [];
    const home: string[] = [];
    for (let i = 0; i < total; i++) {
      const x = (i % cols) * (size + gap);
      const y = Math.floor(i / cols) * (size + gap);
      // The last square stands for the remainder, drawn in proportion so the grid does not overstate the count.
      const isLast = i === total - 1 && deported % PER !== 0;
      const w = isLast ? Math.max(2, Math.round((size * (deported % PER)) / PER)) : size;
      if (i < back) {
        home.push(
          `<rect x="${x + 1}" y="${y + 1}" width="${size - 2}" height="${size - 2}"/>` +
            `<path d="M${x + size * 0.25} ${y + size * 0.52} l${size * 0.17} ${size * 0.17} l${size * 0.33} ${size * 0.36 * -1}" fill="none"/>`,
        );
      } else cells.push(`<rect x="${x}" y="${y}" width="${w}" height="${size}"/>`);
    }
    const still = deported - returned;
    const note = state
      ? noteLines(stepNote(ds, state, locale))
          .map((l, i) => `<text x="0" y="${noteY + i * NOTE_LINE}" font-size="13" font-weight="700" fill="${color('text')}">${esc(l)}</text>`)
          .join('')
      : '';
    const [lr, lm, lu] = legend.items;
    // "floor": a dashed frame round the grid, open at the bottom, as a floor under a larger unknown total.
    const frame =
      state === 'floor'
        ? `<path d="M-3 ${gridH + 3} V-3 H${cols * (size + gap) - gap + 3} V${gridH + 3}" fill="none" stroke="${color('text')}" stroke-width="1.5" stroke-dasharray="5 3"/>`
        : '';
    const homeStyle = state === 'overcount' ? ' stroke-dasharray="3 2"' : '';
    const dimHome = state === 'missing' ? ' opacity="0.35"' : '';
    return (
      svgOpen(width, height) +
      (back > 0 ? `<g fill="${color('bg')}" stroke="${color('returned')}" stroke-width="2"${homeStyle}${dimHome} data-tip="${esc(ct('returned-share.tip.returned', { returned, n: back }, locale))}">${home.join('')}</g>` : '') +
      // The fill is set once on the group: the grid is drawn up to six times on a page with a scrolling sequence.
      `<g fill="${color('verified')}" data-tip="${esc(ct('returned-share.tip.missing', { still, deported }, locale))}">${cells.join('')}</g>` +
      `<g font-size="13"><rect x="${r1(lr.x)}" y="${labelY + lr.row * LEGEND_ROW - 11}" width="12" height="12" fill="${color('bg')}" stroke="${color('returned')}" stroke-width="2"/>` +
      `<text x="${r1(lr.x + 18)}" y="${labelY + lr.row * LEGEND_ROW}" fill="${color('text')}">${esc(lr.text)}</text>` +
      `<rect x="${r1(lm.x)}" y="${labelY + lm.row * LEGEND_ROW - 11}" width="12" height="12" fill="${color('verified')}"/>` +
      `<text x="${r1(lm.x + 18)}" y="${labelY + lm.row * LEGEND_ROW}" fill="${color('text')}">${esc(lm.text)}</text>` +
      // The unit: a square drawn like the grid's (an outlined swatch, not a "□" character the served fonts lack) and "= 100 children".
      `<rect x="${r1(lu.x)}" y="${labelY + lu.row * LEGEND_ROW - 10}" width="10" height="10" fill="none" stroke="${color('muted')}"/>` +
      `<text x="${r1(lu.x + lu.w)}" y="${labelY + lu.row * LEGEND_ROW}" text-anchor="end" fill="${color('muted')}">${esc(lu.text)}</text></g>` +
      frame +
      note +
      `</svg>`
    );
  },

  table(ds, locale) {
    const { deported, returned } = counts(ds);
    const dep = figure(ds, 'deported-verified');
    const ret = figure(ds, 'returned-verified');
    return {
      columns: [
        { key: 'measure', label: ct('col.measure', {}, locale) },
        { key: 'children', label: ct('col.children', {}, locale), numeric: true },
        { key: 'as_of', label: ct('col.asOf', {}, locale), date: true },
        { key: 'claimant', label: ct('col.claimant', {}, locale), names: true },
      ],
      rows: [
        { measure: ct('returned-share.row.deported', {}, locale), children: deported, as_of: dep.as_of, claimant: dep.claimant },
        { measure: ct('returned-share.row.returned', {}, locale), children: returned, as_of: ret.as_of, claimant: ret.claimant },
        { measure: ct('returned-share.row.missing', {}, locale), children: deported - returned, as_of: ret.as_of, claimant: ct('returned-share.row.calculated', {}, locale) },
      ],
    };
  },
};
