/**
 * The dataset in another language. Its reader-facing text (labels, notes,
 * titles, summaries, names, claimants, definitions, and translations of
 * quotes) lives in content/data/i18n/<locale>.json, keyed by the dataset's
 * ids, so a value, a date or a source exists once, in the dataset.
 *
 * - translationProblems(ds): every problem with every translation file, as
 *   `<file>: <JSON path>: <rule>` (load.ts calls it for the working dataset,
 *   so a bad or incomplete translation stops the build; data:check prints it).
 * - localizeDataset(ds, locale): the same Dataset with its text in the locale.
 * - quoteTranslation(table, id, locale, date?): a quote's translation, if any.
 * - unitLabel(unit, value, locale): "дитина" / "дитини" / "дітей" for a count.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset, Event, Figure, Place, Series, Source, Trip } from './schema.ts';
import { Translation } from './translation-schema.ts';
import type { Translation as TranslationT } from './translation-schema.ts';
import type { Problem } from './checks/problem.ts';
import { ProblemsError, jsonPath } from './checks/problem.ts';
import { issueHits } from './checks/zod-issues.ts';
import { scanJson } from './checks/json-syntax.ts';
import { capProblems } from './checks/cap.ts';
import { checkTranslation, numbersFit } from './translation-check.ts';
import { ukApostrophesDeep } from '../i18n/apostrophe.ts';
import { releaseVersionOf } from './release-origin.ts';
import type { CheckResult } from './translation-check.ts';

/** The locales the dataset is translated into (each has content/data/i18n/<locale>.json). */
export const TRANSLATED_LOCALES = ['uk'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];
/** English is the dataset itself. */
export type DataLocale = 'en' | TranslatedLocale;

export const TRANSLATIONS_DIR = 'content/data/i18n';
export const translationPath = (locale: TranslatedLocale): string => `${TRANSLATIONS_DIR}/${locale}.json`;

/** Refuse absurd files before reading them (ours is well under 1 MB). */
const MAX_BYTES = 5 * 1024 * 1024;

type Parsed = { ok: true; raw: unknown } | { ok: false; problems: Problem[] };

/** Reads and parses a translation file as JSON: never throws, names the file in each problem. */
function readJson(path: string, file: string): Parsed {
  const fail = (message: string): Parsed => ({ ok: false, problems: [{ file, path: '', message }] });
  const abs = resolve(process.cwd(), path);
  let text: string;
  try {
    const stat = statSync(abs);
    if (!stat.isFile()) return fail('is not a regular file');
    if (stat.size > MAX_BYTES) return fail(`file is over ${MAX_BYTES / 1024 / 1024} MB; not read`);
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(abs));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return fail(`file not found (looked for ${abs}); every locale in TRANSLATED_LOCALES needs one`);
    if (e instanceof TypeError) return fail('file is not valid UTF-8 text');
    return fail(`cannot read the file: ${(e as Error).message}`);
  }
  if (text.startsWith('\uFEFF')) return fail('file starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
  if (text.trim() === '') return fail('file is empty; expected a JSON translation');
  const scan = scanJson(text);
  if (scan.error) return fail(`invalid JSON at line ${scan.error.line}, column ${scan.error.column}: ${scan.error.message}`);
  if (scan.duplicates.length > 0) {
    const d = scan.duplicates[0]!;
    return fail(`key ${JSON.stringify(String(d.keys[d.keys.length - 1]))} appears twice in the same object (at ${d.keys.map(String).join('.')}); JSON keeps only the last`);
  }
  return { ok: true, raw: JSON.parse(text) as unknown };
}

/** Reads a translation file and checks it against a dataset; `file` is the name put in problems. */
export function readTranslation(path: string, ds: Dataset, opts: { locale: string; file?: string }): CheckResult {
  const file = opts.file ?? path;
  const parsed = readJson(path, file);
  if (!parsed.ok) return parsed;
  const r = checkTranslation(parsed.raw, ds, { file, locale: opts.locale });
  return r.ok ? r : { ok: false, problems: capProblems(r.problems) };
}

/** Every problem with every translation of `ds` (the working dataset); [] when all are complete and sound. */
export function translationProblems(ds: Dataset): Problem[] {
  return TRANSLATED_LOCALES.flatMap((locale) => {
    const r = readTranslation(translationPath(locale), ds, { locale });
    return r.ok ? [] : r.problems;
  });
}

/** The translation files' modification times and sizes, to notice an edit; '' parts for missing files. */
export function translationStamp(): string {
  return TRANSLATED_LOCALES.map((locale) => {
    try {
      const st = statSync(resolve(process.cwd(), translationPath(locale)));
      return `${st.mtimeMs}:${st.size}`;
    } catch {
      return '';
    }
  }).join('|');
}

