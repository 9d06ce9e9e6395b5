/**
 * adoption-pipeline: the steps from deportation to adoption, each with the
 * one documented figure for it, who gave it and when. The figures come from
 * different sources, places and dates, so this is deliberately NOT a funnel:
 * separate numbered cards, no shared scale, no connected widths, and a note
 * above them saying so. Each card's left edge carries the figure's method
 * mark (method-mark.ts). Copy: src/i18n/charts.*.ts ("pipe.*").
 */
import type { Dataset, Figure } from '../data/schema.ts';
import { figure } from '../data/query.ts';
import { formatDate, formatNumber, formatQualified } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import type { ChartDefinition, ChartTable } from './types.ts';
import { ct, type ChartKey } from '../i18n/charts.ts';
import { color, FONT_SANS } from './palette.ts';
import { methodAttrs, methodDefs } from './method-mark.ts';
import { keep, phrase, shortClaimant } from './util.ts';
import { esc } from './dom.ts';
import { figureRow } from './figure-row.ts';
import { r1, textWidth, wrapAfter, wrapText } from './text.ts';
import { METHOD_ORDER, methodTitle, provenanceInline, provenanceLabel } from '../i18n/provenance.ts';

interface Step {
  id: string;
  /** The step's name, one or two words. */
  step: ChartKey;
  /** What the figure counts, short. */
  label: ChartKey;
  /** A short "who", where the claimant's first words are not enough. */
  who?: ChartKey;
  /** What the count covers (place, period, group), from the figure's data. */
  scope: (ds: Dataset, locale: Locale) => string;
}

const STEPS: Step[] = [
  { id: 'deported-verified', step: 'pipe.step.taken', label: 'pipe.label.taken', scope: (_ds, l) => ct('pipe.scope.taken', {}, l) },
  {
    id: 'rostov-guardianship',
    step: 'pipe.step.guardianship',
    label: 'pipe.label.guardianship',
    who: 'pipe.who.guardianship',
    scope: (_ds, l) => ct('pipe.scope.guardianship', {}, l),
  },
  { id: 'rostov-foster-care-534', step: 'pipe.step.foster', label: 'pipe.label.foster', scope: (_ds, l) => ct('pipe.scope.foster', {}, l) },
  {
    id: 'yale-adoption-database',
    step: 'pipe.step.listed',
    label: 'pipe.label.listed',
    who: 'pipe.who.yale',
    scope: (ds, l) => ct('pipe.scope.listed', { listed: phrase(figure(ds, 'yale-database-listed-148'), l), placed: phrase(figure(ds, 'yale-placed-42'), l) }, l),
  },
  {
    id: 'yale-naturalized',
    step: 'pipe.step.citizenship',
    label: 'pipe.label.citizenship',
    who: 'pipe.who.yale',
    scope: (ds, l) => ct('pipe.scope.citizenship', { identified: phrase(figure(ds, 'yale-adoption-database'), l) }, l),
  },
  { id: 'adopted-ukraine-count', step: 'pipe.step.adoption', label: 'pipe.label.adoption', who: 'pipe.who.adoption', scope: (_ds, l) => ct('pipe.scope.adoption', {}, l) },
];

const DETAIL_IDS = ['yale-database-listed-148', 'yale-placed-42'];
/**
 * Figures the adoption note cites beside Ukraine's count: Lubinets's 400 as Meduza reports it, Lvova-Belova's 380.
 * Not required: releases before they were recorded (pinned embeds) print the note without them.
 */
const NOTE_IDS = ['adopted-lubinets-400-meduza', 'russia-placed-380'];
const noteFigures = (ds: Dataset) => (NOTE_IDS.every((id) => ds.figures.some((f) => f.id === id)) ? NOTE_IDS.map((id) => figure(ds, id)) : []);
const STEP_IDS = STEPS.map((s) => s.id);

function single(f: Figure): number {
  if ('low' in f) throw new Error(`figure "${f.id}" is a range; adoption-pipeline needs single values`);
  return f.value;
}

const whoOf = (s: Step, f: Figure, locale: Locale) => (s.who ? ct(s.who, {}, locale) : shortClaimant(f.claimant));

function tip(i: number, s: Step, f: Figure, locale: Locale): string {
  return ct(
    'pipe.tip',
    { n: i + 1, step: ct(s.step, {}, locale).toLocaleLowerCase(locale), label: f.label, value: phrase(f, locale), date: formatDate(f.as_of, locale), provenance: provenanceLabel(f, locale), claimant: f.claimant },
    locale,
  );
}

