/**
 * The shape of a dataset translation, content/data/i18n/<locale>.json: the
 * reader-facing text of the dataset in another language, keyed by the ids
 * the dataset uses (figure, series, event and place ids; a series point by its
 * date, a break by its `after`). Values, dates, sources and quotes are never
 * copied here: a quote in another language gets a `quote_translation` that
 * the page shows, marked as a translation, beside the original.
 * Rules a schema cannot express (ids exist, every field translated, numbers
 * as in the dataset, no English left over) live in translation-check.ts.
 */
import { z } from 'zod';

/** Translated text: not empty, not only spaces (translation-check.ts says which field). */
const Text = z.string().min(1, 'is empty; write the translation or remove the field');

/** The words for a unit by plural category (Intl.PluralRules): "дитина", "дитини", "дітей", "дитини". */
export const UnitForms = z.strictObject({ one: Text, few: Text, many: Text, other: Text });

export const FigureText = z.strictObject({
  label: Text,
  claimant: Text,
  note: Text.optional(),
  /** The quote in the translation's language, when the source wrote in another. */
  quote_translation: Text.optional(),
});

export const PointText = z.strictObject({
  claimant: Text.optional(),
  note: Text.optional(),
  quote_translation: Text.optional(),
});

export const BreakText = z.strictObject({ label: Text, note: Text });

export const SeriesText = z.strictObject({
  label: Text,
  claimant: Text,
  definition: Text,
  note: Text.optional(),
  /** By the break's `after` date. */
  breaks: z.record(z.string(), BreakText).optional(),
  /** By the point's date (unique within a series). */
  points: z.record(z.string(), PointText).optional(),
});

/** Our own notes on a source (how it was read, why it has no date); its title and publisher are its own words and stay as written. */
export const SourceText = z.strictObject({ note: Text.optional(), date_note: Text.optional() });

export const EventText = z.strictObject({ title: Text, summary: Text });

export const PlaceText = z.strictObject({ name: Text, summary: Text, quote_translation: Text.optional() });

/** A documented trip of a warrant's suspect (dataset 2.2.0): where, in words, and our note. */
export const TripText = z.strictObject({ place: Text, note: Text.optional(), quote_translation: Text.optional() });

/** The Rome Statute's states parties: our note, the count's quote, and each withdrawal's quote (by its state code). */
export const StatesPartiesText = z.strictObject({
  note: Text.optional(),
  quote_translation: Text.optional(),
  withdrawals: z.record(z.string(), z.strictObject({ quote_translation: Text.optional() })).optional(),
});

export const Translation = z.strictObject({
  $comment: z.string().optional(),
  /** The locale this file translates into; must match the file name. */
  locale: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code like "uk"'),
  title: Text,
  description: Text,
  /** Every unit the dataset uses, with its plural forms. */
  units: z.record(z.string(), UnitForms),
  figures: z.record(z.string(), FigureText),
  series: z.record(z.string(), SeriesText),
  events: z.record(z.string(), EventText),
  places: z.record(z.string(), PlaceText),
  /** Only sources with a note or a date_note. */
  sources: z.record(z.string(), SourceText),
  /** Required once the dataset has trips (2.2.0). */
  trips: z.record(z.string(), TripText).optional(),
  /** Required once the dataset has states_parties (2.2.0). */
  states_parties: StatesPartiesText.optional(),
});

export type UnitForms = z.infer<typeof UnitForms>;
export type FigureText = z.infer<typeof FigureText>;
export type PointText = z.infer<typeof PointText>;
export type SeriesText = z.infer<typeof SeriesText>;
export type EventText = z.infer<typeof EventText>;
export type PlaceText = z.infer<typeof PlaceText>;
export type SourceText = z.infer<typeof SourceText>;
export type TripText = z.infer<typeof TripText>;
export type StatesPartiesText = z.infer<typeof StatesPartiesText>;
export type Translation = z.infer<typeof Translation>;
