/**
 * return-channels: how children have come back, channel by channel, as a dot plot on one shared logarithmic axis
 * (figure-dots.ts, Observable Plot), so that Ukraine's own count of about two thousand and the single rounds of a few
 * children look as far apart as they are. The numbers are of different kinds (a national running total, a mediator's
 * two-way tally, single rounds of a few children, a list handed over in talks, Russia's own claims): each channel
 * keeps its own group, heading and claimant, each count its own row with its dot (method-marked, method-mark.ts),
 * its number as the source words it ("nearly", "up to") and who gave it when. A share ("fewer than 20%") is not a
 * count and has no place on a count axis: it keeps its row, without a dot, and says so. Nothing is summed; the
 * drawing says above its rows that the counts overlap and do not add up. Copy: src/i18n/charts.*.ts ("chan.*").
 */
import type { Dataset, Figure } from '../data/schema.ts';
import { figure, isRange } from '../data/query.ts';
import { formatDate, formatNumber, sentenceStart } from '../i18n/format.ts';
import { t, type Locale } from '../i18n/index.ts';
import { ct, type ChartKey } from '../i18n/charts.ts';
import type { ChartDefinition } from './types.ts';
import { color } from './palette.ts';
import { esc } from './dom.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { dotRow, dotValue, extentOf, GAP, logAxis, NUM, R, type LogAxis, AXIS_H, axisStrip, dotChartSvg } from './figure-dots.ts';
import { METHOD_ORDER, methodMeaning, provenanceLabel } from '../i18n/provenance.ts';

interface RowSpec {
  id: string;
  /** What the number counts, in a few words; the group heading gives the context. */
  text: (f: Figure, ds: Dataset, locale: Locale) => string;
  /** Drawn only when the dataset has this figure (and `when` holds). */
  optional?: boolean;
  when?: (ds: Dataset) => boolean;
  /** A part of the row above (its claimant and date are the same). */
  sub?: boolean;
}
interface GroupSpec {
  key: string;
  title: (ds: Dataset, locale: Locale) => string;
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
    rows: [{ id: 'qatar-reunited', text: (_f, _ds, l) => ct('chan.row.qatar', {}, l) }],
  },
  {
    key: 'us',
    title: (_ds, l) => ct('chan.group.us', {}, l),
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
  /** Every count has one claimant, named in the title, and one date (Russia's own claims): said once, in the lead. */
  shared: boolean;
}