const FS = 12;
const FS_LABEL = 13;
const FS_VALUE = 26;
const LINE = 15;
const STRIP = 10;
const PAD = 11;
/** Below this width the compact phone list is drawn (embed.css's phone rules start at the same width). */
const NARROW = 480;
/** The compact list's method strip (under the step's number) and the gap after it. */
const N_STRIP = 6;
const N_TEXT_X = 14;
const N_VALUE = 24;

/**
 * The phone drawing: a numbered list, not cards. On a phone the six cards and the arrows between them ran to 980 px,
 * past the 1,000 px a WordPress embed frame allows once the title and credit are added. Each step is one block: its
 * count, as big as on the cards, with what was counted set after it on the same line (the step's name said the same
 * in one word, so it goes), then what the count covers and who counted it when, as one paragraph across the column.
 * A hairline, not an arrow, separates the steps (an arrow read as a flow of the same children, which the counts are
 * not). The step's number and, under it, the method's strip sit in the left margin: the legend names the method and
 * the tooltip and table spell it out, so the words are not repeated. The long caveat becomes one short line; the
 * subtitle and the notes say the rest.
 */
function renderNarrow(ds: Dataset, width: number, locale: Locale): string {
  const prefix = `adoption-pipeline-${width}`;
  const textW = width - N_TEXT_X;
  const out: string[] = [];
  let y = 0;
  const caveat = wrapText(ct('pipe.caveat.short', {}, locale), width, FS_LABEL, 600);
  for (const l of caveat) {
    y += 17;
    out.push(`<text x="0" y="${y - 3}" font-size="${FS_LABEL}" font-weight="600" fill="${color('text')}">${esc(l)}</text>`);
  }
  y += 4;
  STEPS.forEach((s, i) => {
    const f = figure(ds, s.id);
    const v = single(f);
    const top = y;
    out.push(`<line x1="0" x2="${width}" y1="${r1(y + 0.5)}" y2="${r1(y + 0.5)}" stroke="${color('grid')}"/>`);
    const parts: string[] = [];
    // The count first, as big as on the cards, and what it counts set after it on the same line.
    const number = formatNumber(v, locale);
    const pre = formatQualified(v, f.qualifier, locale).replace(number, '').trim();
    const preW = pre ? textWidth(`${pre} `, FS_LABEL) : 0;
    const numW = preW + textWidth(number, N_VALUE, 700);
    let cy = y + 27;
    parts.push(
      `<text x="${N_TEXT_X}" y="${cy}" font-weight="700" fill="${color('text')}">` +
        (pre ? `<tspan font-size="${FS_LABEL}" font-weight="400">${esc(pre)}&#160;</tspan>` : '') +
        `<tspan font-size="${N_VALUE}">${esc(number)}</tspan></text>`,
    );
    const label = wrapAfter(ct(s.label, {}, locale), textW - numW - 8, textW, FS_LABEL);
    label.forEach((l, k) => {
      if (k > 0) cy += 17;
      if (l) parts.push(`<text x="${r1(N_TEXT_X + (k ? 0 : numW + 8))}" y="${cy}" font-size="${FS_LABEL}" fill="${color('text')}">${esc(l)}</text>`);
    });
    // A line straight under the big count keeps clear of it.
    if (label.length === 1) cy += 3;
    // What the count covers (in italics), then who counted it and when, as one paragraph: no half-empty line between.
    const scope = s.scope(ds, locale);
    const meta = `${whoOf(s, f, locale)}\u00a0· ${keep(formatDate(f.as_of, locale, 'short'))}`;
    let italicLeft = scope.length; // the characters of `scope` still to set in italics
    for (const l of wrapText(`${scope} ${meta}`, textW, FS)) {
      cy += LINE;
      const italic = l.slice(0, Math.max(0, italicLeft));
      // The space before the attribution, where it falls inside a line, as a no-break space: SVG drops a space at a tspan's edge.
      const upright = l.slice(italic.length).replace(/^ /, '\u00a0');
      italicLeft -= l.length + 1;
      parts.push(
        `<text x="${N_TEXT_X}" y="${cy}" font-size="${FS}" fill="${color('muted')}">` +
          (italic ? `<tspan font-style="italic">${esc(italic)}</tspan>` : '') +
          (upright ? esc(upright) : '') +
          `</text>`,
      );
    }
    cy += 1;
    y = cy + 8;
    // The step's number heads the method strip, on the count's line.
    out.push(
      `<g data-tip="${esc(tip(i, s, f, locale))}">` +
        `<text x="0" y="${top + 27}" font-size="${FS}" font-weight="700" fill="${color('muted')}">${i + 1}</text>` +
        `<rect class="status" x="0" y="${r1(top + 33)}" width="${N_STRIP}" height="${r1(y - top - 37)}" ${methodAttrs(f.method, prefix)}/>` +
        parts.join('') +
        `</g>`,
    );
  });
  const height = Math.ceil(y);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(FONT_SANS)}" font-size="12" aria-hidden="true">` +
    methodDefs(prefix) +
    out.join('') +
    `</svg>`
  );
}

