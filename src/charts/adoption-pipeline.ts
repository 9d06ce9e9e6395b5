/**
 * adoption-pipeline: the steps from deportation to adoption, in the chapter's order, each with the one documented
 * figure for it, who gave it and when, drawn as a dot plot on one shared logarithmic axis (figure-dots.ts, Observable
 * Plot): a row per step, its figure a dot with the number beside it, the dot's fill the figure's method mark
 * (method-mark.ts). The figures come from different sources, places and dates, so this is deliberately NOT a funnel:
 * the rows are not joined, nothing is subtracted, and the caveat above them says they are separate counts. The axis
 * is shared only so that a reader sees how far apart the numbers are (19,546 and 67). Copy: src/i18n/charts.*.ts
 * ("pipe.*").
 */
import type { Dataset, Figure } from '../data/schema.ts';
import { figure } from '../data/query.ts';
import { formatDate, sentenceStart } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import type { ChartDefinition, ChartTable } from './types.ts';
import { ct, type ChartKey } from '../i18n/charts.ts';
import { color } from './palette.ts';
import { keep, phrase, shortClaimant } from './util.ts';
import { esc } from './dom.ts';
import { figureRow } from './figure-row.ts';
import { r1, textWidth, wrapAfter, wrapText } from './text.ts';
import { DOT_ROW, dotRow, dotValue, logAxis, type LogAxis, AXIS_H, axisStrip, dotChartSvg } from './figure-dots.ts';
import { numberText } from './return-channels.ts';
import { METHOD_ORDER, methodTitle, provenanceInline, provenanceLabel } from '../i18n/provenance.ts';
import { isNarrow } from './svg.ts';

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
const LINE = 15;
const LABEL_LINE = 16;
/** Below this width the steps' words go above and below their dot rows, across the whole column; wider, beside them. */
/** The axis's tick labels, above the first step and below the last. */
/** Space between steps (a hairline in the middle). */
const ROW_GAP = 14;
const ROW_GAP_NARROW = 10;

/** The shared axis: every step's figure, whatever the width; in a wide drawing it spans the column right of the words. */
function axisOf(ds: Dataset, width: number, locale: Locale, left: number): LogAxis {
  return logAxis(STEP_IDS.map((id) => dotValue(figure(ds, id))), width, locale, [left, width], true);
}

/** Wrapped lines from `top` (the first line's baseline at top + size), as <text>; returns the markup and the y under the last line. */
function para(text: string, x: number, top: number, w: number, size: number, line: number, attrs: string): { svg: string; bottom: number } {
  const out: string[] = [];
  let y = top;
  for (const l of wrapText(text, w, size)) {
    y += line;
    out.push(`<text x="${r1(x)}" y="${r1(y - (line - size) / 2 - 2)}" font-size="${size}" ${attrs}>${esc(l)}</text>`);
  }
  return { svg: out.join(''), bottom: y };
}

/**
 * The steps as a dot plot: one row per step, in the chapter's order, each figure a dot on one shared logarithmic axis
 * (ticks 10, 100, 1,000, …) with its number beside it, so that 19,546 and 67 look as far apart as they are. The
 * steps' own words (what the figure counts, what it covers, who gave it and when) sit beside the dot rows on a wide
 * drawing and above and below them on a phone. Nothing joins the rows: a hairline separates them, the dots are not
 * connected, and the caveat above the first says they are separate counts.
 */
