/**
 * deportation-scale: how many children? Horizontal bars, grouped by who is
 * counting, on one linear scale: Ukraine's case-by-case counts and the Yale
 * lab's estimates. Russia's "more than 700,000" would be about 20 times the
 * width of the chart at that scale, so it gets its own section: a bar that
 * runs to the end of the scale, breaks (a real gap with a break symbol) and
 * runs off the edge, with its value written out and what it counts.
 */
import { scaleLinear } from 'd3';
import type { Figure, Method } from '../data/schema.ts';
import { figure } from '../data/query.ts';
import { formatCompact, formatDate, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';
import type { ChartDefinition, ChartTable } from './types.ts';
import { color, FONT_SANS } from './palette.ts';
import { methodAttrs, methodDefs } from './method-mark.ts';
import { phrase, valueOf } from './util.ts';
import { esc } from './dom.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { METHOD_ORDER, provenanceLabel } from '../i18n/provenance.ts';

interface Item {
  id: string;
  /** A short label for the bar; the dataset's full label is in the tooltip and the table. */
  label: string;
  /** A caveat printed under the label. */
  caveat?: string;
}

const GROUPS: Array<{ heading: string; items: Item[] }> = [
  {
    heading: 'Ukraine',
    items: [
      { id: 'deported-verified', label: 'Verified as deported or forcibly transferred' },
      { id: 'returned-verified', label: 'Returned to Ukraine' },
      { id: 'adopted-ukraine-count', label: 'Placed with Russian families for adoption' },
    ],
  },
  {
    heading: 'Yale Humanitarian Research Lab',
    items: [
      {
        id: 'yale-upper-estimate',
        label: 'Separated from their families, being tracked',
        caveat: "Said in interviews; not yet in the lab's published reports",
      },
      { id: 'yale-camps-children-2023', label: "Held in Russia's re-education camps in the first year" },
      { id: 'yale-adoption-database', label: "Identified in Russia's adoption and foster system" },
      { id: 'yale-naturalized', label: 'Of those, made Russian citizens' },
    ],
  },
];

const OFF_SCALE: Item & { heading: string } = {
  heading: "Russia's own figure",
  id: 'russia-claim-700000',
  label: 'Children among the Ukrainians Russia says it ‘received’',
};

const BASE = 'deported-verified';
const ALL_IDS = [...GROUPS.flatMap((g) => g.items.map((i) => i.id)), OFF_SCALE.id];

function single(f: Figure): number {
  if ('low' in f) throw new Error(`figure "${f.id}" is a range; deportation-scale needs single values`);
  return f.value;
}

/** "Ukraine's government (...), verified: Children Ukraine has verified ...: 19,546 as of 12 November 2025." */
function tip(f: Figure, locale: Locale): string {
  return `${f.label}: ${phrase(f, locale)} as of ${formatDate(f.as_of, locale)}. ${provenanceLabel(f, locale)}, according to ${f.claimant}.`;
}

const H_BAR = 16;
const FS_LABEL = 13;
const FS_SMALL = 12;
const LINE = 16;

export const deportationScale: ChartDefinition = {
  id: 'deportation-scale',
  chapter: 'filtration',
  requires: { figures: ALL_IDS },

  describe(ds, locale = 'en') {
    const f = (id: string) => figure(ds, id);
    const dep = f(BASE);
    const yale = f('yale-upper-estimate');
    const ru = f(OFF_SCALE.id);
    const times = Math.round(valueOf(ds, OFF_SCALE.id) / valueOf(ds, BASE));
    const figs = ALL_IDS.map(f);
    return {
      title: 'How many children? It depends on who is counting',
      subtitle: `Ukraine has verified ${phrase(dep, locale)} cases one by one; Yale researchers speak of ${phrase(yale, locale)}; Russia's ${phrase(ru, locale)} counts every child who crossed, most with family.`,
      alt:
        `Horizontal bars. Ukraine: ${phrase(dep, locale)} children verified as deported or forcibly transferred (${formatDate(dep.as_of, locale)}), ${phrase(f('returned-verified'), locale)} returned (${formatDate(f('returned-verified').as_of, locale)}), ${phrase(f('adopted-ukraine-count'), locale)} placed with Russian families for adoption (${formatDate(f('adopted-ukraine-count').as_of, locale)}). ` +
        `Yale Humanitarian Research Lab: ${phrase(yale, locale)} separated from their families (an interview figure), ${phrase(f('yale-camps-children-2023'), locale)} held in re-education camps, ${phrase(f('yale-adoption-database'), locale)} identified in Russia's adoption and foster system, ${phrase(f('yale-naturalized'), locale)} of them made Russian citizens. ` +
        `Russia's own figure, ${phrase(ru, locale)} children received from Ukraine (${formatDate(ru.as_of, locale)}), about ${times} times Ukraine's verified count, is drawn with a broken bar because it counts all children who crossed, with or without their families.`,
      notes: [
        `Russia's figure: ${ru.claimant} reported ${phrase(ru, locale)} children among about 4.8 million residents of Ukraine "received" since February 2022 (${formatDate(ru.as_of, locale)}), and said most came with parents or relatives. It is Russia's count of all children who crossed, not of children separated from their families, and it is not independently verified. Grigory Karasin gave the same 700,000 four weeks earlier. Its bar is broken: at the scale of the other bars it would be about ${Math.round(valueOf(ds, OFF_SCALE.id) / valueOf(ds, 'yale-upper-estimate'))} times as long as the longest.`,
        `Yale's ${phrase(yale, locale)} was given in interviews (${formatDate(yale.as_of, locale)}); it has not yet appeared in the lab's published reports. The lab's "${phrase(f('yale-camps-children-2023'), locale)}" in camps (${formatDate(f('yale-camps-children-2023').as_of, locale)}) is a minimum for the first year; the UK government still cites "about 6,000".`,
        `Returned: since 2024 Ukraine's total also counts children brought out of occupied Ukraine who were never counted as deported. Placed for adoption: ${phrase(f('adopted-ukraine-count'), locale)} is Ukraine's confirmed count of children placed in Russian families with adoption begun or completed (${formatDate(f('adopted-ukraine-count').as_of, locale)}).`,
        `Yale's ${phrase(f('yale-adoption-database'), locale)} and ${phrase(f('yale-naturalized'), locale)} are children the lab identified by name, all from Donetsk and Luhansk oblasts, not totals.`,
      ],
      sources: [...new Set(figs.flatMap((x) => x.sources))],
      methods: METHOD_ORDER.filter((s) => figs.some((x) => x.method === s)),
    };
  },

  render(ds, { width, locale = 'en' }) {
    const wide = width >= 480;
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

    const out: string[] = [];
    const grid: string[] = [];
    let y = 0;

    const heading = (text: string) => {
      y += 14;
      out.push(`<text x="0" y="${y}" font-size="${FS_SMALL}" font-weight="700" letter-spacing="0.04em" fill="${color('muted')}">${esc(text.toUpperCase())}</text>`);
      y += 10;
    };

    /** Label lines (label, then date, then caveat), from `top`; returns the block's height. */
    const labelBlock = (item: Item, top: number, maxW: number): number => {
      const f = fig(item.id);
      const date = formatDate(f.as_of, locale, 'short');
      const lines = wrapText(item.label, maxW, FS_LABEL);
      let ly = top + 12;
      lines.forEach((l, i) => {
        const last = i === lines.length - 1;
        const inline = last && textWidth(`${l} · ${date}`, FS_LABEL) <= maxW;
        out.push(
          `<text x="0" y="${ly}" font-size="${FS_LABEL}" fill="${color('text')}">${esc(l)}${inline ? `<tspan fill="${color('muted')}" font-size="${FS_SMALL}">&#160;· ${esc(date)}</tspan>` : ''}</text>`,
        );
        if (last && !inline) {
          ly += LINE;
          out.push(`<text x="0" y="${ly}" font-size="${FS_SMALL}" fill="${color('muted')}">${esc(date)}</text>`);
        }
        ly += LINE;
      });
      for (const c of item.caveat ? wrapText(item.caveat, maxW, FS_SMALL) : []) {
        out.push(`<text x="0" y="${ly}" font-size="${FS_SMALL}" font-style="italic" fill="${color('muted')}">${esc(c)}</text>`);
        ly += LINE - 1;
      }
      return ly - 12 - top;
    };

    let scaleTop = 0;
    for (const [gi, g] of GROUPS.entries()) {
      if (gi > 0) y += 10;
      heading(g.heading);
      if (gi === 0) scaleTop = y;
      for (const item of g.items) {
        const f = fig(item.id);
        const v = single(f);
        const top = y;
        const blockH = labelBlock(item, top, wide ? labelW : width);
        const barY = wide ? top + 1 : top + blockH + 2;
        const bw = Math.max(1.5, x(v) - x0);
        const inside = fitsInside(item.id, plotW);
        out.push(`<rect x="${r1(x0)}" y="${r1(barY)}" width="${r1(bw)}" height="${H_BAR}" ${methodAttrs(f.method, prefix)} data-tip="${esc(tip(f, locale))}"/>`);
        const ty = r1(barY + H_BAR / 2 + 4.5);
        out.push(
          inside
            ? `<text x="${r1(x0 + bw - 6)}" y="${ty}" text-anchor="end" font-size="${FS_LABEL}" font-weight="700" fill="${color(f.method === 'case-count' ? 'bg' : 'text')}">${esc(valueText(item.id))}</text>`
            : `<text x="${r1(x0 + bw + 5)}" y="${ty}" font-size="${FS_LABEL}" font-weight="700" fill="${color('text')}">${esc(valueText(item.id))}</text>`,
        );
        // Grid ticks and a zero line within the bar's band only, so they never run through labels.
        for (const tk of ticks) if (tk > 0) grid.push(`M${r1(x(tk))} ${r1(barY - 3)}v${H_BAR + 6}`);
        out.push(`<path d="M${r1(x0)} ${r1(barY - 3)}v${H_BAR + 6}" stroke="${color('axis')}"/>`);
        y = Math.max(wide ? top + blockH : barY + H_BAR, barY + H_BAR) + 14;
      }
    }

    // The shared axis, under the scaled bars.
    const axisY = y - 4;
    out.push(`<path d="M${r1(x0)} ${axisY}H${r1(x0 + plotW)}" stroke="${color('axis')}"/>`);
    for (const tk of ticks) {
      const tx = r1(x(tk));
      out.push(`<path d="M${tx} ${axisY}v4" stroke="${color('axis')}"/>`);
      out.push(`<text x="${tx}" y="${axisY + 17}" text-anchor="${x(tk) < 8 ? 'start' : 'middle'}" font-size="${FS_SMALL}" fill="${color('muted')}">${tk === 0 ? '0' : esc(formatCompact(tk, locale))}</text>`);
    }
    if (wide) grid.push(...ticks.filter((tk) => tk > 0).map((tk) => `M${r1(x(tk))} ${scaleTop}V${axisY}`));
    y = axisY + 24;

    // Russia's figure, off the scale: the bar reaches the end of the axis, breaks, and runs on to the edge.
    y += 12;
    out.push(`<path d="M0 ${y}H${width}" stroke="${color('grid')}"/>`);
    y += 6;
    heading(OFF_SCALE.heading);
    const ru = fig(OFF_SCALE.id);
    const ruTop = y;
    const ruBlock = labelBlock(OFF_SCALE, ruTop, wide ? labelW : width);
    const barY = wide ? ruTop + 1 : ruTop + ruBlock + 2;
    const xb = x0 + plotW; // the break sits where the scale ends
    const gap = 5;
    const xEnd = width - 1;
    out.push(
      `<g data-tip="${esc(tip(ru, locale) + ' Not drawn to scale.')}">` +
        `<rect x="${r1(x0)}" y="${r1(barY)}" width="${r1(xb - gap - x0)}" height="${H_BAR}" ${methodAttrs(ru.method, prefix)}/>` +
        `<rect x="${r1(xb + gap)}" y="${r1(barY)}" width="${r1(xEnd - xb - gap)}" height="${H_BAR}" ${methodAttrs(ru.method, prefix)}/></g>`,
      // The break symbol: two slanted strokes across the gap.
      `<path class="break" d="M${r1(xb - gap - 3)} ${r1(barY + H_BAR + 4)}L${r1(xb - gap + 3)} ${r1(barY - 4)}M${r1(xb + gap - 3)} ${r1(barY + H_BAR + 4)}L${r1(xb + gap + 3)} ${r1(barY - 4)}" stroke="${color('text')}" stroke-width="1.5" fill="none"/>`,
      `<path d="M${r1(x0)} ${r1(barY - 3)}v${H_BAR + 6}" stroke="${color('axis')}"/>`,
    );
    let ny = Math.max(wide ? ruTop + ruBlock : barY + H_BAR, barY + H_BAR) + 22;
    const noteX = wide ? x0 : 0;
    const noteW = width - noteX;
    const times = Math.round(single(ru) / single(fig(BASE)));
    out.push(`<text x="${noteX}" y="${ny}" font-size="16" font-weight="700" fill="${color('text')}">${esc(phrase(ru, locale))}</text>`);
    ny += 18;
    const notes = [
      { text: `About ${formatNumber(times, locale)} times Ukraine's verified count. The bar is not to scale.`, fill: 'muted' as const },
      { text: 'By Russia’s own account it counts every child who crossed from Ukraine, with or without their family.', fill: 'text' as const },
    ];
    for (const n of notes) {
      for (const l of wrapText(n.text, noteW, FS_SMALL)) {
        out.push(`<text x="${noteX}" y="${ny}" font-size="${FS_SMALL}" fill="${color(n.fill)}">${esc(l)}</text>`);
        ny += LINE - 1;
      }
      ny += 2;
    }
    const height = Math.ceil(ny);

    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(FONT_SANS)}" font-size="12" aria-hidden="true">` +
      methodDefs(prefix) +
      (grid.length ? `<path d="${grid.join('')}" stroke="${color('grid')}"/>` : '') +
      out.join('') +
      `</svg>`
    );
  },

  table(ds, locale = 'en'): ChartTable {
    const rows = [...GROUPS.flatMap((g) => g.items), OFF_SCALE].map((item) => {
      const f = figure(ds, item.id);
      return {
        measure: f.label,
        children: single(f),
        stated: phrase(f, locale),
        as_of: f.as_of,
        provenance: provenanceLabel(f, locale),
        claimant: f.claimant,
      };
    });
    return {
      columns: [
        { key: 'measure', label: 'Measure' },
        { key: 'children', label: 'Children', numeric: true },
        { key: 'stated', label: 'As stated' },
        { key: 'as_of', label: 'As of' },
        { key: 'provenance', label: 'Who and how' },
        { key: 'claimant', label: 'According to' },
      ],
      rows,
    };
  },
};
