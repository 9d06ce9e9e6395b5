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
import { LANG_TAG, type Locale } from '../i18n/index.ts';
import { pageLink } from '../i18n/link.ts';
import { localizeDataset, quoteTranslation, unitLabel } from '../data/translations.ts';
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
  /** The language the source wrote in (BCP 47), for `lang` on the quote. */
  quoteLang: string;
  /** Our translation of the quote, on a page in another language than the source's. */
  quoteTranslation?: string;
  source: { publisher: string; title: string; date?: string; url: string; via?: { label: string; url: string }; figures: string };
}

/** The card in `locale`: the dataset's words in that language (localizeDataset), the quote as the source wrote it. */
export function factCard(dataset: Dataset, id: string, locale: Locale): FactCard {
  const ds = localizeDataset(dataset, locale);
  const f = figure(ds, id);
  const translation = s0(quoteTranslation('figures', id, locale));
  const s = source(ds, f.sources[0]!);
  const via = readViaLabel(s, locale);
  return {
    id: f.id,
    value: isRange(f) ? formatRange(f.low, f.high, locale) : formatQualified(f.value, f.qualifier, locale),
    unit: unitLabel(f.unit, isRange(f) ? f.high : f.value, locale),
    label: f.label,
    method: f.method,
    provenance: provenanceLabel(f, locale),
    how: methodMeaning(f.method, locale),
    who: f.claimant,
    when: formatDate(f.as_of, locale),
    asOf: f.as_of,
    checked: formatDate(f.checked, locale),
    quote: f.quote,
    quoteLang: s.language,
    ...(translation && s.language !== LANG_TAG[locale] ? { quoteTranslation: translation } : {}),
    source: {
      publisher: s.publisher,
      title: s.title,
      ...(s.date ? { date: formatDate(s.date, locale) } : {}),
      url: s.url,
      ...(via && s.read_via ? { via: { label: via, url: s.read_via } } : {}),
      figures: pageLink(`/sources/#${s.id}`, locale).href,
    },
  };
}

const s0 = (x: string | undefined) => (x && x.trim() ? x : undefined);
