/**
 * Number, date and list formatting for every page and chart, by locale (the
 * locale is always required). Dates in the dataset carry their precision in
 * their form (YYYY, YYYY-MM, YYYY-MM-DD), and a date is never printed more
 * precisely than it is known. English dates use en-GB forms ("17 March 2023");
 * Ukrainian uses Intl's uk forms ("12 листопада 2025 р.", "листопад 2025 р.",
 * "2025"; numbers "19 546" with a no-break space).
 */
import { t, tn, LANG_TAG, type Locale, type PluralKey } from './index.ts';

// Joining a value with the punctuation after it (one full stop after «2025 р.»): src/i18n/punctuate.ts, a module
// without imports so the dictionaries' lookup and browser scripts can use it too.
export { punctuate, sentence, sentenceStart } from './punctuate.ts';

function cached<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = make(key)));
    return v;
  };
}

const numberFormat = cached((locale) => new Intl.NumberFormat(LANG_TAG[locale as Locale], { maximumFractionDigits: 1 }));
const compactFormat = cached(
  (locale) => new Intl.NumberFormat(LANG_TAG[locale as Locale], { notation: 'compact', maximumFractionDigits: 1 }),
);

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/** A compact form for chart axes: 19.5K, 700K (uk: 19,5 тис., 700 тис.). */
export function formatCompact(value: number, locale: Locale): string {
  return compactFormat(locale).format(value);
}

export type Precision = 'day' | 'month' | 'year';

export function precisionOf(date: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  throw new Error(`not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
}

/** English dates and lists are British ("17 March 2023", "a, b and c"); numbers keep plain `en` ("700K"). */
const PROSE_TAG: Record<Locale, string> = { en: 'en-GB', uk: LANG_TAG.uk };

const dateFormat = cached((spec) => {
  const [locale, precision, style] = spec.split('|') as [Locale, Precision, 'long' | 'short'];
  const month = style === 'long' ? 'long' : 'short';
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { month, year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(PROSE_TAG[locale], options);
});

/** "17 March 2023", "March 2023" or "2023" (uk: "17 березня 2023 р.", "березень 2023 р.", "2023"), as precise as the date is known. */
export function formatDate(date: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const precision = precisionOf(date);
  const [y, m = '01', d = '01'] = date.split('-');
  const when = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return dateFormat(`${locale}|${precision}|${style}`).format(when);
}

export type Qualifier = 'exact' | 'at-least' | 'more-than' | 'about' | 'nearly' | 'fewer-than' | 'up-to';

/** "at least 6,000", "more than 300", "19,546" (uk: "щонайменше 6 000"). */
export function formatQualified(value: number, qualifier: Qualifier, locale: Locale): string {
  return t(`qualifier.${qualifier}`, { n: formatNumber(value, locale) }, locale);
}

/** "2,000 to 3,000" (uk: "від 2 000 до 3 000"). */
export function formatRange(low: number, high: number, locale: Locale): string {
  return t('range', { low: formatNumber(low, locale), high: formatNumber(high, locale) }, locale);
}

const listFormat = cached((spec) => {
  const [locale, type] = spec.split('|') as [Locale, Intl.ListFormatType];
  return new Intl.ListFormat(PROSE_TAG[locale], { style: 'long', type });
});

/** "a, b and c" (uk: "а, б і в"); `disjunction` gives "a, b or c". */
export function formatList(items: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return listFormat(`${locale}|${type}`).format(items);
}

/** A counted phrase with the number formatted for the locale: "19,546 children" / "19 546 дітей". */
export function formatCount(key: PluralKey, n: number, locale: Locale): string {
  return tn(key, n, { n: formatNumber(n, locale) }, locale);
}

/** What formatFigureValue needs of a figure (or a series point): its value or range, qualifier and unit. */
export type Measure = ({ value: number } | { low: number; high: number }) & { qualifier?: Qualifier; unit: string };

/**
 * A figure's value with its unit, never a bare number: "80%" (uk "80 %"), "43 facilities" (uk "43 заклади"),
 * "at least 6,000 children", "2,000 to 3,000 children". A percentage takes the sign on each number; any other unit
 * follows the whole phrase, in the form for its (last) number. `unitWords(unit, n, locale)` gives a unit's words
 * for a count: src/data/translations.ts `unitLabel` (the dataset's word in English, its Ukrainian translation by
 * plural rule), passed in because this module also runs in the browser and reads no files.
 */
export function formatFigureValue(m: Measure, locale: Locale, unitWords: (unit: string, n: number, locale: Locale) => string): string {
  const percent = m.unit === 'percent';
  const num = (n: number) => (percent ? t('unit.percent', { n: formatNumber(n, locale) }, locale) : formatNumber(n, locale));
  if ('low' in m) {
    const range = t('range', { low: num(m.low), high: num(m.high) }, locale);
    return percent ? range : `${range}\u00a0${unitWords(m.unit, m.high, locale)}`;
  }
  const qualified = t(`qualifier.${m.qualifier ?? 'exact'}`, { n: num(m.value) }, locale);
  return percent ? qualified : `${qualified}\u00a0${unitWords(m.unit, m.value, locale)}`;
}