function groupsOf(ds: Dataset, locale: Locale): Group[] {
  return GROUPS.map((g) => {
    const title = g.title(ds, locale);
    const rows = g.rows
      .filter((r) => !r.optional || (ds.figures.some((f) => f.id === r.id) && (r.when?.(ds) ?? true)))
      .map((r) => {
        const f = figure(ds, r.id);
        return { spec: r, f, text: r.text(f, ds, locale) };
      });
    const first = rows[0]!.f;
    return {
      spec: g,
      title,
      ...(g.titleMonth ? { month: figure(ds, g.titleMonth).as_of.slice(0, 7) } : {}),
      rows,
      shared: rows.length > 1 && rows.every((r) => r.f.claimant === first.claimant && r.f.as_of === first.as_of) && title.includes(shortClaimant(first.claimant)),
    };
  });
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

/** Sizes: what a count counts (the lead lines, and the rows when wide), who gave it and when, a group's heading. */
const TEXT = 13;
const META = 12;
const HEAD = 14;
/** A row's words: a size smaller on a phone, where fourteen rows must fit within a WordPress embed frame; their line height. */
const textSize = (width: number) => (width < 560 ? 12 : TEXT);
const lineOf = (width: number) => textSize(width) + 2;
/** Line heights: of a row's words, of a heading. */
const LINE = 15;
const HEAD_LINE = 16;
/** Words go beside a dot where they have at least this much room and take at most this many lines (and no more height than above it); else above it. */
const BESIDE_MIN = 90;
const BESIDE_LINES = 5;
/** Between a group's rows, and around the hairline between groups. */
const ROW_GAP = 3;
const GROUP_GAP = 8;
/** A dot row's height: 14 rows on a phone, where the embed must stay within a WordPress frame. */
const DOT_ROW = 18;

/** A word of a row's text, with its style. */
interface Run {
  word: string;
  size: number;
  muted?: boolean;
  bold?: boolean;
  italic?: boolean;
}
const runs = (text: string, style: Omit<Run, 'word'>): Run[] =>
  text
    .split(/ +/)
    .filter(Boolean)
    .map((word) => ({ word, ...style }));
const runW = (r: Run) => textWidth(r.word, r.size, r.bold ? 700 : 400);

/** Greedy wrap of styled words: `first` px on the first line, `rest` px on the others. */
function wrapRuns(words: Run[], first: number, rest: number): Run[][] {
  const lines: Run[][] = [[]];
  let used = 0;
  for (const w of words) {
    const room = lines.length > 1 ? rest : first;
    const add = (used ? textWidth(' ', w.size) : 0) + runW(w);
    if (used && used + add > room) {
      lines.push([w]);
      used = runW(w);
    } else {
      lines[lines.length - 1]!.push(w);
      used += add;
    }
  }
  return lines.filter((l) => l.length);
}

/** One line of styled words: a <text> per run of one style, each placed after the last (measured), with a halo in
 * the page's colour where the words cross the axis's tick marks. */
function lineSvg(line: Run[], x: number, y: number): string {
  const chunks: Run[][] = [];
  for (const w of line) {
    const last = chunks[chunks.length - 1]?.[0];
    if (last && last.size === w.size && last.muted === w.muted && last.bold === w.bold && last.italic === w.italic) chunks[chunks.length - 1]!.push(w);
    else chunks.push([w]);
  }
  let at = x;
  return chunks
    .map((c, i) => {
      const st = c[0]!;
      const text = c.map((w) => w.word).join(' ');
      if (i) at += textWidth(' ', st.size);
      const svg =
        `<text x="${r1(at)}" y="${r1(y)}" font-size="${st.size}" fill="${color(st.muted ? 'muted' : 'text')}"${st.bold ? ' font-weight="700"' : ''}${st.italic ? ' font-style="italic"' : ''}` +
        ` stroke="${color('bg')}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(text)}</text>`;
      at += textWidth(text, st.size, st.bold ? 700 : 400);
      return svg;
    })
    .join('');
}

/** Who gave a row's count and when, unless its words or its group's heading already say so. */
function metaOf(g: Group, r: Row, locale: Locale, dateStyle: 'long' | 'short'): string {
  if (r.spec.sub || g.shared) return '';
  const who = shortClaimant(r.f.claimant);
  const surname = who.split(' ').pop()!;
  const inMonth = r.f.as_of.startsWith(g.month ?? '-');
  // "… per Zelensky" in a group whose heading names the month: nothing to add.
  if (inMonth && surname.length > 4 && r.text.includes(surname.slice(0, -2))) return '';
  // A label of its own after the row's words, so it starts with a capital even where the translation writes the
  // producer in lower case mid-sentence («уряд України»).
  return sentenceStart(inMonth ? who : `${who} · ${formatDate(r.f.as_of, locale, dateStyle).replace(/ /g, '\u00a0')}`, locale);
}

/**
 * One count's row from `top`: its dot on the shared axis with its number beside it, and its words (what it counts,
 * then who and when, muted) beside the dot where they fit in a few lines (after the number, or before the dot from
 * the drawing's left edge, whichever takes fewer lines), else above the dot across the width.
 */
function countRow(g: Group, r: Row, axis: LogAxis, width: number, top: number, prefix: string, locale: Locale, dateStyle: 'long' | 'short'): { svg: string; bottom: number } {
  const num = numberText(r.f, locale);
  const line = lineOf(width);
  const words = [...runs(r.text, { size: textSize(width) }), ...runs(metaOf(g, r, locale, dateStyle), { size: META, muted: true })];
  const cx = axis.x(dotValue(r.f));
  const numW = textWidth(num, NUM, 700);
  const numRight = cx + R + GAP + numW <= width;
  // After the number (when it is right of the dot), or from the left edge to the dot (or to the number, left of it).
  const rightX = cx + R + GAP + numW + 6;
  const leftEnd = numRight ? cx - R - 6 : cx - R - GAP - numW - 6;
  const sides = [
    ...(numRight && width - rightX >= BESIDE_MIN ? [{ x: rightX, lines: wrapRuns(words, width - rightX, width - rightX) }] : []),
    ...(leftEnd >= BESIDE_MIN ? [{ x: 0, lines: wrapRuns(words, leftEnd, leftEnd) }] : []),
  ].sort((a, b) => a.lines.length - b.lines.length);
  // Beside only where that is no taller than the words above the dot would be.
  const above = wrapRuns(words, width, width);
  const beside = sides.find((sd) => sd.lines.length <= BESIDE_LINES && (sd.lines.length - 1) * (line - 1) <= above.length * line);
  const out: string[] = [];
  let dotTop = top;
  if (beside || !words.length) {
    // The first line on the dot's, the rest under it.
    beside?.lines.forEach((l, k) => out.push(lineSvg(l, beside.x, top + DOT_ROW / 2 + 4.5 + k * (line - 1))));
    out.unshift(`<g transform="translate(0,${r1(top)})">${dotRow(axis, width, prefix, r.f, num, DOT_ROW)}</g>`);
    return { svg: out.join(''), bottom: top + DOT_ROW + ((beside?.lines.length ?? 1) - 1) * (line - 1) };
  }
  for (const l of above) {
    dotTop += line;
    out.push(lineSvg(l, 0, dotTop - 4));
  }
  out.push(`<g transform="translate(0,${r1(dotTop)})">${dotRow(axis, width, prefix, r.f, num, DOT_ROW)}</g>`);
  return { svg: out.join(''), bottom: dotTop + DOT_ROW };
}

/** A share's row: no dot (a percentage is not a count of children), its number in bold with its words, and why. */
function shareRow(g: Group, r: Row, width: number, top: number, locale: Locale, dateStyle: 'long' | 'short'): { svg: string; bottom: number } {
  const words = [
    ...runs(numberText(r.f, locale), { size: NUM, bold: true }),
    ...runs(r.text, { size: textSize(width) }),
    ...runs(metaOf(g, r, locale, dateStyle), { size: META, muted: true }),
    ...runs(ct('chan.share', {}, locale), { size: META, muted: true, italic: true }),
  ];
  let y = top;
  const out: string[] = [];
  for (const l of wrapRuns(words, width, width)) {
    y += lineOf(width);
    out.push(lineSvg(l, 0, y - 3));
  }
  return { svg: out.join(''), bottom: y + 3 };
}

/** The axis: every count the chart draws (the shares have no place on it). */
function axisOf(groups: Group[], width: number, locale: Locale): LogAxis {
  return logAxis(groups.flatMap((g) => g.rows.filter((r) => r.f.unit !== 'percent').flatMap((r) => extentOf(r.f))), width, locale, [0, width], true);
}

function render(ds: Dataset, width: number, locale: Locale): string {
  const groups = groupsOf(ds, locale);
  const prefix = `return-channels-${width}`;
  const narrow = width < 560;
  const dateStyle = narrow ? 'short' : 'long';
  const axis = axisOf(groups, width, locale);
  const out: string[] = [];
  // Above the rows, where it cannot be missed: the counts overlap and do not add up. (On a phone the subtitle, just
  // above the drawing, says so: the drawing does not repeat it, to stay within a WordPress embed frame.)
  const foot = narrow ? [] : wrapText(ct('chan.foot', {}, locale), width - 14, TEXT, 600);
  let y = 0;
  if (foot.length) {
    out.push(`<rect x="0" y="0" width="4" height="${foot.length * 17 + 4}" fill="${color('axis')}"/>`);
    for (const l of foot) {
      y += 17;
      out.push(`<text x="14" y="${y - 2}" font-size="${TEXT}" font-weight="600" fill="${color('text')}">${esc(l)}</text>`);
    }
    y += 8;
  }
  out.push(axisStrip(axis, width, y));
  y += AXIS_H;
  groups.forEach((g, gi) => {
    if (gi > 0) {
      out.push(`<line x1="0" x2="${width}" y1="${r1(y + GROUP_GAP / 2)}" y2="${r1(y + GROUP_GAP / 2)}" stroke="${color('grid')}"/>`);
    }
    y += GROUP_GAP;
    for (const l of wrapText(g.title, width, HEAD, 700)) {
      y += HEAD_LINE;
      out.push(`<text x="0" y="${r1(y - 4)}" font-size="${HEAD}" font-weight="700" fill="${color('text')}">${esc(l)}</text>`);
    }
    if (g.spec.lead) {
      // Where every count in the group has one claimant, named in the heading, and one date (Russia's own claims),
      // the date goes once, after the lead line.
      const text = ct(g.spec.lead, {}, locale);
      const lead = g.shared ? `${text} · ${formatDate(g.rows[0]!.f.as_of, locale, dateStyle)}` : text;
      for (const l of wrapText(lead, width, TEXT)) {
        y += LINE;
        out.push(`<text x="0" y="${r1(y - 3)}" font-size="${TEXT}" fill="${color('text')}">${esc(l)}</text>`);
      }
    }
    y += 2;
    g.rows.forEach((r, ri) => {
      if (ri > 0) y += ROW_GAP;
      const row = r.f.unit === 'percent' ? shareRow(g, r, width, y, locale, dateStyle) : countRow(g, r, axis, width, y, prefix, locale, dateStyle);
      out.push(`<g data-tip="${esc(tipOf(g, r, locale))}" data-figure="${esc(r.f.id)}">${row.svg}</g>`);
      y = row.bottom;
    });
  });
  // Wide, the tick labels again under the last row.
  if (!narrow) {
    y += 6;
    out.push(axisStrip(axis, width, y));
    y += AXIS_H;
  }
  const height = Math.ceil(y + 4);
  return dotChartSvg(width, height, prefix, out.join(''));
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
        ct('every.note.log', {}, locale),
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
    return render(ds, width, locale);
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
