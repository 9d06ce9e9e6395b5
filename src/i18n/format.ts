/**
 * Number and date formatting for every page and chart, by locale. Dates in the
 * dataset carry their precision in their form (YYYY, YYYY-MM, YYYY-MM-DD), and
 * a date is never printed more precisely than it is known.
 */
import { t, DEFAULT_LOCALE, type Locale } from './index.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE): string {
  let nf = numberFormats.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormats.set(locale, nf);
  }
  return nf.format(value);
}

/** A compact form for chart axes: 19.5K, 700K. */
export function formatCompact(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export type Precision = 'day' | 'month' | 'year';

export function precisionOf(date: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  throw new Error(`not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
}

/** "17 March 2023", "March 2023" or "2023", as precise as the date is known. */
export function formatDate(date: string, locale: Locale = DEFAULT_LOCALE, style: 'long' | 'short' = 'long'): string {
  const precision = precisionOf(date);
  const [y, m = '01', d = '01'] = date.split('-');
  const when = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const month = style === 'long' ? 'long' : 'short';
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { month, year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, options).format(when);
}

export type Qualifier = 'exact' | 'at-least' | 'more-than' | 'about' | 'nearly' | 'fewer-than' | 'up-to';

/** "at least 6,000", "more than 300", "19,546". */
export function formatQualified(value: number, qualifier: Qualifier = 'exact', locale: Locale = DEFAULT_LOCALE): string {
  return t(`qualifier.${qualifier}`, { n: formatNumber(value, locale) }, locale);
}

export function formatRange(low: number, high: number, locale: Locale = DEFAULT_LOCALE): string {
  return t('range', { low: formatNumber(low, locale), high: formatNumber(high, locale) }, locale);
}
