/**
 * What the popover on an inline number shows (src/scripts/fact-popover.ts):
 * the value as the page prints it, what it counts, how it was produced, who
 * produced it, as of when, the verbatim quote, and the source to open. Built
 * at build time per figure and served as /data/figures/<id>.json, so pages
 * carry none of it until a reader taps a number.
 */
import type { Dataset } from '../data/schema.ts';
import { figure, isRange, source } from '../data/query.ts';
import { formatDate, formatQualified, formatRange } from '../i18n/format.ts';
import { t, type Locale } from '../i18n/index.ts';

export interface FactCard {
  id: string;
  /** The value with its qualifier, as in the prose ("at least 19,546"). */
  value: string;
  unit: string;
  /** What is counted. */
  label: string;
  /** How the number was produced, in plain words. */
  how: string;
  /** Who produced it. */
  who: string;
  /** As of when, formatted. */
  when: string;
  /** ISO date of `when`. */
  asOf: string;
  /** The source's words, verbatim, containing the value. */
  quote: string;
  source: { publisher: string; title: string; date?: string; url: string; figures: string };
}

export function factCard(ds: Dataset, id: string, locale: Locale): FactCard {
  const f = figure(ds, id);
  const s = source(ds, f.sources[0]!);
  return {
    id: f.id,
    value: isRange(f) ? formatRange(f.low, f.high, locale) : formatQualified(f.value, f.qualifier, locale),
    unit: f.unit,
    label: f.label,
    how: `${t(`status.${f.status}`, {}, locale)}: ${t(`status.${f.status}.long`, {}, locale)}`,
    who: f.claimant,
    when: formatDate(f.as_of, locale),
    asOf: f.as_of,
    quote: f.quote,
    source: {
      publisher: s.publisher,
      title: s.title,
      ...(s.date ? { date: formatDate(s.date, locale) } : {}),
      url: s.url,
      figures: `/sources/#${s.id}`,
    },
  };
}