/** A translation that cannot be used; the message lists every problem, one a line. */
export class TranslationError extends ProblemsError {
  override readonly name = 'TranslationError';
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  table: TranslationT;
}
const cache = new Map<string, CacheEntry>();

/** Where the translation frozen with a release is kept (src/data/release-translations.ts freezes and checks them). */
export const FROZEN_TRANSLATIONS_DIR = `${TRANSLATIONS_DIR}/releases`;
export const frozenTranslationPath = (locale: TranslatedLocale, version: string): string => `${FROZEN_TRANSLATIONS_DIR}/${locale}/${version}.json`;

/**
 * The parsed translation table for a locale (shape checked; the check against
 * the dataset runs where the dataset is loaded), Ukrainian apostrophes made
 * typographic. Cached while the file is unchanged. With `version`, the
 * translation frozen with that release, if it has one.
 */
export function translationTable(locale: TranslatedLocale, version?: string): TranslationT {
  if (version !== undefined) {
    const frozen = frozenTranslationPath(locale, version);
    if (statOf(frozen)) return tableFrom(frozen, locale);
  }
  return tableFrom(translationPath(locale), locale);
}

function statOf(path: string): { mtimeMs: number; size: number } | undefined {
  try {
    return statSync(resolve(process.cwd(), path));
  } catch {
    return undefined;
  }
}

function tableFrom(path: string, locale: TranslatedLocale): TranslationT {
  const abs = resolve(process.cwd(), path);
  const stamp = statOf(path);
  const hit = cache.get(abs);
  if (hit && stamp && hit.mtimeMs === stamp.mtimeMs && hit.size === stamp.size) return hit.table;
  const parsed = readJson(path, path);
  if (!parsed.ok) throw new TranslationError(parsed.problems);
  const r = Translation.safeParse(parsed.raw);
  if (!r.success) {
    throw new TranslationError(issueHits(r.error.issues, parsed.raw).map((h) => ({ file: path, path: jsonPath(h.keys), message: h.message })));
  }
  // Every string here is our own text (quotes stay in the dataset), so Ukrainian words take ’ (src/i18n/apostrophe.ts).
  const table = locale === 'uk' ? ukApostrophesDeep(r.data) : r.data;
  if (stamp) cache.set(abs, { mtimeMs: stamp.mtimeMs, size: stamp.size, table });
  return table;
}

/**
 * The translation of one field if it fits this dataset's English (it writes
 * the English's numbers, and no other but the entry's values), else the English.
 * For the working dataset every field fits (load.ts refuses it otherwise); an
 * older release keeps its English wherever its text has since changed.
 */
function pick(english: string, text: string | undefined, values: readonly number[]): string {
  return text !== undefined && numbersFit(english, text, values) ? text : english;
}
function pickOptional(english: string | undefined, text: string | undefined, values: readonly number[]): string | undefined {
  return english === undefined ? undefined : pick(english, text, values);
}

function localizeFigure(f: Figure, tr: TranslationT): Figure {
  const t = tr.figures[f.id];
  if (!t) return f;
  const values = 'low' in f ? [f.low, f.high] : [f.value];
  const note = pickOptional(f.note, t.note, values);
  return { ...f, label: pick(f.label, t.label, values), claimant: pick(f.claimant, t.claimant, values), ...(note !== undefined ? { note } : {}) };
}

function localizeSeries(s: Series, tr: TranslationT): Series {
  const t = tr.series[s.id];
  if (!t) return s;
  const values = s.points.map((p) => p.value);
  const note = pickOptional(s.note, t.note, values);
  return {
    ...s,
    label: pick(s.label, t.label, values),
    claimant: pick(s.claimant, t.claimant, values),
    definition: pick(s.definition, t.definition, values),
    ...(note !== undefined ? { note } : {}),
    breaks: s.breaks.map((b) => {
      const bt = t.breaks?.[b.after];
      return { ...b, label: pick(b.label, bt?.label, values), note: pick(b.note, bt?.note, values) };
    }),
    points: s.points.map((p) => {
      const pt = t.points?.[p.date];
      const pv = [p.value, ...values];
      const claimant = pickOptional(p.claimant, pt?.claimant, pv);
      const pnote = pickOptional(p.note, pt?.note, pv);
      return { ...p, ...(claimant !== undefined ? { claimant } : {}), ...(pnote !== undefined ? { note: pnote } : {}) };
    }),
  };
}

function localizeEvent(e: Event, tr: TranslationT): Event {
  const t = tr.events[e.id];
  return t ? { ...e, title: pick(e.title, t.title, []), summary: pick(e.summary, t.summary, []) } : e;
}

function localizePlace(p: Place, tr: TranslationT): Place {
  const t = tr.places[p.id];
  return t ? { ...p, name: pick(p.name, t.name, []), summary: pick(p.summary, t.summary, []) } : p;
}

