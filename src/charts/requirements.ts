/** Checks that the dataset has what a chart needs, so a missing figure fails the build by name, not the reader's page. */
import type { Dataset } from '../data/schema.ts';
import type { ChartDefinition } from './types.ts';

export class ChartDataError extends Error {
  override name = 'ChartDataError';
}

export function checkRequirements(chart: ChartDefinition, ds: Dataset): void {
  const problems: string[] = [];
  const figures = new Set(ds.figures.map((f) => f.id));
  for (const id of chart.requires.figures ?? []) if (!figures.has(id)) problems.push(`figure "${id}" is missing`);
  for (const id of chart.requires.series ?? []) {
    const s = ds.series.find((x) => x.id === id);
    if (!s) problems.push(`series "${id}" is missing`);
    else if (s.points.length === 0) problems.push(`series "${id}" has no points`);
  }
  if (chart.requires.events && ds.events.length === 0) problems.push('the dataset has no events');
  const events = new Set(ds.events.map((e) => e.id));
  for (const id of chart.requires.eventIds ?? []) if (!events.has(id)) problems.push(`event "${id}" is missing`);
  if (chart.requires.places && ds.places.length === 0) problems.push('the dataset has no places');
  if (chart.requires.trips && ds.trips.length === 0) problems.push('the dataset has no trips');
  if (chart.requires.states_parties && !ds.states_parties) problems.push('the dataset has no states_parties');
  if (problems.length) {
    throw new ChartDataError(`chart "${chart.id}" cannot render from dataset v${ds.version}: ${problems.join('; ')}`);
  }
}

/** Rejects output a reader must never see. */
export function checkOutput(chartId: string, svg: string): void {
  if (!/^<svg[\s>]/.test(svg.trim())) throw new ChartDataError(`chart "${chartId}" did not render an <svg> element`);
  const bad = svg.match(/NaN|undefined|Infinity|\[object Object\]/);
  if (bad) throw new ChartDataError(`chart "${chartId}" rendered "${bad[0]}" into its SVG`);
  if (!/<(path|rect|circle|line|text|polygon|polyline)\b/.test(svg)) throw new ChartDataError(`chart "${chartId}" rendered an empty SVG`);
}
