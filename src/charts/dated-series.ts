/**
 * Helpers for the time-series charts (deportations-over-time, returns-over-time):
 * where a partial date sits on a time axis, how its precision is said, who a
 * point's claimant is, and year ticks.
 */
import type { Dataset, Qualifier, Series, SeriesPoint } from '../data/schema.ts';
import { source } from '../data/query.ts';
import { formatDate, formatQualified, precisionOf } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import { ct } from '../i18n/charts.ts';

const DAY = 86_400_000;

/**
 * A partial date as a time (ms, UTC) for drawing: a day at its start, a month at
 * its 15th (mid-month), a year at 1 July (mid-year). Its precision is said in words
 * wherever the point is (see precisionNote), never implied by the position alone.
 */
export function placeDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const p = precisionOf(date);
  if (p === 'day') return Date.UTC(y, m! - 1, d!);
  if (p === 'month') return Date.UTC(y, m! - 1, 15);
  return Date.UTC(y, 6, 1);
}

/** The earliest day a partial date can mean, as a time ("2024" → 1 January 2024), for break markers. */
export function startOf(date: string): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  return Date.UTC(y, m - 1, d);
}

/** "" for a day; a short phrase for a coarser date, for data-tips. */
export function precisionNote(date: string, locale: Locale): string {
  const p = precisionOf(date);
  if (p === 'month') return ct('series.precision.month', {}, locale);
  if (p === 'year') return ct('series.precision.year', {}, locale);
  return '';
}

/** "day", "month" or "year": how precisely a date is known, in words for a table cell. */
export function precisionWord(date: string, locale: Locale): string {
  return ct(`precision.${precisionOf(date)}`, {}, locale);
}

/** A number the source gave as a floor: "more than 7,000", "at least 5,754". Drawn as an open marker. */
export function isLowerBound(q: Qualifier): boolean {
  return q === 'more-than' || q === 'at-least';
}

export function pointClaimant(s: Series, p: SeriesPoint): string {
  return p.claimant ?? s.claimant;
}

/** Publisher names of a point's sources, in order, without repeats. */
export function publishers(ds: Dataset, ids: readonly string[]): string {
  return [...new Set(ids.map((id) => source(ds, id).publisher))].join('; ');
}

/** Every source id a series' points cite, in first-use order. */
export function seriesSources(s: Series): string[] {
  return [...new Set(s.points.flatMap((p) => p.sources))];
}

/** "more than 7,000 as of 5 September 2022 (date known only to the month; drawn mid-month)". */
export function pointPhrase(p: SeriesPoint, locale: Locale): string {
  return ct('series.pointPhrase', { value: formatQualified(p.value, p.qualifier, locale), date: formatDate(p.date, locale), precision: precisionNote(p.date, locale) }, locale);
}

/** 1 January of every year from the domain's start to its end, inclusive. */
export function yearTicks(t0: number, t1: number): number[] {
  const out: number[] = [];
  for (let y = new Date(t0).getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y++) {
    const t = Date.UTC(y, 0, 1);
    if (t >= t0) out.push(t);
  }
  return out;
}

export function addDays(t: number, days: number): number {
  return t + days * DAY;
}

/** Days between two times, rounded. */
export function daysBetween(a: number, b: number): number {
  return Math.round((b - a) / DAY);
}
