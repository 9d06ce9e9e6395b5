/**
 * return-channels: how children have come back, channel by channel. The numbers
 * are of different kinds (a national running total, a mediator's two-way tally,
 * single rounds of a few children, a list handed over in talks, Russia's own
 * claims) and on very different scales, so there is no shared axis: each channel
 * is a labelled row with its own number, claimant and as-of date, marked with the
 * method mark (method-mark.ts). Nothing is summed; the chart says they overlap.
 * Copy: src/i18n/charts.*.ts ("chan.*").
 */
import type { Dataset, Figure } from '../data/schema.ts';
import { figure, isRange } from '../data/query.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { t, type Locale } from '../i18n/index.ts';
import { ct, type ChartKey } from '../i18n/charts.ts';
import type { ChartDefinition } from './types.ts';
import { color, FONT_SANS } from './palette.ts';
import { methodAttrs, methodDefs } from './method-mark.ts';
import { esc } from './dom.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { METHOD_ORDER, methodMeaning, provenanceLabel } from '../i18n/provenance.ts';

interface RowSpec {
  id: string;
  /** What the number counts, in a few words; the group heading gives the context. */
  text: (f: Figure, ds: Dataset, locale: Locale) => string;
  /** Drawn only when the dataset has this figure (and `when` holds). */
  optional?: boolean;
  when?: (ds: Dataset) => boolean;
  /** Indented: a part of the row above. */
  sub?: boolean;
}
interface GroupSpec {
  key: string;
  title: (ds: Dataset, locale: Locale) => string;
  /** 'cells': comparable counts side by side (small multiples), under a shared lead line; 'rows': one row each. */
  layout: 'rows' | 'cells';
  lead?: ChartKey;
  /** The figure whose month the title names: on a phone, a row dated in that month shows no date of its own. */
  titleMonth?: string;
  rows: RowSpec[];
}

const monthOf = (f: Figure, locale: Locale) => formatDate(f.as_of.slice(0, 7), locale);

/** The break label of the 'returned' series, when the dataset has one: what Ukraine's total now includes. */
function returnedRule(ds: Dataset): string | undefined {
  return ds.series.find((s) => s.id === 'returned')?.breaks[0]?.label;
}

const GROUPS: GroupSpec[] = [
  {
    key: 'ukraine',
    title: (_ds, l) => ct('chan.group.ukraine', {}, l),
    layout: 'rows',
    rows: [
      {
        id: 'returned-verified',
        text: (_f, ds, l) => {
          const rule = returnedRule(ds);
          return rule ? ct('chan.row.returnedRule', { rule }, l) : ct('chan.row.returned', {}, l);
        },
      },
    ],
  },
  {
    key: 'qatar',
    title: (_ds, l) => ct('chan.group.qatar', {}, l),
    layout: 'rows',
    rows: [{ id: 'qatar-reunited', text: (_f, _ds, l) => ct('chan.row.qatar', {}, l) }],
  },
  {
    key: 'us',
    title: (_ds, l) => ct('chan.group.us', {}, l),
    layout: 'cells',
    lead: 'chan.lead.us',
    rows: [
      { id: 'us-first-lady-2025-10', text: () => '' },
      { id: 'us-first-lady-2025-12', text: () => '' },
      { id: 'us-first-lady-2026-02', text: (_f, _ds, l) => ct('chan.row.usReunite', {}, l) },
      {
        id: 'us-first-lady-2026-02-to-ukraine',
        text: (_f, _ds, l) => ct('chan.row.usToUkraine', {}, l),
        optional: true,
        sub: true,
        when: (ds) => num(figure(ds, 'us-first-lady-2026-02-to-ukraine')) !== num(figure(ds, 'us-first-lady-2026-02')),
      },
    ],
  },
  {
    key: 'istanbul',
    title: (ds, l) => ct('chan.group.istanbul', { month: monthOf(figure(ds, 'istanbul-list'), l) }, l),
    layout: 'rows',
    titleMonth: 'istanbul-list',
    rows: [
      { id: 'istanbul-list', text: (_f, _ds, l) => ct('chan.row.istanbulList', {}, l) },
      {
        id: 'istanbul-list-zelensky',
        text: (f, ds, l) => {
          const other = (f.conflicts_with ?? []).map((id) => ds.figures.find((g) => g.id === id)).find(Boolean);
          return other ? ct('chan.row.istanbulZelenskyConflict', { other: numberText(other, l) }, l) : ct('chan.row.istanbulZelensky', {}, l);
        },
      },
      { id: 'istanbul-russia-offer-10', text: (_f, _ds, l) => ct('chan.row.istanbulOffer', {}, l) },
      { id: 'istanbul-russia-hundred-at-most', text: (_f, _ds, l) => ct('chan.row.istanbulHundred', {}, l) },
      { id: 'istanbul-list-information-under-20pct', text: (_f, _ds, l) => ct('chan.row.istanbulInfo', {}, l) },
    ],
  },
  {
    key: 'russia',
    title: (_ds, l) => ct('chan.group.russia', {}, l),
    layout: 'cells',
    lead: 'chan.lead.russia',
    rows: [
      { id: 'lvova-belova-reunified-latest', text: (_f, _ds, l) => ct('chan.row.lvovaUkraine', {}, l) },
      { id: 'lvova-belova-reunified-russia-latest', text: (_f, _ds, l) => ct('chan.row.lvovaRussia', {}, l) },
    ],
  },
];

