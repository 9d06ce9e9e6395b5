/**
 * One dataset figure as a row of a chart's data table (and CSV): what it counts, the number, the number as the
 * source states it, its date, how it was produced and by whom. Shared by the charts whose table lists single figures
 * (adoption-pipeline, deportation-scale), so the two tables name the same columns the same way.
 */
import type { Figure } from '../data/schema.ts';
import type { Locale } from '../i18n/index.ts';
import { provenanceLabel } from '../i18n/provenance.ts';
import { phrase } from './util.ts';

/** A table row (ChartTable's rows are records of column key to cell). */
type FigureRow = Record<'measure' | 'children' | 'stated' | 'as_of' | 'provenance' | 'claimant', string | number>;

/** The row for `f`; a range (low–high) fails by figure and chart, since these tables hold one number per figure. */
export function figureRow(f: Figure, chartId: string, locale: Locale): FigureRow {
  if ('low' in f) throw new Error(`figure "${f.id}" is a range; ${chartId} needs single values`);
  return { measure: f.label, children: f.value, stated: phrase(f, locale), as_of: f.as_of, provenance: provenanceLabel(f, locale), claimant: f.claimant };
}