function renderDots(ds: Dataset, width: number, locale: Locale): string {
  const prefix = `adoption-pipeline-${width}`;
  const wide = !isNarrow(width);
  const colA = wide ? Math.round(width * 0.36) : 0;
  const left = wide ? colA + 16 : 0;
  const axis = axisOf(ds, width, locale, left);
  const out: string[] = [];
  // The caveat, above the steps, where it cannot be missed.
  const caveat = wrapText(ct('pipe.caveat', {}, locale), width - 14, FS_LABEL, 600);
  let y = 0;
  out.push(`<rect x="0" y="0" width="4" height="${caveat.length * 17 + 4}" fill="${color('axis')}"/>`);
  for (const l of caveat) {
    y += 17;
    out.push(`<text x="14" y="${y - 2}" font-size="${FS_LABEL}" font-weight="600" fill="${color('text')}">${esc(l)}</text>`);
  }
  y += 10;
  out.push(axisStrip(axis, width, y));
  y += AXIS_H + 4;
  const rightW = width - left;
  STEPS.forEach((s, i) => {
    const f = figure(ds, s.id);
    single(f);
    if (i > 0) {
      const gap = wide ? ROW_GAP : ROW_GAP_NARROW;
      out.push(`<line x1="0" x2="${width}" y1="${r1(y + gap / 2 - 3)}" y2="${r1(y + gap / 2 - 3)}" stroke="${color('grid')}"/>`);
      y += gap;
    }
    const top = y;
    const parts: string[] = [];
    // The step's number and name, then what it counts: on a phone run in after the name, wide under it.
    const head = ct('pipe.cardHead', { n: i + 1, step: ct(s.step, {}, locale).toLocaleUpperCase(locale) }, locale);
    const headW = textWidth(head, FS, 700, FS * 0.04);
    parts.push(`<text x="0" y="${r1(top + 12)}" font-size="${FS}" font-weight="700" letter-spacing="0.04em" fill="${color('muted')}">${esc(head)}</text>`);
    let bottom = top;
    if (wide) {
      const label = para(ct(s.label, {}, locale), 0, top + 15, colA, FS_LABEL, LABEL_LINE, `fill="${color('text')}"`);
      parts.push(label.svg);
      bottom = label.bottom;
    } else {
      const lines = wrapAfter(ct(s.label, {}, locale), width - headW - 6, width, FS_LABEL);
      lines.forEach((l, k) => {
        if (l) parts.push(`<text x="${r1(k ? 0 : headW + 6)}" y="${r1(top + 12 + k * LABEL_LINE)}" font-size="${FS_LABEL}" fill="${color('text')}">${esc(l)}</text>`);
      });
      bottom = top + lines.length * LABEL_LINE;
    }
    // The dot row: beside the step's name on a wide drawing, under what it counts on a phone.
    const dotTop = wide ? top : bottom + 3;
    parts.push(`<g transform="translate(0,${r1(dotTop)})">${dotRow(axis, width, prefix, f, numberText(f, locale))}</g>`);
    // Wide, what the count covers (in italics) under the dot row; then who counted it and when (a phone has the
    // coverage in the notes and the table: six of them took the embed past the 1,000 px a WordPress frame allows).
    let under = dotTop + DOT_ROW + 1;
    if (wide) {
      const scope = para(s.scope(ds, locale), left, under, rightW, FS, LINE, `font-style="italic" fill="${color('muted')}"`);
      parts.push(scope.svg);
      under = scope.bottom;
    }
    // On a phone the method word goes (the dot's fill shows it), so the producer starts the line: «Уряд України», not «уряд».
    const metaText = sentenceStart(`${wide ? `${methodTitle(f.method, locale)}\u00a0· ` : ''}${whoOf(s, f, locale)}\u00a0· ${keep(formatDate(f.as_of, locale, 'short'))}`, locale);
    const meta = para(metaText, left, under, rightW, FS, LINE, `fill="${color('muted')}"`);
    parts.push(meta.svg);
    y = Math.max(bottom, meta.bottom);
    out.push(`<g data-tip="${esc(tip(i, s, f, locale))}" data-figure="${esc(f.id)}">${parts.join('')}</g>`);
  });
  // Wide, the tick labels again under the last step; a phone's six rows are short enough to read from the top.
  if (wide) {
    y += 6;
    out.push(axisStrip(axis, width, y));
    y += AXIS_H;
  }
  const height = Math.ceil(y + 2);
  return dotChartSvg(width, height, prefix, out.join(''));
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
        ct('every.note.log', {}, locale),
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
    return renderDots(ds, width, locale);
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
