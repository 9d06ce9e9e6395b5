/**
 * Renders a chart definition for a dataset: checks its data, draws each width
 * variant, checks the output, and builds standalone files (SVG with title and
 * source line baked in, for downloads, fallbacks and PNG).
 */
import type { Dataset } from '../data/schema.ts';
import type { Locale } from '../i18n/index.ts';
import type { ChartDefinition, ChartTable, ChartText } from './types.ts';
import { checkOutput, checkRequirements } from './requirements.ts';
import { FONT_SANS, resolveColors, type Theme, PALETTE } from './palette.ts';
import { esc } from './dom.ts';
import { csvField } from '../data/csv.ts';
import { wrapText } from './text.ts';
import { ct } from '../i18n/charts.ts';

export const DEFAULT_WIDTHS = [300, 640];
/** A figure breaks out of the 600 px text column to this width at 1024 px and wider (see chart.css). */
export const BREAKOUT_WIDTH = 960;

export interface RenderedChart {
  id: string;
  locale: Locale;
  text: ChartText;
  /** The column variants (narrow first), inlined in pages. */
  variants: Array<{ width: number; svg: string }>;
  /** The variant drawn for a breakout figure, if the chart has one (served as a file and swapped in when there is room). */
  breakout?: { width: number; svg: string };
  table: ChartTable;
  version: string;
}

// A build renders each chart for many pages and files; charts are pure, so results are cached per dataset object.
const cache = new WeakMap<Dataset, Map<string, RenderedChart>>();

/** What to render: the locale (required: every word the chart draws is in it) and, for a scrolling sequence, a state. */
export interface RenderOptions {
  locale: Locale;
  state?: string | undefined;
}

/**
 * Renders `chart` from `ds` in `opts.locale`. For a locale other than English, pass the dataset already localized
 * (`localizeDataset(ds, locale)`), so the dataset's labels, notes and names are in the same language as the chart's own copy.
 */
export function renderChart(chart: ChartDefinition, ds: Dataset, opts: RenderOptions): RenderedChart {
  const { locale, state } = opts;
  let perDs = cache.get(ds);
  if (!perDs) cache.set(ds, (perDs = new Map()));
  const key = `${chart.id}|${locale}|${state ?? ''}`;
  const hit = perDs.get(key);
  if (hit) return hit;
  const r = renderUncached(chart, ds, locale, state);
  perDs.set(key, r);
  return r;
}

function renderUncached(chart: ChartDefinition, ds: Dataset, locale: Locale, state?: string): RenderedChart {
  checkRequirements(chart, ds);
  if (state !== undefined && !(chart.states && state in chart.states)) {
    throw new Error(`chart "${chart.id}" has no state "${state}" (states: ${Object.keys(chart.states ?? {}).join(', ') || 'none'})`);
  }
  const draw = (width: number) => {
    const svg = chart.render(ds, { width, locale, ...(state === undefined ? {} : { state }) });
    checkOutput(chart.id, svg);
    return { width, svg };
  };
  const widths = chart.widths ?? DEFAULT_WIDTHS;
  const variants = widths.map(draw);
  const bw = chart.breakout === undefined ? BREAKOUT_WIDTH : chart.breakout;
  const breakout = bw && bw > widths[widths.length - 1]! ? draw(bw) : undefined;
  const part = state === undefined ? undefined : chart.stateData?.(ds, locale, state);
  const text = part ? { ...chart.describe(ds, locale), sources: part.sources } : chart.describe(ds, locale);
  for (const [k, v] of Object.entries({ title: text.title, subtitle: text.subtitle, alt: text.alt })) {
    if (!v.trim()) throw new Error(`chart "${chart.id}" has an empty ${k}`);
    if (/NaN|undefined/.test(v)) throw new Error(`chart "${chart.id}" ${k} contains "${v.match(/NaN|undefined/)![0]}"`);
  }
  return { id: chart.id, locale, text, variants, ...(breakout ? { breakout } : {}), table: part?.table ?? chart.table(ds, locale), version: ds.version };
}

/**
 * A self-contained SVG file: title, subtitle, the chart, and a source and credit
 * line, with concrete colours for one theme. Used for the .svg download, the
 * .png fallback image and print.
 */
export function standaloneSvg(
  r: RenderedChart,
  opts: { theme?: Theme; siteName: string; sourceNames: string[]; width?: number },
): string {
  const theme = opts.theme ?? 'light';
  const variant = r.variants.find((v) => v.width === (opts.width ?? 640)) ?? r.variants[r.variants.length - 1]!;
  const inner = variant.svg.trim();
  const vb = inner.match(/viewBox="([\d.\s-]+)"/)?.[1]?.split(/\s+/).map(Number);
  const chartW = vb?.[2] ?? variant.width;
  const chartH = vb?.[3] ?? Number(inner.match(/height="([\d.]+)"/)?.[1] ?? 400);
  const pad = 20;
  const width = chartW + pad * 2;
  const titleLines = wrapText(r.text.title, chartW, 20, 700);
  const subLines = wrapText(r.text.subtitle, chartW, 14);
  const credit = ct('file.credit', { site: opts.siteName, sources: opts.sourceNames.join(ct('file.listSep', {}, r.locale)), version: r.version }, r.locale);
  const foot = wrapText(credit, chartW, 11);
  let y = pad + 20;
  const head: string[] = [];
  for (const l of titleLines) {
    head.push(`<text x="${pad}" y="${y}" font-size="20" font-weight="700" fill="${PALETTE.text[theme]}">${esc(l)}</text>`);
    y += 25;
  }
  for (const l of subLines) {
    head.push(`<text x="${pad}" y="${y}" font-size="14" fill="${PALETTE.muted[theme]}">${esc(l)}</text>`);
    y += 19;
  }
  y += 8;
  const chartY = y;
  y += chartH + 16;
  const footer = foot.map((l, i) => `<text x="${pad}" y="${y + i * 15}" font-size="11" fill="${PALETTE.muted[theme]}">${esc(l)}</text>`);
  const height = y + foot.length * 15 + pad / 2;
  const nested = inner.replace(/^<svg\b/, `<svg x="${pad}" y="${chartY}"`);
  return resolveColors(
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${r.locale}" width="${width}" height="${Math.ceil(height)}" viewBox="0 0 ${width} ${Math.ceil(height)}" font-family="${esc(FONT_SANS)}">` +
      `<title>${esc(r.text.title)}</title><desc>${esc(r.text.alt)}</desc>` +
      `<rect width="100%" height="100%" fill="${PALETTE.bg[theme]}"/>${head.join('')}${nested}${footer.join('')}</svg>`,
    theme,
  );
}

/**
 * RFC 4180 CSV of the chart's table. The header row holds the column keys (`keys`: the English files' stable
 * header, which scripts rely on) or the column labels in the table's language (`labels`: what a reader sees
 * when a translated edition's file opens in a spreadsheet).
 */
export function tableCsv(t: ChartTable, header: 'keys' | 'labels' = 'keys'): string {
  // The same field writer as /data/*.csv: RFC 4180 quoting and formula neutralisation (src/data/csv.ts).
  const lines = [t.columns.map((c) => csvField(header === 'keys' ? c.key : c.label)).join(',')];
  for (const row of t.rows) lines.push(t.columns.map((c) => csvField(row[c.key])).join(','));
  return lines.join('\r\n') + '\r\n';
}