export const adoptionPipeline: ChartDefinition = {
  id: 'adoption-pipeline',
  chapter: 'adoption-pipeline',
  requires: { figures: [...STEP_IDS, ...DETAIL_IDS] },

  describe(ds, locale) {
    const figs = STEP_IDS.map((id) => figure(ds, id));
    const f = (id: string) => figure(ds, id);
    const p = (id: string) => phrase(f(id), locale);
    const [lubinets, russia] = noteFigures(ds);
    return {
      title: ct('pipe.title', {}, locale),
      subtitle: ct('pipe.subtitle', { guardianship: p('rostov-guardianship'), adopted: p('adopted-ukraine-count') }, locale),
      alt: ct(
        'pipe.alt',
        {
          steps: STEPS.map((s, i) => {
            const fig = figs[i]!;
            return ct(
              'pipe.alt.step',
              { n: i + 1, step: ct(s.step, {}, locale), value: phrase(fig, locale), who: whoOf(s, fig, locale), date: formatDate(fig.as_of, locale), provenance: provenanceInline(fig, locale) },
              locale,
            );
          }).join(ct('pipe.alt.sep', {}, locale)),
        },
        locale,
      ),
      notes: [
        ct('pipe.caveat', {}, locale),
        ct('pipe.note.rostov', { guardianship: p('rostov-guardianship'), foster: p('rostov-foster-care-534') }, locale),
        ct('pipe.note.yale', { asOf: formatDate(f('yale-adoption-database').as_of, locale), identified: p('yale-adoption-database'), naturalized: p('yale-naturalized') }, locale),
        lubinets && russia
          ? ct(
              'pipe.note.adoption',
              {
                adopted: p('adopted-ukraine-count'),
                asOf: formatDate(f('adopted-ukraine-count').as_of, locale),
                lubinetsName: shortClaimant(lubinets.claimant),
                lubinetsDate: formatDate(lubinets.as_of.slice(0, 7), locale),
                lubinets: phrase(lubinets, locale),
                russiaName: shortClaimant(russia.claimant),
                russiaDate: formatDate(russia.as_of.slice(0, 7), locale),
                russia: phrase(russia, locale),
              },
              locale,
            )
          : ct('pipe.note.adoptionOnly', { adopted: p('adopted-ukraine-count'), asOf: formatDate(f('adopted-ukraine-count').as_of, locale) }, locale),
      ],
      sources: [...new Set([...figs, ...DETAIL_IDS.map(f), ...noteFigures(ds)].flatMap((x) => x.sources))],
      methods: METHOD_ORDER.filter((s) => figs.some((x) => x.method === s)),
    };
  },

  render(ds, { width, locale }) {
    if (width < NARROW) return renderNarrow(ds, width, locale);
    const wide = width >= NARROW;
    const prefix = `adoption-pipeline-${width}`;
    const cols = wide ? 2 : 1;
    const gapX = 16;
    const cardW = (width - gapX * (cols - 1)) / cols;
    const textX = STRIP + PAD;
    const textW = cardW - textX - PAD;

    const out: string[] = [];
    // The caveat, above the cards, where it cannot be missed.
    let y = 0;
    const caveat = wrapText(ct('pipe.caveat', {}, locale), width - 14, FS_LABEL, true);
    out.push(`<rect x="0" y="0" width="4" height="${caveat.length * 17 + 4}" fill="${color('axis')}"/>`);
    for (const l of caveat) {
      y += 17;
      out.push(`<text x="14" y="${y - 2}" font-size="${FS_LABEL}" font-weight="600" fill="${color('text')}">${esc(l)}</text>`);
    }
    y += 20;

    // Lay each card out first, so cards in a row can share a height.
    const cards = STEPS.map((s, i) => {
      const f = figure(ds, s.id);
      const v = single(f);
      const parts: string[] = [];
      let cy = PAD + 12;
      parts.push(
        `<text x="${textX}" y="${cy}" font-size="${FS}" font-weight="700" letter-spacing="0.04em" fill="${color('muted')}">${esc(ct('pipe.cardHead', { n: i + 1, step: ct(s.step, {}, locale).toLocaleUpperCase(locale) }, locale))}</text>`,
      );
      const number = formatNumber(v, locale);
      const pre = formatQualified(v, f.qualifier, locale).replace(number, '').trim();
      // Wide: the number on its own line under the step's name; narrow: on the same line, right-aligned, to save height.
      if (wide) cy += 28;
      parts.push(
        `<text x="${wide ? textX : r1(cardW - PAD)}" y="${wide ? cy : cy + 2}"${wide ? '' : ' text-anchor="end"'} font-weight="700" fill="${color('text')}">` +
          (pre ? `<tspan font-size="${FS_LABEL}" font-weight="400">${esc(pre)}&#160;</tspan>` : '') +
          `<tspan font-size="${FS_VALUE}">${esc(number)}</tspan></text>`,
      );
      cy += wide ? 6 : 8;
      for (const l of wrapText(ct(s.label, {}, locale), textW, FS_LABEL)) {
        cy += 17;
        parts.push(`<text x="${textX}" y="${cy}" font-size="${FS_LABEL}" fill="${color('text')}">${esc(l)}</text>`);
      }
      cy += 2;
      // Separators stay with the word before them, so a wrapped line never starts with "·".
      const meta = `${methodTitle(f.method, locale)}\u00a0· ${whoOf(s, f, locale)}\u00a0· ${keep(formatDate(f.as_of, locale, 'short'))}`;
      for (const l of wrapText(meta, textW, FS)) {
        cy += LINE;
        parts.push(`<text x="${textX}" y="${cy}" font-size="${FS}" fill="${color('muted')}">${esc(l)}</text>`);
      }
      cy += 3;
      for (const l of wrapText(s.scope(ds, locale), textW, FS)) {
        cy += LINE;
        parts.push(`<text x="${textX}" y="${cy}" font-size="${FS}" font-style="italic" fill="${color('muted')}">${esc(l)}</text>`);
      }
      return { f, s, i, parts, h: cy + PAD };
    });

    const arrowGap = wide ? 14 : 22;
    for (let r = 0; r < Math.ceil(cards.length / cols); r++) {
      const row = cards.slice(r * cols, r * cols + cols);
      const h = Math.max(...row.map((c) => c.h));
      row.forEach((c, k) => {
        const cx = k * (cardW + gapX);
        out.push(
          `<g transform="translate(${r1(cx)} ${r1(y)})" data-tip="${esc(tip(c.i, c.s, c.f, locale))}">` +
            `<rect x="0.5" y="0.5" width="${r1(cardW - 1)}" height="${h - 1}" fill="${color('bg')}" stroke="${color('grid')}"/>` +
            `<rect class="status" x="0" y="0" width="${STRIP}" height="${h}" ${methodAttrs(c.f.method, prefix)}/>` +
            c.parts.join('') +
            `</g>`,
        );
      });
      y += h;
      if (r < Math.ceil(cards.length / cols) - 1) {
        if (!wide) {
          // "then": a small arrow between steps; it carries order only, not a flow of the same children.
          const ax = STRIP + PAD + 6;
          out.push(`<path d="M${ax} ${y + 4}v${arrowGap - 9}m-4 -4l4 4l4 -4" fill="none" stroke="${color('muted')}" stroke-width="1.5"/>`);
        }
        y += arrowGap;
      }
    }
    const height = Math.ceil(y + 1);

    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(FONT_SANS)}" font-size="12" aria-hidden="true">` +
      methodDefs(prefix) +
      out.join('') +
      `</svg>`
    );
  },

  table(ds, locale): ChartTable {
    const row = (id: string, step: string) => ({ step, ...figureRow(figure(ds, id), 'adoption-pipeline', locale) });
    return {
      columns: [
        { key: 'step', label: ct('col.step', {}, locale) },
        { key: 'measure', label: ct('col.counted', {}, locale) },
        { key: 'children', label: ct('col.children', {}, locale), numeric: true },
        { key: 'stated', label: ct('col.stated', {}, locale), restates: 'children' },
        { key: 'as_of', label: ct('col.asOf', {}, locale), date: true },
        { key: 'provenance', label: ct('col.provenance', {}, locale) },
        { key: 'claimant', label: ct('col.claimant', {}, locale), names: true },
      ],
      rows: [
        ...STEPS.flatMap((s, i) => {
          const name = ct('pipe.row', { n: i + 1, step: ct(s.step, {}, locale) }, locale);
          // The Yale breakdown printed on step 4's card.
          const details = s.id === 'yale-adoption-database' ? DETAIL_IDS.map((id) => row(id, ct('pipe.detail', { step: name }, locale))) : [];
          return [row(s.id, name), ...details];
        }),
        // The figures the adoption note cites, under the step they speak of.
        ...noteFigures(ds).map(({ id }) => row(id, ct('pipe.detail', { step: ct('pipe.row', { n: STEPS.length, step: ct('pipe.step.adoption', {}, locale) }, locale) }, locale))),
      ],
    };
  },
};
