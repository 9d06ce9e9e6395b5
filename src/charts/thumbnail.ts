/**
 * The gallery's thumbnail of a chart (/charts/, /uk/charts/): the chart's phone drawing (its narrowest width, made to
 * be read on a phone) as a file of its own in one theme, without the title, takeaway and credit the gallery card
 * prints in HTML beside it. The 640-px standalone file shrunk into a 288-px card was unreadable at 320 px and always
 * light. Colours are the theme's own; the label font travels inside the file (a subset of Source Sans 3 as a data:
 * URL, as in the embeds: src/fonts/embed-font.ts), because an SVG shown as an image cannot use the page's fonts and
 * its labels were placed with Source Sans 3's metrics.
 */
import type { Dataset } from '../data/schema.ts';
import type { Locale } from '../i18n/index.ts';
import type { ChartDefinition } from './types.ts';
import { renderChart } from './render.ts';
import { PALETTE, resolveColors, type Theme } from './palette.ts';
import { chartFontCss } from '../fonts/embed-font.ts';

export const THUMB_THEMES: readonly Theme[] = ['light', 'dark'];
/** Space around the drawing, in its own px. */
const PAD = 8;

function layout(chart: ChartDefinition, ds: Dataset, locale: Locale) {
  const r = renderChart(chart, ds, { locale });
  const drawing = [...r.variants].sort((a, b) => a.width - b.width)[0]!;
  const inner = drawing.svg.trim();
  const vb = /viewBox="([\d.\s-]+)"/.exec(inner)?.[1]?.split(/\s+/).map(Number);
  if (!vb || vb.length !== 4) throw new Error(`${chart.id}: its ${drawing.width}-px drawing has no viewBox`);
  return { inner, vb, width: Math.ceil(vb[2]! + 2 * PAD), height: Math.ceil(vb[3]! + 2 * PAD) };
}

/** The thumbnail's size in CSS px, for the gallery's <img width height>. */
export function thumbnailSize(chart: ChartDefinition, ds: Dataset, locale: Locale): { width: number; height: number } {
  const { width, height } = layout(chart, ds, locale);
  return { width, height };
}

/** The thumbnail's SVG; `ds` is the dataset already in `locale` (localizeDataset). */
export async function thumbnailSvg(chart: ChartDefinition, ds: Dataset, locale: Locale, theme: Theme): Promise<{ svg: string; width: number; height: number }> {
  const { inner, width, height } = layout(chart, ds, locale);
  const nested = inner.replace(/^<svg\b/, `<svg x="${PAD}" y="${PAD}"`);
  // The font's CSS applies to drawings inside .chart-body, as in an embed page.
  const css = await chartFontCss([inner]);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${locale}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    (css ? `<style>${css}</style>` : '') +
    `<rect width="100%" height="100%" fill="${PALETTE.bg[theme]}"/><g class="chart-body">${nested}</g></svg>`;
  return { svg: resolveColors(svg, theme), width, height };
}
