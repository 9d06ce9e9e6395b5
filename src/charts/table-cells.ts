/**
 * A chart table's cells as a page shows them (ChartTable.astro, WorksheetChart.astro), in the page's language: a
 * date column's ISO dates as dates (with the ISO date kept for <time datetime>), numbers formatted, and a column that
 * words a number ("as stated") shown only where it adds to the number, and left out where it never does. The CSV
 * keeps the table as the chart gives it.
 */
import type { ChartTable, TableColumn } from './types.ts';
import type { Locale } from '../i18n/index.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';

type Row = ChartTable['rows'][number];
/** A cell: its text, or a date with its ISO form. */
export type Cell = string | { iso: string; shown: string };

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const text = (v: string | number | undefined, locale: Locale, numeric?: boolean) => (numeric && typeof v === 'number' ? formatNumber(v, locale) : String(v ?? ''));

/** What a restating cell shows: nothing where its words are the number's own. */
function restated(table: ChartTable, c: TableColumn, row: Row, locale: Locale): string {
  const own = text(row[c.key], locale);
  const of = table.columns.find((x) => x.key === c.restates);
  return of && own === text(row[of.key], locale, of.numeric) ? '' : own;
}

/** The columns a page shows: a restating column only if one of `rows` (default: all) says something in it. */
export function shownColumns(table: ChartTable, locale: Locale, rows: Row[] = table.rows): TableColumn[] {
  return table.columns.filter((c) => !c.restates || rows.some((row) => restated(table, c, row, locale) !== ''));
}

export function cellOf(table: ChartTable, c: TableColumn, row: Row, locale: Locale): Cell {
  if (c.restates) return restated(table, c, row, locale);
  const v = row[c.key];
  if (c.date && typeof v === 'string' && ISO_DATE.test(v)) return { iso: v, shown: formatDate(v, locale) };
  return text(v, locale, c.numeric);
}

/** The language of a names cell (TableColumn.names) where it is not the page's: Latin letters on a page in another language. */
export function cellLang(c: TableColumn, cell: Cell, locale: Locale): string | undefined {
  if (!c.names || locale === 'en' || typeof cell !== 'string' || !/\p{Script=Latin}/u.test(cell) || /\p{Script=Cyrillic}/u.test(cell)) return undefined;
  return 'en';
}