const REQUIRED = GROUPS.flatMap((g) => g.rows.filter((r) => !r.optional).map((r) => r.id));

function num(f: Figure): number {
  return isRange(f) ? f.high : f.value;
}

/** A number with its unit as the locale writes it ("20%" in English, "20 %" in Ukrainian). */
function withUnit(n: string, f: Figure, locale: Locale): string {
  return f.unit === 'percent' ? ct('percent', { n }, locale) : n;
}

/** The number alone ("339", "20%", "100–120"). */
function bare(f: Figure, locale: Locale): string {
  return isRange(f)
    ? withUnit(ct('range.dash', { low: f.low, high: f.high }, locale), f, locale)
    : withUnit(formatNumber(f.value, locale), f, locale);
}

/** The number as the source words it ("nearly 400", "fewer than 20%"). */
export function numberText(f: Figure, locale: Locale): string {
  return isRange(f) ? bare(f, locale) : t(`qualifier.${f.qualifier}`, { n: bare(f, locale) }, locale);
}

/** The qualifier word shown small above the number ("nearly", "up to"), or "". */
function qualifierWord(f: Figure, locale: Locale): string {
  if (isRange(f) || f.qualifier === 'exact') return '';
  return t(`qualifier.${f.qualifier}`, { n: '' }, locale).trim();
}

