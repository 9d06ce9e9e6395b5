/** Small helpers shared by chart modules: numeric lookups, figure phrases, short claimant names and unbreakable phrases. */
import type { Dataset, Figure } from '../data/schema.ts';
import { figure, isRange } from '../data/query.ts';
import { formatDate, formatQualified } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';

/** A single-valued figure's number; a range here is a chart bug, so it throws naming the figure. */
export function valueOf(ds: Dataset, id: string): number {
  const f = figure(ds, id);
  if (isRange(f)) throw new Error(`figure "${id}" is a range (${f.low}–${f.high}); this chart needs a single value`);
  return f.value;
}

/** "at least 6,000 (as of February 2023)". */
export function phrase(f: Figure, locale: Locale = 'en'): string {
  const n = isRange(f) ? `${formatQualified(f.low, 'exact', locale)}–${formatQualified(f.high, 'exact', locale)}` : formatQualified(f.value, f.qualifier, locale);
  return n;
}

export function asOf(f: Figure, locale: Locale = 'en'): string {
  return formatDate(f.as_of, locale);
}

/** The part of a claimant before any parenthesis or comma: "Grigory Karasin, Federation Council" → "Grigory Karasin". */
export function shortClaimant(claimant: string): string {
  return claimant.split(/ \(|, /)[0] ?? claimant;
}

/** Joins the words of a short phrase (a date, "more than 700,000") with no-break spaces so wrapping keeps it whole. */
export function keep(s: string): string {
  return s.replace(/ /g, '\u00a0');
}
