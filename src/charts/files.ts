/**
 * The static files per chart: the standalone SVG, the PNG fallback (drawn from
 * that SVG by resvg at 2×, with the Source Sans 3 files the charts are measured
 * with (src/fonts/faces.ts), so output does not depend on the machine) and the CSV of its table.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Dataset } from '../data/schema.ts';
import type { ChartDefinition } from './types.ts';
import type { Locale } from '../i18n/index.ts';
import { renderChart, standaloneSvg, tableCsv } from './render.ts';
import type { Theme } from './palette.ts';
import { sansFace } from '../fonts/faces.ts';
import { creditOrder } from '../data/credit.ts';

/** The standalone SVG in `locale`; `ds` is the dataset already localized for it (see renderChart). */
export function chartSvgFile(chart: ChartDefinition, ds: Dataset, siteName: string, locale: Locale, theme: Theme = 'light'): string {
  const r = renderChart(chart, ds, { locale });
  // The data's producers first, by role (credit.ts).
  const sourceNames = creditOrder(ds, r.text.sources).map((c) => c.publisher);
  return standaloneSvg(r, { theme, siteName, sourceNames });
}

export function svgToPng(svg: string, scale = 2): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: sansFace().files.map((f) => f.path), defaultFontFamily: 'Source Sans 3', sansSerifFamily: 'Source Sans 3' },
  });
  const img = resvg.render();
  return { png: img.asPng(), width: img.width, height: img.height };
}

/**
 * The chart's table as CSV. English keeps its column keys as the header row (the published files' contract);
 * another locale's file is headed by the column labels in that language, since readers open it in a spreadsheet.
 */
export function chartCsvFile(chart: ChartDefinition, ds: Dataset, locale: Locale): string {
  return tableCsv(renderChart(chart, ds, { locale }).table, locale === 'en' ? 'keys' : 'labels');
}
