/**
 * russian-claims: what Russian officials said about the children Russia "took
 * in", beside what Ukraine has verified, on one time axis in two panels.
 * Top: Russia's statements (hatched points: claims) on their own scale, with
 * Ukraine's verified count drawn on that same scale so the gap is seen, not
 * just told. Bottom: Ukraine's verified count (a solid line) on a scale that
 * shows its shape. Each panel says what its numbers count.
 * Drawn with Observable Plot on our d3 scales (dated-series.ts, plot-svg.ts): each panel's grid and axes, Ukraine's
 * lines, the hatched claim squares and the verified dots; the labels (placed here, measured with text.ts), their
 * leaders and the panel headings are our own markup.
 * Copy: src/i18n/charts.*.ts ("claims.*").
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear, scaleUtc, type ScaleLinear } from 'd3-scale';
import type { Dataset, Series, SeriesPoint } from '../data/schema.ts';
import { figure, series, source } from '../data/query.ts';
import { formatCompact, formatDate, formatNumber, formatQualified } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import { ct } from '../i18n/charts.ts';
import { plateauOf } from './deportations-over-time.ts';
import type { ChartDefinition, ChartTable } from './types.ts';
import { color } from './palette.ts';
import { methodArea, methodDefs } from './method-mark.ts';
import { placeDate, plotScales, pointClaimant, precisionNote, seriesLineMark, tagEach, yearAxisMarks, type DrawnPoint, type YearTick } from './dated-series.ts';
import { plotMarks } from './plot-svg.ts';
import { esc } from './dom.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { keep, phrase, shortClaimant } from './util.ts';
import { METHOD_ORDER, provenanceLabel } from '../i18n/provenance.ts';
import { svgOpen, isNarrow } from './svg.ts';

const CLAIMS = 'russian-claims';
const VERIFIED = 'deported-verified';

const FS = 12;
const FS_VALUE = 13;
const LINE = 15;

function pointTip(s: Series, p: SeriesPoint, locale: Locale): string {
  const tip = ct(
    'claims.tip',
    { value: formatQualified(p.value, p.qualifier, locale), date: formatDate(p.date, locale), precision: precisionNote(p.date, locale), claimant: pointClaimant(s, p), provenance: provenanceLabel(s, locale) },
    locale,
  );
  return p.note ? `${tip} ${p.note}` : tip;
}

/** Figures the notes cite by name: the two statements of 700,000 (Karasin's first, then Lvova-Belova's report). */
const NOTE_IDS = ['russia-claim-700000-karasin', 'russia-claim-700000'];

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function latest(s: Series): SeriesPoint {
  return s.points[s.points.length - 1]!;
}