/** "Qatar's Ministry of Foreign Affairs" from "Qatar's Ministry of Foreign Affairs (via the Qatar News Agency)". */
export function shortClaimant(c: string): string {
  return c.split(/,\s| \(|;\s/)[0]!.trim();
}


interface Row {
  spec: RowSpec;
  f: Figure;
  text: string;
}
interface Group {
  spec: GroupSpec;
  title: string;
  rows: Row[];
  /** "2025-06" when the title names that month (titleMonth). */
  month?: string;
}

function groupsOf(ds: Dataset, locale: Locale): Group[] {
  return GROUPS.map((g) => ({
    spec: g,
    title: g.title(ds, locale),
    ...(g.titleMonth ? { month: figure(ds, g.titleMonth).as_of.slice(0, 7) } : {}),
    rows: g.rows
      .filter((r) => !r.optional || (ds.figures.some((f) => f.id === r.id) && (r.when?.(ds) ?? true)))
      .map((r) => {
        const f = figure(ds, r.id);
        return { spec: r, f, text: r.text(f, ds, locale) };
      }),
  }));
}

/** A full sentence for the mark's tooltip: the figure's own label, number, date, claimant and status. */
function tipOf(g: Group, r: Row, locale: Locale): string {
  return ct(
    'chan.tip',
    {
      group: g.title,
      label: r.f.label,
      value: numberText(r.f, locale),
      date: formatDate(r.f.as_of, locale),
      claimant: r.f.claimant,
      provenance: provenanceLabel(r.f, locale),
      meaning: methodMeaning(r.f.method, locale),
    },
    locale,
  );
}

const NUM_SIZE = 20;
const LABEL_SIZE = 13;
const META_SIZE = 12;
const NUM_COL = 90;

/** A date that never breaks across lines ("12 February 2026", or "12 Feb 2026" in narrow cells). */
function dateNb(date: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  return formatDate(date, locale, style).replace(/ /g, '\u00a0');
}

function metaOf(f: Figure, locale: Locale, style: 'long' | 'short' = 'long'): string {
  return `${shortClaimant(f.claimant)} · ${dateNb(f.as_of, locale, style)}`;
}

/** The swatch, the small qualifier and the big number, with the number's baseline at `base`. */
function numberMark(f: Figure, x: number, top: number, maxW: number, prefix: string, locale: Locale): { svg: string; bottom: number } {
  const q = qualifierWord(f, locale);
  const base = top + (q ? 14 : 0) + 18;
  const big = bare(f, locale);
  const size = textWidth(big, NUM_SIZE, true) + 18 > maxW ? 16 : NUM_SIZE;
  return {
    svg:
      `<rect x="${r1(x)}" y="${r1(base - 13)}" width="12" height="12" ${methodAttrs(f.method, prefix)}/>` +
      (q ? `<text x="${r1(x + 18)}" y="${r1(top + 11)}" font-size="12" fill="${color('muted')}">${esc(q)}</text>` : '') +
      `<text x="${r1(x + 18)}" y="${r1(base)}" font-size="${size}" font-weight="700" fill="${color('text')}">${esc(big)}</text>`,
    bottom: base + 4,
  };
}

/** Lines of text from `top`; returns the markup and the y below the last line. */
function lines(parts: Array<{ text: string; size: number; muted?: boolean }>, x: number, top: number, w: number): { svg: string; bottom: number } {
  let y = top;
  const out: string[] = [];
  for (const p of parts) {
    for (const l of wrapText(p.text, w, p.size)) {
      y += p.size + 3;
      out.push(`<text x="${r1(x)}" y="${r1(y - 4)}" font-size="${p.size}" fill="${color(p.muted ? 'muted' : 'text')}">${esc(l)}</text>`);
    }
  }
  return { svg: out.join(''), bottom: y };
}

/**
 * A row for a phone: the swatch, the number (with its qualifier, small, before it) and what it counts set after it on
 * the same line and then across the whole width, with who and when on the line below. Beside a fixed number column
 * (the wide layout) the words had 210 px of a 300 px drawing and ran to four lines.
 */
function runInRow(r: Row, x: number, top: number, w: number, prefix: string, locale: Locale, withMeta = true, month?: string): { svg: string; bottom: number } {
  const q = qualifierWord(r.f, locale);
  const big = bare(r.f, locale);
  const base = top + 16;
  const qW = q ? textWidth(q, META_SIZE) + 4 : 0;
  const numEnd = x + 18 + qW + textWidth(big, NUM_SIZE, true);
  const out = [
    `<rect x="${r1(x)}" y="${r1(base - 13)}" width="12" height="12" ${methodAttrs(r.f.method, prefix)}/>`,
    ...(q ? [`<text x="${r1(x + 18)}" y="${r1(base)}" font-size="${META_SIZE}" fill="${color('muted')}">${esc(q)}</text>`] : []),
    `<text x="${r1(x + 18 + qW)}" y="${r1(base)}" font-size="${NUM_SIZE}" font-weight="700" fill="${color('text')}">${esc(big)}</text>`,
  ];
  let y = base;
  // A count with no words of its own (a round of the US channel) has its who and when on the number's line.
  // Short dates ("24 Feb 2026"): a long one often took a line of its own.
  // Who, unless the row's own words already name them ("as Zelensky described it") and the title its month.
  const who = shortClaimant(r.f.claimant);
  const surname = who.split(' ').pop()!;
  const inMonth = r.f.as_of.startsWith(month ?? '-');
  const named = inMonth && surname.length > 4 && r.text.includes(surname.slice(0, -2));
  const meta = !withMeta || named ? '' : inMonth ? who : metaOf(r.f, locale, 'short');
  const first = x + w - numEnd - 6;
  if (!r.text && meta && textWidth(meta, META_SIZE) <= first) {
    out.push(`<text x="${r1(numEnd + 6)}" y="${r1(y)}" font-size="${META_SIZE}" fill="${color('muted')}">${esc(meta)}</text>`);
    return { svg: out.join(''), bottom: y + 4 };
  }
  // What it counts, then (muted, smaller) who and when, in one paragraph: no half-empty line between them.
  const runs = [
    ...r.text.split(/\s+/).filter(Boolean).map((word) => ({ word, size: LABEL_SIZE, muted: false })),
    ...(meta ? meta.split(' ').map((word) => ({ word, size: META_SIZE, muted: true })) : []),
  ];
  const rows: Array<typeof runs> = [[]];
  let used = 0;
  for (const run of runs) {
    const room = rows.length > 1 ? w : first;
    const add = (used ? textWidth(' ', run.size) : 0) + textWidth(run.word, run.size);
    if (used && used + add > room) {
      rows.push([run]);
      used = textWidth(run.word, run.size);
    } else if (!used && add > room && rows.length === 1) {
      rows.push([run]);
      used = add;
    } else {
      rows[rows.length - 1]!.push(run);
      used += add;
    }
  }
  rows.forEach((line, k) => {
    if (k > 0) y += LABEL_SIZE + 3;
    if (!line.length) return;
    // Consecutive words of one style as one tspan.
    const spans: string[] = [];
    line.forEach((run, i) => {
      const prev = line[i - 1];
      const text = (i ? ' ' : '') + run.word;
      if (prev && prev.muted === run.muted) spans[spans.length - 1] += esc(text);
      else spans.push((run.muted ? `<tspan font-size="${META_SIZE}" fill="${color('muted')}">` : `<tspan>`) + esc(i ? text.replace(/^ /, '\u00a0') : text));
    });
    out.push(`<text x="${r1(k ? x : numEnd + 6)}" y="${r1(y)}" font-size="${LABEL_SIZE}" fill="${color('text')}">${spans.map((t) => t + '</tspan>').join('')}</text>`);
  });
  return { svg: out.join(''), bottom: y + 4 };
}

/** Lays out groups in one column of width w from (x0, y0); returns the markup and the bottom y. */
function column(groups: Group[], x0: number, y0: number, w: number, prefix: string, locale: Locale, runIn = false) {
  const out: string[] = [];
  let y = y0;
  groups.forEach((g, gi) => {
    if (gi > 0) {
      out.push(`<line x1="${r1(x0)}" x2="${r1(x0 + w)}" y1="${r1(y)}" y2="${r1(y)}" stroke="${color('grid')}"/>`);
      y += runIn ? 5 : 8;
    }
    for (const line of wrapText(g.title, w, 14, true)) {
      y += 17;
      out.push(`<text x="${r1(x0)}" y="${r1(y)}" font-size="14" font-weight="700" fill="${color('text')}">${esc(line)}</text>`);
    }
    y += runIn ? 3 : 6;
    if (g.spec.layout === 'cells') {
      // Where every count in the group has one claimant, named in the title, and one date (Russia's own claims), a phone
      // gets the date once, after the lead line, instead of who and when under every count.
      const shared = runIn && g.rows.every((r) => r.f.claimant === g.rows[0]!.f.claimant && r.f.as_of === g.rows[0]!.f.as_of) && g.title.includes(shortClaimant(g.rows[0]!.f.claimant));
      if (g.spec.lead) {
        const text = ct(g.spec.lead, {}, locale);
        const lead = lines([{ text: shared ? `${text} · ${dateNb(g.rows[0]!.f.as_of, locale, 'short')}` : text, size: LABEL_SIZE }], x0, y, w);
        out.push(lead.svg);
        y = lead.bottom + 4;
      }
      if (runIn) {
        // On a phone the counts go one under another.
        for (const r of g.rows) {
          if (r.spec.sub) continue;
          const row = runInRow(r, x0, y, w, prefix, locale, !shared);
          out.push(`<g data-tip="${esc(tipOf(g, r, locale))}">${row.svg}</g>`);
          y = row.bottom;
          const next = g.rows[g.rows.indexOf(r) + 1];
          if (next?.spec.sub) {
            const sub = lines([{ text: ct('chan.sub', { value: numberText(next.f, locale), text: next.text }, locale), size: META_SIZE }], x0 + 18, y + 1, w - 18);
            out.push(`<g data-tip="${esc(tipOf(g, next, locale))}">${sub.svg}</g>`);
            y = sub.bottom + 2;
          }
          y += 3;
        }
        return;
      }
      // Small multiples: one cell per count, side by side, each with its own number, date and claimant.
      const mains = g.rows.filter((r) => !r.spec.sub);
      // One date style per group: short only when some date would not fit its cell.
      const cwEst = (w - 10 * (mains.length - 1)) / mains.length;
      const dateStyle = mains.some((r) => textWidth(dateNb(r.f.as_of, locale), META_SIZE) > cwEst) ? 'short' : 'long';
      const gap = 10;
      const cw = (w - gap * (mains.length - 1)) / mains.length;
      let bottom = y;
      mains.forEach((r, i) => {
        const cx = x0 + i * (cw + gap);
        const num = numberMark(r.f, cx, y, cw, prefix, locale);
        const txt = lines(
          [
            { text: r.text, size: LABEL_SIZE },
            { text: shortClaimant(r.f.claimant), size: META_SIZE, muted: true },
            { text: dateNb(r.f.as_of, locale, dateStyle), size: META_SIZE, muted: true },
          ],
          cx,
          num.bottom,
          cw,
        );
        out.push(`<g data-tip="${esc(tipOf(g, r, locale))}">${num.svg}${txt.svg}</g>`);
        let cellBottom = txt.bottom;
        // A part of this count (e.g. "5 of them to families in Ukraine") sits under it, with its own tip.
        const next = g.rows[g.rows.indexOf(r) + 1];
        if (next?.spec.sub) {
          const sub = lines([{ text: ct('chan.sub', { value: numberText(next.f, locale), text: next.text }, locale), size: META_SIZE }], cx, cellBottom + 2, cw);
          out.push(`<g data-tip="${esc(tipOf(g, next, locale))}">${sub.svg}</g>`);
          cellBottom = sub.bottom;
        }
        bottom = Math.max(bottom, cellBottom);
      });
      y = bottom + 12;
    } else if (runIn) {
      for (const r of g.rows) {
        const row = runInRow(r, x0, y, w, prefix, locale, true, g.month);
        out.push(`<g data-tip="${esc(tipOf(g, r, locale))}">${row.svg}</g>`);
        y = row.bottom + 3;
      }
    } else {
      for (const r of g.rows) {
        const num = numberMark(r.f, x0, y, NUM_COL - 4, prefix, locale);
        const txt = lines(
          [{ text: r.text, size: LABEL_SIZE }, { text: metaOf(r.f, locale), size: META_SIZE, muted: true }],
          x0 + NUM_COL,
          y,
          w - NUM_COL,
        );
        out.push(`<g data-tip="${esc(tipOf(g, r, locale))}">${num.svg}${txt.svg}</g>`);
        y = Math.max(txt.bottom, num.bottom) + 12;
      }
    }
  });
  return { svg: out.join(''), bottom: y - 4 };
}

export const returnChannels: ChartDefinition = {
  id: 'return-channels',
  chapter: 'negotiations',
  requires: { figures: REQUIRED },

  describe(ds, locale) {
    const groups = groupsOf(ds, locale);
    const f = (id: string) => figure(ds, id);
    const nt = (id: string) => numberText(f(id), locale);
    const d = (id: string) => formatDate(f(id).as_of, locale);
    const rows = groups.flatMap((g) => g.rows);
    const us = rows.filter((r) => r.spec.id.startsWith('us-first-lady') && !r.spec.sub);
    return {
      title: ct('chan.title', {}, locale),
      subtitle: ct('chan.subtitle', { returned: nt('returned-verified') }, locale),
      alt: ct(
        'chan.alt',
        {
          returned: nt('returned-verified'),
          returnedAsOf: d('returned-verified'),
          qatar: nt('qatar-reunited'),
          qatarAsOf: d('qatar-reunited'),
          us: us.map((r) => ct('chan.alt.round', { value: numberText(r.f, locale), month: monthOf(r.f, locale) }, locale)).join(', '),
          list: nt('istanbul-list'),
          zelensky: nt('istanbul-list-zelensky'),
          offer: nt('istanbul-russia-offer-10'),
          info: nt('istanbul-list-information-under-20pct'),
          infoAsOf: d('istanbul-list-information-under-20pct'),
          lvova: nt('lvova-belova-reunified-latest'),
          lvovaRussia: nt('lvova-belova-reunified-russia-latest'),
        },
        locale,
      ),
      notes: [
        ct('chan.note.overlap', {}, locale),
        ...groups
          .map((g) => ({
            g,
            text: g.rows
              .filter((r) => r.f.note)
              .map((r) => {
                const value = numberText(r.f, locale);
                return ct('chan.note.item', { value: value.charAt(0).toLocaleUpperCase(locale) + value.slice(1), date: formatDate(r.f.as_of, locale), note: r.f.note! }, locale);
              })
              .join(' '),
          }))
          .filter((x) => x.text)
          .map(({ g, text }) => ct('chan.note.group', { group: g.title, text }, locale)),
      ],
      sources: [...new Set(rows.flatMap((r) => r.f.sources))],
      methods: [...new Set(rows.map((r) => r.f.method))].sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b)),
    };
  },

  render(ds, { width, locale }) {
    const groups = groupsOf(ds, locale);
    const prefix = `return-channels-${width}`;
    const narrow = width < 560;
    const footText = ct('chan.foot', {}, locale);
    let body: string;
    let bottom: number;
    if (narrow) {
      const c = column(groups, 0, 0, width, prefix, locale, true);
      body = c.svg;
      bottom = c.bottom;
    } else {
      // Two columns, split where the taller one is shortest.
      const gap = 32;
      const colW = (width - gap) / 2;
      let best: { svg: string; bottom: number } | undefined;
      for (let k = 1; k < groups.length; k++) {
        const a = column(groups.slice(0, k), 0, 0, colW, prefix, locale);
        const b = column(groups.slice(k), colW + gap, 0, colW, prefix, locale);
        const h = Math.max(a.bottom, b.bottom);
        if (!best || h < best.bottom) best = { svg: a.svg + b.svg, bottom: h };
      }
      body = best!.svg;
      bottom = best!.bottom;
    }
    // On a phone the subtitle, just above, already says that the counts overlap and do not add up.
    const foot = narrow ? [] : wrapText(footText, width, 13);
    let fy = bottom + 8;
    const footSvg = foot
      .map((l) => {
        fy += 16;
        return `<text x="0" y="${r1(fy)}" font-size="13" font-style="italic" fill="${color('muted')}">${esc(l)}</text>`;
      })
      .join('');
    const height = Math.ceil(fy + 6);
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(FONT_SANS)}" font-size="12" aria-hidden="true">` +
      methodDefs(prefix) +
      `<line x1="0" x2="${width}" y1="${r1(bottom + 4)}" y2="${r1(bottom + 4)}" stroke="${color('grid')}"/>` +
      body +
      footSvg +
      `</svg>`
    );
  },

  table(ds, locale) {
    const groups = groupsOf(ds, locale);
    return {
      columns: [
        { key: 'channel', label: ct('col.channel', {}, locale) },
        { key: 'measure', label: ct('col.counted', {}, locale) },
        { key: 'value', label: ct('col.number', {}, locale), numeric: true },
        { key: 'as_stated', label: ct('col.stated', {}, locale), restates: 'value' },
        { key: 'provenance', label: ct('col.provenance', {}, locale) },
        { key: 'claimant', label: ct('col.claimant', {}, locale), names: true },
        { key: 'as_of', label: ct('col.asOf', {}, locale), date: true },
      ],
      rows: groups.flatMap((g) =>
        g.rows.map((r) => ({
          channel: g.title,
          measure: r.f.label,
          value: isRange(r.f) ? `${r.f.low}–${r.f.high}` : r.f.value,
          as_stated: numberText(r.f, locale),
          provenance: provenanceLabel(r.f, locale),
          claimant: r.f.claimant,
          as_of: r.f.as_of,
        })),
      ),
    };
  },
};
