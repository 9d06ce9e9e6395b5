/**
 * adoption-pipeline: the steps from deportation to adoption, each with the
 * one documented figure for it, who gave it and when. The figures come from
 * different sources, places and dates, so this is deliberately NOT a funnel:
 * separate numbered cards, no shared scale, no connected widths, and a note
 * above them saying so. Each card's left edge carries the figure's status
 * style (verified solid, estimate light and dashed, claim hatched).
 */
import type { Dataset, Figure, Method } from '../data/schema.ts';
import { figure } from '../data/query.ts';
import { formatDate, formatNumber, formatQualified } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';
import type { ChartDefinition, ChartTable } from './types.ts';
import { color, FONT_SANS } from './palette.ts';
import { methodAttrs, methodDefs } from './method-mark.ts';
import { keep, phrase, shortClaimant } from './util.ts';
import { esc } from './dom.ts';
import { r1, wrapText } from './text.ts';
import { METHOD_ORDER, methodTitle, provenanceLabel } from '../i18n/provenance.ts';

interface Step {
  id: string;
  /** The step's name, one or two words. */
  step: string;
  /** What the figure counts, short. */
  label: string;
  /** A short "who", where the claimant's first words are not enough. */
  who?: string;
  /** What the count covers (place, period, group), from the figure's data. */
  scope: (ds: Dataset, locale: Locale) => string;
}

const STEPS: Step[] = [
  {
    id: 'deported-verified',
    step: 'Taken',
    label: 'Deported to Russia or forcibly moved within occupied Ukraine',
    scope: () => 'All of Ukraine since February 2022; cases verified one by one.',
  },
  {
    id: 'rostov-guardianship',
    step: 'Guardianship',
    label: 'Put under ‘preliminary guardianship’ on arrival without a legal guardian',
    who: 'Rostov Oblast government report, found by journalists',
    scope: () => 'One Russian region, Rostov Oblast, in 2022: about three times what officials had said.',
  },
  {
    id: 'rostov-foster-care-534',
    step: 'Foster care',
    label: 'Placed in foster care in Rostov Oblast',
    scope: () => 'The same region and year; the rest were probably moved on to other regions.',
  },
  {
    id: 'yale-adoption-database',
    step: 'Listed',
    label: 'Identified in Russia’s adoption and fostering system',
    scope: (ds, locale) =>
      `Children from Donetsk and Luhansk the lab traced by name: ${phrase(figure(ds, 'yale-database-listed-148'), locale)} listed in placement databases, ${phrase(figure(ds, 'yale-placed-42'), locale)} of them already placed for adoption or guardianship.`,
  },
  {
    id: 'yale-naturalized',
    step: 'Citizenship',
    label: 'Made Russian citizens',
    scope: (ds, locale) => `Of the ${phrase(figure(ds, 'yale-adoption-database'), locale)} children the lab identified; it says the real number is likely higher.`,
  },
  {
    id: 'adopted-ukraine-count',
    step: 'Adoption',
    label: 'Placed in Russian families, adoption begun or completed',
    who: 'Ukraine’s ombudsman, Dmytro Lubinets',
    scope: () => 'Cases Ukraine has confirmed across Russia.',
  },
];

const DETAIL_IDS = ['yale-database-listed-148', 'yale-placed-42'];
const STEP_IDS = STEPS.map((s) => s.id);
const CAVEAT = 'Each step is a separate count from a different source and date. They do not follow one group of children, so they cannot be subtracted from one another.';

function single(f: Figure): number {
  if ('low' in f) throw new Error(`figure "${f.id}" is a range; adoption-pipeline needs single values`);
  return f.value;
}

const whoOf = (s: Step, f: Figure) => s.who ?? shortClaimant(f.claimant);

function tip(i: number, s: Step, f: Figure, locale: Locale): string {
  return `Step ${i + 1}, ${s.step.toLowerCase()}: ${f.label}: ${phrase(f, locale)} as of ${formatDate(f.as_of, locale)}. ${provenanceLabel(f, locale)}, according to ${f.claimant}.`;
}

const FS = 12;
const FS_LABEL = 13;
const FS_VALUE = 26;
const LINE = 15;
const STRIP = 10;
const PAD = 11;

