/**
 * Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as the dataset writes them:
 * whether they are real calendar dates, and how to compare them.
 *
 * The comparison rule: a partial date stands for the EARLIEST day it can mean
 * ("2023" = 2023-01-01, "2023-03" = 2023-03-01). So "2023-03" sorts before
 * "2023-03-05", equal to "2023-03-01", and a year-only date is never "in the
 * future" while any day of that year has come. The rule is simple to state,
 * total, and never calls a date late because it is imprecise.
 */

export type Precision = 'day' | 'month' | 'year';

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision a date's form implies, or null for a string that is not YYYY, YYYY-MM or YYYY-MM-DD. */
export function precisionOf(date: string): Precision | null {
  const m = FORM.exec(date);
  if (!m) return null;
  return m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A plain table: toLocaleString here cost 20 s on a file with 35,000 bad dates. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a date string is not a real calendar date, or null when it is (e.g. "2023-02-30": "February 2023 has 28 days"). */
export function calendarError(date: string): string | null {
  const m = FORM.exec(date);
  if (!m) return 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) return `year ${year} is out of range (1900-2999)`;
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `day ${m[3]} does not exist (${MONTHS[month - 1]} ${year} has ${last} days)`;
  }
  return null;
}

/** The earliest day a partial date can mean, as YYYY-MM-DD ("2023" → "2023-01-01"). */
export function earliestDay(date: string): string {
  const p = precisionOf(date);
  if (p === 'year') return `${date}-01-01`;
  if (p === 'month') return `${date}-01`;
  return date;
}

/** The latest day a partial date can mean ("2023" → "2023-12-31", "2023-02" → "2023-02-28"), for "cannot be later than" rules. */
export function latestDay(date: string): string {
  const m = FORM.exec(date);
  if (!m) return date;
  if (m[3] !== undefined) return date;
  const month = m[2] === undefined ? 12 : Number(m[2]);
  const day = daysInMonth(Number(m[1]), month);
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Compare two partial dates by their earliest day: negative, zero or positive, for sorting. */
export function compareDates(a: string, b: string): number {
  const x = earliestDay(a);
  const y = earliestDay(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Today in UTC as YYYY-MM-DD (the build machine's clock; UTC so a build does not depend on its time zone). */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
