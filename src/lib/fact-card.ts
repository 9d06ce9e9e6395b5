/**
 * What the popover on an inline number shows (src/scripts/fact-popover.ts):
 * the value as the page prints it, what it counts, who produced it and how in
 * plain words ("Ukraine's government · case count", never a verdict), who
 * said it, as of when and when we last checked, the verbatim quote, and the
 * source to open. Built at build time per figure and served as
 * /data/figures/<id>.json, so pages carry none of it until a reader taps a
 * number.
 */
import type { Dataset, Method } from '../data/schema.ts';
import { figure, isRange, source } from '../data/query.ts';
import { formatDate, formatQualified, formatRange } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import { methodMeaning, provenanceLabel, readViaLabel } from '../i18n/provenance.ts';

export interface FactCard {
  id: string;
  /** The value with its qualifier, as in the prose ("at least 19,546"). */
  value: string;
  unit: string;
  /** What is counted. */
  label: string;
  /** How it was produced, for the method's mark (solid, outlined, hatched). */
  method: Method;
  /** Who produced it and how, in plain words: "Ukraine's government · case count". */
  provenance: string;
  /** What the method means: "a count of individual cases". */
  how: string;
  /** Who said it, as the dataset names them. */
  who: string;
  /** As of when, formatted. */
  when: string;
  /** ISO date of `when`. */
  asOf: string;
  /** When someone last looked for a newer value, formatted. */
  checked: string;
  /** The source's words, verbatim, containing the value. */
  quote: string;
  source: { publisher: string; title: string; date?: string; url: string; via?: { label: string; url: string }; figures: string };
}

export function factCard(ds: Dataset, id: string, locale: Locale): FactCard {
  const f = figure(ds, id);
  const s = source(ds, f.sources[0]!);
  const via = readViaLabel(s, locale);
  return {
    id: f.id,
    value: isRange(f) ? formatRange(f.low, f.high, locale) : formatQualified(f.value, f.qualifier, locale),
    unit: f.unit,
    label: f.label,
    method: f.method,
    provenance: provenanceLabel(f, locale),
    how: methodMeaning(f.method, locale),
    who: f.claimant,
    when: formatDate(f.as_of, locale),
    asOf: f.as_of,
    checked: formatDate(f.checked, locale),
    quote: f.quote,
    source: {
      publisher: s.publisher,
      title: s.title,
      ...(s.date ? { date: formatDate(s.date, locale) } : {}),
      url: s.url,
      ...(via && s.read_via ? { via: { label: via, url: s.read_via } } : {}),
      figures: `/sources/#${s.id}`,
    },
  };
}