export const adoptionPipeline: ChartDefinition = {
  id: 'adoption-pipeline',
  chapter: 'adoption-pipeline',
  requires: { figures: [...STEP_IDS, ...DETAIL_IDS] },

  describe(ds, locale = 'en') {
    const figs = STEP_IDS.map((id) => figure(ds, id));
    const f = (id: string) => figure(ds, id);
    return {
      title: 'From deportation to adoption: what has been counted at each step',
      subtitle: `Each step of the pipeline is documented only in part, by a different source at a different time: from ${phrase(f('rostov-guardianship'), locale)} children under guardianship in one region to ${phrase(f('adopted-ukraine-count'), locale)} confirmed adoptions.`,
      alt:
        `Six numbered steps, each a separate count from its own source and date, not one group of children: ` +
        STEPS.map((s, i) => {
          const fig = figs[i]!;
          return `${i + 1}. ${s.step}: ${phrase(fig, locale)} (${whoOf(s, fig)}, ${formatDate(fig.as_of, locale)}, ${provenanceLabel(fig, locale).toLowerCase()})`;
        }).join('; ') +
        '.',
      notes: [
        CAVEAT,
        `Rostov Oblast: ${phrase(f('rostov-guardianship'), locale)} children were placed under 'preliminary guardianship' in 2022, according to the region's own report found by the outlet Vazhnye Istorii, while Russia's education ministry reported ${phrase(f('rostov-foster-care-534'), locale)} placed in foster care there, which suggests the others were moved on. Both are Russian official figures, not independently verified.`,
        `Yale Humanitarian Research Lab (${formatDate(f('yale-adoption-database').as_of, locale)}): ${phrase(f('yale-adoption-database'), locale)} children identified over a 20-month investigation, all from Donetsk and Luhansk oblasts; ${phrase(f('yale-naturalized'), locale)} of them naturalised as Russian citizens. These are children the lab could trace, not totals.`,
        `Adoption: ${phrase(f('adopted-ukraine-count'), locale)} is Ukraine's confirmed count (${formatDate(f('adopted-ukraine-count').as_of, locale)}). Meduza reports that Lubinets said in February 2024 that at least 400 had been adopted, a statement not found elsewhere; Russia's commissioner Maria Lvova-Belova put the number of evacuated orphans placed with Russian families at 380 in July 2023.`,
      ],
      sources: [...new Set([...figs, ...DETAIL_IDS.map(f)].flatMap((x) => x.sources))],
      methods: METHOD_ORDER.filter((s) => figs.some((x) => x.method === s)),
    };
  },

  render(ds, { width, locale = 'en' }) {
    const wide = width >= 480;
    const prefix = `adoption-pipeline-${width}`;
    const cols = wide ? 2 : 1;
    const gapX = 16;
    const cardW = (width - gapX * (cols - 1)) / cols;
    const textX = STRIP + PAD;
    const textW = cardW - textX - PAD;

    const out: string[] = [];
    // The caveat, above the cards, where it cannot be missed.
    let y = 0;
    const caveat = wrapText(CAVEAT, width - 14, FS_LABEL, true);
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
        `<text x="${textX}" y="${cy}" font-size="${FS}" font-weight="700" letter-spacing="0.04em" fill="${color('muted')}">${esc(`${i + 1} · ${s.step.toUpperCase()}`)}</text>`,
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
      for (const l of wrapText(s.label, textW, FS_LABEL)) {
        cy += 17;
        parts.push(`<text x="${textX}" y="${cy}" font-size="${FS_LABEL}" fill="${color('text')}">${esc(l)}</text>`);
      }
      cy += 2;
      // Separators stay with the word before them, so a wrapped line never starts with "·".
      const meta = `${methodTitle(f.method, locale)}\u00a0· ${whoOf(s, f)}\u00a0· ${keep(formatDate(f.as_of, locale, 'short'))}`;
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

  table(ds, locale = 'en'): ChartTable {
    return {
      columns: [
        { key: 'step', label: 'Step' },
        { key: 'measure', label: 'What is counted' },
        { key: 'children', label: 'Children', numeric: true },
        { key: 'stated', label: 'As stated' },
        { key: 'as_of', label: 'As of' },
        { key: 'provenance', label: 'Who and how' },
        { key: 'claimant', label: 'According to' },
      ],
      rows: STEPS.flatMap((s, i) => {
        const row = (id: string, step: string) => {
          const f = figure(ds, id);
          return {
            step,
            measure: f.label,
            children: single(f),
            stated: phrase(f, locale),
            as_of: f.as_of,
            provenance: provenanceLabel(f, locale),
            claimant: f.claimant,
          };
        };
        // The Yale breakdown printed on step 4's card.
        const details = s.id === 'yale-adoption-database' ? DETAIL_IDS.map((id) => row(id, `${i + 1}. ${s.step} (detail)`)) : [];
        return [row(s.id, `${i + 1}. ${s.step}`), ...details];
      }),
    };
  },
};
