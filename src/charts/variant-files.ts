/**
 * The drawings pages load only when they need them (a breakout figure's wide drawing, each state of a scrolling
 * sequence), per locale: which exist, and their bare SVG. Served by src/pages/charts/[id]/[variant].svg.ts and
 * src/pages/uk/charts/[id]/[variant].svg.ts.
 */
import type { Dataset } from '../data/schema.ts';
import type { Locale } from '../i18n/index.ts';
import { CHARTS, getChart } from './index.ts';
import { DEFAULT_WIDTHS, renderChart } from './render.ts';

/**
 * Every variant name: "breakout" where the chart has one, "<width>" for each column drawing (a figure placed with
 * `lazy` fetches them: src/scripts/chart-lazy.ts), "<width>-<state>" for each state at each width, and
 * "breakout-<state>" for each state where the chart has a breakout drawing (a chapter's annotated state,
 * `<Chart state="…">`, breaks out at desktop widths like any other figure).
 */
export function variantParams(ds: Dataset, locale: Locale): Array<{ params: { id: string; variant: string } }> {
  return CHARTS.flatMap((c) => [
    ...(renderChart(c, ds, { locale }).breakout ? [{ params: { id: c.id, variant: 'breakout' } }] : []),
    ...(c.widths ?? DEFAULT_WIDTHS).map((w) => ({ params: { id: c.id, variant: String(w) } })),
    ...Object.keys(c.states ?? {}).flatMap((state) => (c.widths ?? DEFAULT_WIDTHS).map((w) => ({ params: { id: c.id, variant: `${w}-${state}` } }))),
    ...Object.keys(c.states ?? {}).flatMap((state) => (renderChart(c, ds, { locale, state }).breakout ? [{ params: { id: c.id, variant: `breakout-${state}` } }] : [])),
  ]);
}

/** The bare SVG of one variant; `ds` is the dataset in `locale` (localizeDataset). */
export function variantSvg(id: string, variant: string, ds: Dataset, locale: Locale): string {
  const chart = getChart(id);
  if (variant === 'breakout') return renderChart(chart, ds, { locale }).breakout!.svg;
  if (variant.startsWith('breakout-')) return renderChart(chart, ds, { locale, state: variant.slice('breakout-'.length) }).breakout!.svg;
  if (/^\d+$/.test(variant)) return renderChart(chart, ds, { locale }).variants.find((v) => v.width === Number(variant))!.svg;
  const [, w, state] = /^(\d+)-(.+)$/.exec(variant)!;
  return renderChart(chart, ds, { locale, state }).variants.find((v) => v.width === Number(w))!.svg;
}