export const russianClaims: ChartDefinition = {
  id: 'russian-claims',
  chapter: 'filtration',
  requires: { series: [CLAIMS, VERIFIED], figures: NOTE_IDS },

  describe(ds, locale) {
    const ru = series(ds, CLAIMS);
    const ua = series(ds, VERIFIED);
    const top = ru.points.reduce((a, b) => (b.value > a.value ? b : a));
    const first = ru.points[0]!;
    const last = latest(ua);
    const times = Math.round(top.value / last.value);
    const plateau = plateauOf(ua);
    const karasin = figure(ds, 'russia-claim-700000-karasin');
    const lvova = figure(ds, 'russia-claim-700000');
    const claims = ru.points.map((p) =>
      ct('claims.alt.item', { value: formatQualified(p.value, p.qualifier, locale), who: shortClaimant(pointClaimant(ru, p)), date: formatDate(p.date, locale) }, locale),
    );
    const since = plateau ?? { from: last };
    return {
      title: ct('claims.title', { times }, locale),
      subtitle: ct(
        'claims.subtitle',
        { first: formatQualified(first.value, first.qualifier, locale), top: formatQualified(top.value, top.qualifier, locale), ukraine: last.value },
        locale,
      ),
      alt: ct(
        'claims.alt',
        {
          from: String(new Date(placeDate(ru.points[0]!.date)).getUTCFullYear()),
          to: String(new Date(placeDate(last.date)).getUTCFullYear()),
          claims: claims.join('; '),
          uaFirst: formatQualified(ua.points[0]!.value, ua.points[0]!.qualifier, locale),
          uaFirstDate: formatDate(ua.points[0]!.date, locale),
          uaLast: last.value,
          since: formatDate(since.from.date.slice(0, 7), locale),
          sinceDay: formatDate(since.from.date, locale),
          latest: formatDate(last.date, locale),
        },
        locale,
      ),
      notes: [
        ct(
          'claims.note.russia',
          {
            definition: ru.definition,
            karasinName: shortClaimant(karasin.claimant),
            karasin: phrase(karasin, locale),
            lvovaName: shortClaimant(lvova.claimant),
          },
          locale,
        ),
        ct('claims.note.ukraine', { definition: ua.definition }, locale),
        ct('claims.note.scales', {}, locale),
      ],
      sources: [...new Set([...ru.points.flatMap((p) => p.sources), ...ua.points.flatMap((p) => p.sources), ...karasin.sources, ...lvova.sources])],
      methods: METHOD_ORDER.filter((s) => s === ru.method || s === ua.method),
    };
  },

  render(ds, { width, locale }) {
    const wide = !isNarrow(width);
    const prefix = `russian-claims-${width}`;
    const ru = series(ds, CLAIMS);
    const ua = series(ds, VERIFIED);
    const all = [...ru.points, ...ua.points];
    const years = all.map((p) => new Date(placeDate(p.date)).getUTCFullYear());
    const y0 = Math.min(...years);
    const y1 = Math.max(...years) + 1;

    // The tick-label column fits the widest label either panel prints (both scales' ticks).
    const tickValues = [ru, ua].flatMap((s) => scaleLinear().domain([0, Math.max(...s.points.map((p) => p.value))]).nice(4).ticks(4));
    const ticksW = Math.max(...tickValues.map((v) => textWidth(v === 0 ? '0' : formatCompact(v, locale), FS))) + 8;
    const plotL = ticksW;
    const plotR = width - 2;
    const x = scaleUtc().domain([Date.UTC(y0, 0, 1), Date.UTC(y1, 0, 1)]).range([plotL, plotR]);
    const X = (d: string) => x(placeDate(d));

    const out: string[] = [];
    let y = 0;

    const text = (tx: number, ty: number, s: string, attrs = '') =>
      `<text x="${r1(tx)}" y="${r1(ty)}" ${attrs}>${esc(s)}</text>`;

    const panelHead = (title: string, sub: string) => {
      y += 14;
      out.push(text(0, y, title, `font-size="${FS_VALUE}" font-weight="700" fill="${color('text')}"`));
      y += 2;
      for (const l of wrapText(sub, width, FS)) {
        y += LINE;
        out.push(text(0, y, l, `font-size="${FS}" fill="${color('muted')}"`));
      }
    };

    /** A panel drawn with Plot on our scales: its plot area spans plotL to plotR, so Plot's rules do too. */
    const plot = (bottom: number, yScale: ScaleLinear<number, number>, marks: Plot.Markish[], decorate?: (svg: Element) => void) =>
      plotMarks({ width, height: bottom + 24, marginLeft: plotL, marginRight: width - plotR, marginTop: 0, marginBottom: 0, ...plotScales(x, yScale), marks }, decorate);

    /** Horizontal grid with value labels on the left (zero on the axis line), and year bands under the plot: a tick at each 1 January, the year's label in the middle of its band. */
    const yearLabels: YearTick[] = [];
    const yearRules: number[] = [];
    for (let yr = y0; yr <= y1; yr++) {
      yearRules.push(Date.UTC(yr, 0, 1));
      if (yr < y1) yearLabels.push({ t: (Date.UTC(yr, 0, 1) + Date.UTC(yr + 1, 0, 1)) / 2, label: String(yr), anchor: 'middle', at: 0 });
    }
    const frame = (bottom: number, yScale: ScaleLinear<number, number>, ticks: number[]): Plot.Markish[] => [
      Plot.ruleY(ticks.filter((v) => v === 0), { stroke: color('axis') }),
      Plot.ruleY(ticks.filter((v) => v !== 0), { stroke: color('grid') }),
      Plot.text(ticks, { y: (v: number) => v, frameAnchor: 'left', dx: -6, dy: 4, text: (v: number) => (v === 0 ? '0' : formatCompact(v, locale)), textAnchor: 'end', lineAnchor: 'bottom', fontSize: FS, fill: color('muted') }),
      ...yearAxisMarks(yearLabels, x, yScale, bottom, 17, yearRules),
    ];

    const uaPoints = (yScale: ScaleLinear<number, number>): DrawnPoint[] =>
      ua.points.map((p) => ({ px: X(p.date), py: yScale(p.value), open: false, tip: pointTip(ua, p, locale) }));

    // ---- Panel 1: Russian officials' figures, with Ukraine's count on the same scale.
    panelHead(ct('claims.panel1.title', {}, locale), ct('claims.panel1.sub', {}, locale));
    y += 14;
    const top1 = y;
    /** The last claim whose label could not be placed, to name it if no height works. */
    let stuck: (typeof ru.points)[number] | undefined;
    /** Panel 1 at a given plot height, or undefined when the claim labels cannot all be placed. */
    const panel1 = (h1: number): { parts: string[]; bottom1: number } | undefined => {
      const parts: string[] = [];
      const bottom1 = top1 + h1;
      const maxRu = Math.max(...ru.points.map((p) => p.value));
      const s1 = scaleLinear().domain([0, maxRu]).nice(4).range([bottom1, top1]);
      const uaTip = ct('claims.panel1.uaTip', { value: latest(ua).value, date: formatDate(latest(ua).date, locale) }, locale);
      // The frame, and Ukraine's line on Russia's scale (its whole line is one mark, with one tip), labelled above its right end.
      parts.push(
        plot(bottom1, s1, [...frame(bottom1, s1, s1.ticks(4)), seriesLineMark(uaPoints(s1), x, s1, ua.method, 'claims-ua1', 2)], (svg) =>
          svg.querySelector('g.claims-ua1')!.setAttribute('data-tip', uaTip),
        ),
      );

      const placed: Box[] = [];
      const uaLabel = wrapText(ct('claims.panel1.uaLabel', { value: latest(ua).value }, locale), wide ? 340 : 150, FS, true);
      {
        const lx = X(latest(ua).date);
        let ly = s1(latest(ua).value) - 6 - (uaLabel.length - 1) * LINE;
        for (const l of uaLabel) {
          parts.push(text(lx, ly, l, `text-anchor="end" font-size="${FS}" font-weight="600" fill="${color('verified')}"`));
          ly += LINE;
        }
        const w = Math.max(...uaLabel.map((l) => textWidth(l, FS, true)));
        placed.push({ x0: lx - w, y0: s1(latest(ua).value) - 6 - uaLabel.length * LINE, x1: lx, y1: s1(latest(ua).value) });
      }

      // Claim points: hatched squares (status claim, like the legend's swatch), each with a direct label placed where it fits.
      const R = 7;
      const pts = ru.points.map((p) => ({ p, cx: X(p.date), cy: s1(p.value) }));
      for (const q of pts) placed.push({ x0: q.cx - R - 1, y0: q.cy - R - 1, x1: q.cx + R + 1, y1: q.cy + R + 1 });
      const labels: string[] = [];
      const leaders: string[] = [];
      // Labels for the highest claims first: they sit near the top, where room is scarcest.
      for (const q of [...pts].sort((a, b) => a.cy - b.cy || b.cx - a.cx)) {
        const value = formatQualified(q.p.value, q.p.qualifier, locale);
        const meta = `${keep(shortClaimant(pointClaimant(ru, q.p)))}, ${keep(formatDate(q.p.date, locale, 'short'))}`;
        // A claimant too long to stay on one line anywhere is wrapped at its spaces instead (reliability.md F10c:
        // a realistic claimant once stopped the build). Tried only when the kept form fits nowhere, so labels that
        // fit today keep their place.
        const loose = `${shortClaimant(pointClaimant(ru, q.p))}, ${keep(formatDate(q.p.date, locale, 'short'))}`;
        const tryAt = (side: 'right' | 'left', dir: 'down' | 'up', shift: number, m: string): { box: Box; lines: string[] } | undefined => {
          const room = side === 'right' ? plotR - (q.cx + R + 4) : q.cx - R - 4 - plotL;
          if (room < 80) return undefined;
          const lines = [value, ...wrapText(m, room, FS)];
          const w = Math.max(textWidth(value, FS_VALUE, true), ...lines.slice(1).map((l) => textWidth(l, FS)));
          if (w > room) return undefined;
          const h = lines.length * LINE;
          const yTop = dir === 'down' ? q.cy - 9 + shift : q.cy - h + 2 - shift;
          const bx = side === 'right' ? q.cx + R + 4 : q.cx - R - 4 - w;
          const box = { x0: bx, y0: yTop, x1: bx + w, y1: yTop + h };
          if (box.y0 < top1 - 14 || box.y1 > bottom1 - 2) return undefined;
          if (placed.some((b) => overlaps(b, box))) return undefined;
          return { box, lines };
        };
        let got: { box: Box; lines: string[] } | undefined;
        for (const m of meta === loose ? [meta] : [meta, loose]) {
          search: for (let shift = 0; shift <= h1; shift += 3) {
            for (const side of ['right', 'left'] as const) {
              for (const dir of ['down', 'up'] as const) {
                got = tryAt(side, dir, shift, m);
                if (got) break search;
              }
            }
          }
          if (got) break;
        }
        if (!got) {
          stuck = q.p;
          return undefined;
        }
        // A label pushed away from its marker gets a leader line.
        if (q.cy < got.box.y0 - 2 || q.cy > got.box.y1 + 2) {
          const ex = got.box.x0 > q.cx ? got.box.x0 - 2 : got.box.x1 + 2;
          const ey = q.cy < got.box.y0 ? got.box.y0 + 6 : got.box.y1 - 6;
          leaders.push(`M${r1(q.cx)} ${r1(q.cy)}L${r1(ex)} ${r1(ey)}`);
        }
        placed.push(got.box);
        got.lines.forEach((l, i) => {
          labels.push(
            text(got.box.x0, got.box.y0 + 11 + i * LINE, l, i === 0 ? `font-size="${FS_VALUE}" font-weight="700" fill="${color('claim')}"` : `font-size="${FS}" fill="${color('muted')}"`),
          );
        });
      }
      if (leaders.length) parts.push(`<path data-leader="" d="${leaders.join('')}" stroke="${color('claim')}" fill="none"/>`);
      parts.push(
        plot(
          bottom1,
          s1,
          [
            Plot.rect(pts, {
              x1: (q: (typeof pts)[number]) => x.invert(q.cx - R),
              x2: (q: (typeof pts)[number]) => x.invert(q.cx + R),
              y1: (q: (typeof pts)[number]) => s1.invert(q.cy + R),
              y2: (q: (typeof pts)[number]) => s1.invert(q.cy - R),
              ...methodArea(ru.method, prefix),
              className: 'claims-ru',
            }),
          ],
          (svg) => tagEach(svg, 'claims-ru', 'rect', pts.map((q) => pointTip(ru, q.p, locale)), 'data-tip'),
        ),
      );
      // Labels sit on a halo of the background so gridlines do not run through them.
      parts.push(`<g paint-order="stroke" stroke="${color('bg')}" stroke-width="4" stroke-linejoin="round">${labels.join('')}</g>`);
      return { parts, bottom1 };
    };
    // The panel grows until every label has room (more claims in a future dataset need more height).
    let p1: { parts: string[]; bottom1: number } | undefined;
    for (let h1 = wide ? 190 : 200; !p1 && h1 <= 600; h1 += 20) p1 = panel1(h1);
    if (!p1) {
      // Name the data, not only the chart: the person fixing it edits the dataset.
      const j = stuck ? ru.points.indexOf(stuck) : -1;
      const text = locale === 'en' ? '' : `, its ${locale} text from content/data/i18n/${locale}.json`;
      const where = stuck ? ` for the claim of ${stuck.date} by ${JSON.stringify(pointClaimant(ru, stuck))} (content/data/dataset.json: $.series[${ds.series.indexOf(ru)}].points[${j}]${text})` : '';
      throw new Error(`russian-claims: no room at width ${width}${where}; a word of the claimant wider than the chart's label room cannot be placed: shorten it`);
    }
    out.push(...p1.parts);
    const bottom1 = p1.bottom1;
    y = bottom1 + 24;

    // ---- Panel 2: Ukraine's verified count on its own scale.
    y += 16;
    out.push(`<path d="M0 ${y - 14}H${width}" stroke="${color('grid')}"/>`);
    panelHead(ct('claims.panel2.title', {}, locale), ct('claims.panel2.sub', {}, locale));
    y += 36;
    const top2 = y;
    const h2 = wide ? 120 : 110;
    const bottom2 = top2 + h2;
    const s2 = scaleLinear().domain([0, Math.max(...ua.points.map((p) => p.value))]).nice(wide ? 4 : 2).range([bottom2, top2]);
    const ua2 = uaPoints(s2);
    out.push(
      plot(
        bottom2,
        s2,
        [
          ...frame(bottom2, s2, s2.ticks(wide ? 4 : 2)),
          seriesLineMark(ua2, x, s2, ua.method, 'claims-ua2-line'),
          Plot.dot(ua2, { x: (p: DrawnPoint) => x.invert(p.px), y: (p: DrawnPoint) => s2.invert(p.py), r: 3, ...methodArea(ua.method, prefix), className: 'claims-ua2' }),
        ],
        (svg) => tagEach(svg, 'claims-ua2', 'circle', ua2.map((p) => p.tip), 'data-tip'),
      ),
    );
    const end = latest(ua);
    const ex = X(end.date);
    const ey = s2(end.value);
    out.push(text(ex, ey - 22, formatNumber(end.value, locale), `text-anchor="end" font-size="${FS_VALUE}" font-weight="700" fill="${color('text')}"`));
    out.push(text(ex, ey - 8, ct('claims.asOf', { date: formatDate(end.date, locale, 'short') }, locale), `text-anchor="end" font-size="${FS}" fill="${color('muted')}"`));
    const start = ua.points[0]!;
    out.push(
      text(
        X(start.date) + 7,
        s2(start.value) + 16,
        ct('claims.startLabel', { value: formatQualified(start.value, start.qualifier, locale), date: formatDate(start.date, locale, 'short') }, locale),
        `font-size="${FS}" fill="${color('muted')}"`,
      ),
    );
    const height = Math.ceil(bottom2 + 24);

    return (
      svgOpen(width, height) +
      methodDefs(prefix) +
      out.join('') +
      `</svg>`
    );
  },

  table(ds: Dataset, locale): ChartTable {
    const rows = [CLAIMS, VERIFIED].flatMap((id) => {
      const s = series(ds, id);
      return s.points.map((p) => ({
        date: p.date,
        children: p.value,
        stated: formatQualified(p.value, p.qualifier, locale),
        counts: ct(s.id === CLAIMS ? 'claims.row.russia' : 'claims.row.ukraine', {}, locale),
        provenance: provenanceLabel(s, locale),
        claimant: pointClaimant(s, p),
        source: [...new Set(p.sources.map((sid) => source(ds, sid).publisher))].join('; '),
      }));
    });
    return {
      columns: [
        { key: 'date', label: ct('col.date', {}, locale), date: true },
        { key: 'children', label: ct('col.children', {}, locale), numeric: true },
        { key: 'stated', label: ct('col.stated', {}, locale), restates: 'children' },
        { key: 'counts', label: ct('col.counted', {}, locale) },
        { key: 'provenance', label: ct('col.provenance', {}, locale) },
        { key: 'claimant', label: ct('col.claimant', {}, locale), names: true },
        { key: 'source', label: ct('col.source', {}, locale), names: true },
      ],
      rows,
    };
  },
};