/** A source with our notes on it in the locale; its title, publisher, address and dates stay as they are. */
function localizeSource(src: Source, tr: TranslationT): Source {
  const t = tr.sources[src.id];
  if (!t) return src;
  const note = pickOptional(src.note, t.note, []);
  const dateNote = pickOptional(src.date_note, t.date_note, []);
  return { ...src, ...(note !== undefined ? { note } : {}), ...(dateNote !== undefined ? { date_note: dateNote } : {}) };
}

function localizeTrip(trip: Trip, tr: TranslationT): Trip {
  const t = tr.trips?.[trip.id];
  if (!t) return trip;
  const note = pickOptional(trip.note, t.note, []);
  return { ...trip, place: pick(trip.place, t.place, []), ...(note !== undefined ? { note } : {}) };
}

function localizeStatesParties(sp: Dataset['states_parties'], tr: TranslationT): Dataset['states_parties'] {
  if (!sp || sp.note === undefined) return sp;
  return { ...sp, note: pick(sp.note, tr.states_parties?.note, [sp.count]) };
}

/** localizeDataset's results, per dataset object and locale, with the translation table they were made from. */
const localized = new WeakMap<Dataset, Map<TranslatedLocale, { tr: TranslationT; out: Dataset }>>();

/**
 * The dataset with its reader-facing text in `locale`: the same type, the same
 * entries in the same order, every value, date, id, quote and unit key
 * untouched, and each source's title, publisher and address as the source
 * wrote them (only our notes on a source are translated); 'en' returns `ds` itself. Quotes stay as the source wrote them;
 * use quoteTranslation for their translation and unitLabel for a unit's words.
 */
export function localizeDataset(ds: Dataset, locale: DataLocale): Dataset {
  if (locale === 'en') return ds;
  // A frozen release is read with the translation frozen with it (a pinned embed's words never change); the working
  // dataset with today's. The same dataset and translation give the same object, so caches keyed by the dataset (the
  // charts') keep working.
  const tr = translationTable(locale, releaseVersionOf(ds));
  const perDs = localized.get(ds) ?? new Map<TranslatedLocale, { tr: TranslationT; out: Dataset }>();
  localized.set(ds, perDs);
  const hit = perDs.get(locale);
  if (hit && hit.tr === tr) return hit.out;
  const out = build(ds, tr);
  perDs.set(locale, { tr, out });
  return out;
}

function build(ds: Dataset, tr: TranslationT): Dataset {
  return {
    ...ds,
    title: pick(ds.title, tr.title, []),
    description: pick(ds.description, tr.description, []),
    figures: ds.figures.map((f) => localizeFigure(f, tr)),
    series: ds.series.map((s) => localizeSeries(s, tr)),
    events: ds.events.map((e) => localizeEvent(e, tr)),
    places: ds.places.map((p) => localizePlace(p, tr)),
    sources: ds.sources.map((src) => localizeSource(src, tr)),
    trips: ds.trips.map((trip) => localizeTrip(trip, tr)),
    ...(ds.states_parties ? { states_parties: localizeStatesParties(ds.states_parties, tr) } : {}),
  };
}

/**
 * The translation of a quote into `locale`, to show marked as a translation
 * beside the original; undefined for English, and for a quote whose source
 * already wrote in that language (it is shown as written). A series point is
 * named by its series id and `date`; a withdrawal from the Rome Statute by its
 * state code; for 'states_parties' (one list) the id is ignored.
 */
export function quoteTranslation(
  table: 'figures' | 'places' | 'series' | 'trips' | 'states_parties' | 'withdrawals',
  id: string,
  locale: DataLocale,
  date?: string,
): string | undefined {
  if (locale === 'en') return undefined;
  const tr = translationTable(locale);
  if (table === 'figures') return tr.figures[id]?.quote_translation;
  if (table === 'places') return tr.places[id]?.quote_translation;
  if (table === 'trips') return tr.trips?.[id]?.quote_translation;
  if (table === 'states_parties') return tr.states_parties?.quote_translation;
  if (table === 'withdrawals') return tr.states_parties?.withdrawals?.[id]?.quote_translation;
  if (date === undefined) throw new Error(`quoteTranslation('series', ${JSON.stringify(id)}): a series point is named by its date; pass it`);
  return tr.series[id]?.points?.[date]?.quote_translation;
}

/**
 * The words for a unit with a count in `locale`: "children" in English (the
 * dataset's own word), "дитина"/"дитини"/"дітей" in Ukrainian by plural rule.
 */
export function unitLabel(unit: string, value: number, locale: DataLocale): string {
  if (locale === 'en') return unit;
  const forms = translationTable(locale).units[unit];
  if (!forms) throw new Error(`${translationPath(locale)}: $.units: no words for the unit ${JSON.stringify(unit)}`);
  const category = new Intl.PluralRules(locale).select(value);
  return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
}
