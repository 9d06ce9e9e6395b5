/**
 * Checks a dataset translation (content/data/i18n/<locale>.json) against the
 * dataset it translates, and lists every problem as `<file>: <JSON path>:
 * <rule>`: the file's shape, ids the dataset does not have, a translatable
 * field left untranslated, text for a field the English does not have, a
 * number typed into a translation that the English text and the entry's
 * values do not have, and English left in place of a translation. A quote
 * gets a `quote_translation` exactly when its source wrote in another language.
 * And the same personal-data scan as the dataset: a translated note is text
 * the site publishes too («2015 р.н.» belongs in neither).
 */
import type { Dataset, Series } from './schema.ts';
import { Translation } from './translation-schema.ts';
import type { SeriesText, Translation as TranslationT } from './translation-schema.ts';
import type { Problem } from './checks/problem.ts';
import { jsonPath } from './checks/problem.ts';
import { issueHits } from './checks/zod-issues.ts';
import { nearMatches } from './checks/near.ts';
import { numberCandidates } from './checks/numerals.ts';
import { findPersonalData } from './checks/personal-data.ts';

export type CheckResult = { ok: true; data: TranslationT; fields: FieldCounts } | { ok: false; problems: Problem[] };

/** How many text fields the translation gives per table (for the CLI's "ok" line and the report). */
export type FieldCounts = Record<'dataset' | 'units' | 'figures' | 'series' | 'events' | 'places' | 'sources' | 'trips' | 'states_parties', number>;

type Keys = PropertyKey[];

/** Every number an English text (or a value) can mean: "19,546" → 19546; "19.5" → 19.5; each digit run too. */
export function englishNumbers(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\d+(?:[ ,.]\d+)*/g)) {
    for (const n of numberCandidates(m[0])) out.add(n);
    for (const run of m[0].split(/[ ,.]/)) out.add(Number(run));
  }
  return out;
}

/**
 * The numbers a Ukrainian text writes: groups of three digits after a space,
 * no-break space or narrow no-break space ("19 546"), a decimal comma ("2,5").
 * A four-digit first group is a number of its own ("2014 200" is 2014 and 200).
 */
export function localNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<!\d)(\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)|\d+)(?:,(\d+))?(?!\d)/g)) {
    const int = m[1]!.replace(/[ \u00A0\u202F]/g, '');
    out.push(Number(m[2] ? `${int}.${m[2]}` : int));
  }
  return out;
}

/**
 * True when a translation writes exactly the English's numbers: none the
 * English text and `values` lack, and every number the English writes in digits.
 */
export function numbersFit(english: string, text: string, values: readonly number[]): boolean {
  const allowed = englishNumbers(english);
  for (const v of values) allowed.add(v);
  const written = localNumbers(text);
  const have = new Set(written);
  return written.every((n) => allowed.has(n)) && [...english.matchAll(/\d+(?:[ ,.]\d+)*/g)].every((m) => [...englishNumbers(m[0])].some((n) => have.has(n)));
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Three or more Latin words in a row, two of them lower-case ("of the children"): an English phrase. */
const ENGLISH_RUN = /(?:\b[A-Za-z][A-Za-z'’-]*[\s,]+){2,}[A-Za-z][A-Za-z'’-]*\b/g;

/** Why `text` looks like English left in place of a translation, or null. */
export function leftoverEnglish(text: string, english: string): string | null {
  if (text.trim() === english.trim()) return 'is the English text unchanged; translate it';
  if (!CYRILLIC.test(text)) return 'has no Cyrillic letter; it looks untranslated';
  for (const m of text.matchAll(ENGLISH_RUN)) {
    const words = m[0].split(/[\s,]+/).filter(Boolean);
    if (words.filter((w) => /^[a-z]/.test(w)).length >= 2) return `contains the English words ${JSON.stringify(m[0].trim())}; translate them`;
  }
  return null;
}

/**
 * Why `text` breaks the Ukrainian typography of content/i18n/terms.uk.md, or
 * null: quotation marks are «…» (inside a quote „…“), the apostrophe is the
 * ASCII ' so that search finds every form of a word, and no Russian letter
 * (ы, э, ъ, ё) is left in from a Russian original.
 */
export function typographyProblem(text: string): string | null {
  const quote = /["\u201D]/.exec(text);
  if (quote) return `uses the quotation mark ${JSON.stringify(quote[0])}; Ukrainian text uses «…» (inside a quote „…“), see content/i18n/terms.uk.md`;
  const russian = /[ыэъёЫЭЪЁ]/.exec(text);
  if (russian) return `contains the Russian letter ${JSON.stringify(russian[0])}, which Ukrainian does not have (a Russian word left untranslated?)`;
  const apos = /[\u2019\u02BC]/.exec(text);
  if (apos) return `uses ${JSON.stringify(apos[0])} as an apostrophe; write the ASCII ' (content/i18n/terms.uk.md)`;
  return null;
}

export interface CheckOptions {
  /** The file name to put in each problem. */
  file: string;
  /** The locale the file must declare (from its name). */
  locale: string;
}

/** Validates a parsed translation document against a validated dataset. */
export function checkTranslation(raw: unknown, ds: Dataset, opts: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const add = (keys: Keys, message: string): void => {
    problems.push({ file: opts.file, path: jsonPath(keys), message });
  };
  for (const hit of findPersonalData(raw)) add(hit.keys, hit.message);
  const parsed = Translation.safeParse(raw);
  if (!parsed.success) {
    for (const hit of issueHits(parsed.error.issues, raw)) add(hit.keys, hit.message);
    return { ok: false, problems };
  }
  const tr = parsed.data;
  const fields: FieldCounts = { dataset: 0, units: 0, figures: 0, series: 0, events: 0, places: 0, sources: 0, trips: 0, states_parties: 0 };
  if (tr.locale !== opts.locale) add(['locale'], `says ${JSON.stringify(tr.locale)}, but the file is for ${JSON.stringify(opts.locale)}`);
  if (opts.locale === 'en') add(['locale'], 'English is the dataset itself; a translation is for another language');

  const languageOf = new Map(ds.sources.map((s) => [s.id, s.language]));
  /** A quote needs a translation unless its source (sources[0]) wrote in the translation's language. */
  const needsTranslation = (sources: readonly string[]): boolean => {
    const lang = languageOf.get(sources[0] ?? '') ?? '';
    return lang.split('-')[0] !== opts.locale;
  };

  /**
   * One translatable field: present exactly when the English is, not English,
   * and no number the English text and `values` do not have.
   */
  const field = (
    table: keyof FieldCounts,
    keys: Keys,
    english: string | undefined,
    text: string | undefined,
    values: readonly number[],
    what = 'English text',
  ): void => {
    if (english === undefined) {
      if (text !== undefined) add(keys, `the dataset has no ${what} here to translate; remove this field`);
      return;
    }
    if (text === undefined) {
      add(keys, `missing translation of the ${what} ${JSON.stringify(english.length > 60 ? `${english.slice(0, 60)}…` : english)}`);
      return;
    }
    if (text.trim() === '') {
      add(keys, 'is empty (only spaces); write the translation');
      return;
    }
    fields[table]++;
    const left = leftoverEnglish(text, english);
    if (left) add(keys, left);
    const typo = opts.locale === 'uk' && table !== 'units' ? typographyProblem(text) : null;
    if (typo) add(keys, typo);
    const allowed = englishNumbers(english);
    for (const v of values) allowed.add(v);
    const written = localNumbers(text);
    for (const n of written) {
      if (!allowed.has(n)) {
        add(keys, `has the number ${n}, which the English text and the entry's values do not have; numbers must be the dataset's`);
      }
    }
    // The other way round: a number the English writes in digits is not left out.
    const have = new Set(written);
    for (const m of english.matchAll(/\d+(?:[ ,.]\d+)*/g)) {
      if (![...englishNumbers(m[0])].some((n) => have.has(n))) {
        add(keys, `leaves out the number ${JSON.stringify(m[0])} that the English text has; write every number of the English in digits`);
      }
    }
  };

  /** Ids in the translation that the dataset lacks. */
  const unknownIds = (table: string, ids: Iterable<string>, known: readonly string[], label: string): void => {
    const set = new Set(known);
    for (const id of ids) {
      if (set.has(id)) continue;
      const near = nearMatches(id, known);
      add([table, id], `unknown ${label} ${JSON.stringify(id)}: the dataset (v${ds.version}) has no such ${label}${near.length ? `; did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}?` : ''}`);
    }
  };

  field('dataset', ['title'], ds.title, tr.title, []);
  field('dataset', ['description'], ds.description, tr.description, []);

  // Units: a vocabulary, not per-entry text; every unit the dataset uses has all plural forms.
  const units = new Set([...ds.figures.map((f) => f.unit), ...ds.series.map((s) => s.unit)]);
  unknownIds('units', Object.keys(tr.units), [...units], 'unit');
  for (const unit of units) {
    const forms = tr.units[unit];
    if (!forms) {
      add(['units', unit], `missing the plural forms (one, few, many, other) of the unit ${JSON.stringify(unit)}`);
      continue;
    }
    for (const [form, text] of Object.entries(forms)) {
      field('units', ['units', unit, form], unit, text, [], 'unit');
    }
  }

  unknownIds('figures', Object.keys(tr.figures), ds.figures.map((f) => f.id), 'figure id');
  for (const f of ds.figures) {
    const t = tr.figures[f.id];
    const keys = ['figures', f.id];
    if (!t) {
      add(keys, `missing translation of figure ${JSON.stringify(f.id)} (label, claimant${f.note ? ', note' : ''}${needsTranslation(f.sources) ? ', quote_translation' : ''})`);
      continue;
    }
    const values = 'low' in f ? [f.low, f.high] : [f.value];
    field('figures', [...keys, 'label'], f.label, t.label, values);
    field('figures', [...keys, 'claimant'], f.claimant, t.claimant, values);
    field('figures', [...keys, 'note'], f.note, t.note, values);
    quote('figures', [...keys, 'quote_translation'], f.quote, f.sources, t.quote_translation, values);
  }

  unknownIds('series', Object.keys(tr.series), ds.series.map((s) => s.id), 'series id');
  for (const s of ds.series) {
    const t = tr.series[s.id];
    const keys = ['series', s.id];
    if (!t) {
      add(keys, `missing translation of series ${JSON.stringify(s.id)} (label, claimant, definition, its breaks and points)`);
      continue;
    }
    const values = s.points.map((p) => p.value);
    field('series', [...keys, 'label'], s.label, t.label, values);
    field('series', [...keys, 'claimant'], s.claimant, t.claimant, values);
    field('series', [...keys, 'definition'], s.definition, t.definition, values);
    field('series', [...keys, 'note'], s.note, t.note, values);
    seriesParts(s, t, keys, values);
  }

  unknownIds('events', Object.keys(tr.events), ds.events.map((e) => e.id), 'event id');
  for (const e of ds.events) {
    const t = tr.events[e.id];
    if (!t) {
      add(['events', e.id], `missing translation of event ${JSON.stringify(e.id)} (title, summary)`);
      continue;
    }
    field('events', ['events', e.id, 'title'], e.title, t.title, []);
    field('events', ['events', e.id, 'summary'], e.summary, t.summary, []);
  }

  unknownIds('places', Object.keys(tr.places), ds.places.map((p) => p.id), 'place id');
  for (const p of ds.places) {
    const t = tr.places[p.id];
    if (!t) {
      add(['places', p.id], `missing translation of place ${JSON.stringify(p.id)} (name, summary${p.quote && needsTranslation(p.sources) ? ', quote_translation' : ''})`);
      continue;
    }
    field('places', ['places', p.id, 'name'], p.name, t.name, []);
    field('places', ['places', p.id, 'summary'], p.summary, t.summary, []);
    quote('places', ['places', p.id, 'quote_translation'], p.quote, p.sources, t.quote_translation, []);
  }

  // Sources: only our own notes; titles and publishers are the source's words.
  const noted = ds.sources.filter((src) => src.note !== undefined || src.date_note !== undefined);
  unknownIds('sources', Object.keys(tr.sources), noted.map((src) => src.id), 'source id with a note');
  for (const src of noted) {
    const t = tr.sources[src.id];
    if (!t) {
      add(['sources', src.id], `missing translation of the notes of source ${JSON.stringify(src.id)} (${[src.note !== undefined && 'note', src.date_note !== undefined && 'date_note'].filter(Boolean).join(', ')})`);
      continue;
    }
    field('sources', ['sources', src.id, 'note'], src.note, t.note, []);
    field('sources', ['sources', src.id, 'date_note'], src.date_note, t.date_note, []);
  }

  // Trips (dataset 2.2.0): where, in words, our note and the quote's translation.
  const trips = tr.trips ?? {};
  if (ds.trips.length > 0 && tr.trips === undefined) add(['trips'], `missing the translation of the ${ds.trips.length} trips`);
  else unknownIds('trips', Object.keys(trips), ds.trips.map((x) => x.id), 'trip id');
  for (const trip of tr.trips ? ds.trips : []) {
    const t = trips[trip.id];
    const keys = ['trips', trip.id];
    if (!t) {
      add(keys, `missing translation of trip ${JSON.stringify(trip.id)} (place${trip.note ? ', note' : ''}${needsTranslation(trip.sources) ? ', quote_translation' : ''})`);
      continue;
    }
    field('trips', [...keys, 'place'], trip.place, t.place, []);
    field('trips', [...keys, 'note'], trip.note, t.note, []);
    quote('trips', [...keys, 'quote_translation'], trip.quote, trip.sources, t.quote_translation, []);
  }

  // The states parties to the Rome Statute (dataset 2.2.0).
  const sp = ds.states_parties;
  const spt = tr.states_parties;
  if (!sp) {
    if (spt) add(['states_parties'], 'the dataset has no states_parties to translate; remove this field');
  } else if (!spt) {
    add(['states_parties'], 'missing translation of states_parties (note, quote_translation, withdrawals)');
  } else {
    field('states_parties', ['states_parties', 'note'], sp.note, spt.note, [sp.count]);
    quote('states_parties', ['states_parties', 'quote_translation'], sp.quote, sp.sources, spt.quote_translation, [sp.count]);
    const wt = spt.withdrawals ?? {};
    unknownIds2(['states_parties', 'withdrawals'], Object.keys(wt), sp.withdrawals.map((w) => w.state), 'withdrawal (by its state code)', 'for');
    for (const w of sp.withdrawals) {
      quote('states_parties', ['states_parties', 'withdrawals', w.state, 'quote_translation'], w.quote, w.sources, wt[w.state]?.quote_translation, []);
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, data: tr, fields };

  /** A quote's translation: required when the source wrote in another language, refused when it wrote in this one. */
  function quote(table: keyof FieldCounts, keys: Keys, original: string | undefined, sources: readonly string[], text: string | undefined, values: readonly number[]): void {
    if (original !== undefined && !needsTranslation(sources)) {
      if (text !== undefined) add(keys, `the quote is already in this language (source ${JSON.stringify(sources[0])}); it is shown as written, so remove its translation`);
      return;
    }
    field(table, keys, original, text, values, 'quote');
  }

  function seriesParts(s: Series, t: SeriesText, keys: Keys, values: readonly number[]): void {
    const breaks = t.breaks ?? {};
    unknownIds2([...keys, 'breaks'], Object.keys(breaks), s.breaks.map((b) => b.after), `break (by its "after" date) in series ${JSON.stringify(s.id)}`);
    for (const b of s.breaks) {
      const bt = breaks[b.after];
      if (!bt) {
        add([...keys, 'breaks', b.after], `missing translation of the break after ${b.after} (label, note)`);
        continue;
      }
      field('series', [...keys, 'breaks', b.after, 'label'], b.label, bt.label, values);
      field('series', [...keys, 'breaks', b.after, 'note'], b.note, bt.note, values);
    }
    const points = t.points ?? {};
    unknownIds2([...keys, 'points'], Object.keys(points), s.points.map((p) => p.date), `point (by its date) in series ${JSON.stringify(s.id)}`);
    for (const p of s.points) {
      const pt = points[p.date];
      const pk = [...keys, 'points', p.date];
      const wanted = [p.claimant && 'claimant', p.note && 'note', needsTranslation(p.sources) && 'quote_translation'].filter(Boolean);
      if (!pt) {
        if (wanted.length > 0) add(pk, `missing translation of the point dated ${p.date} (${wanted.join(', ')})`);
        continue;
      }
      const pv = [p.value, ...values];
      field('series', [...pk, 'claimant'], p.claimant, pt.claimant, pv);
      field('series', [...pk, 'note'], p.note, pt.note, pv);
      quote('series', [...pk, 'quote_translation'], p.quote, p.sources, pt.quote_translation, pv);
    }
  }

  function unknownIds2(keys: Keys, ids: readonly string[], known: readonly string[], label: string, by = 'dated'): void {
    const set = new Set(known);
    for (const id of ids) {
      if (!set.has(id)) add([...keys, id], `unknown ${label}: the dataset (v${ds.version}) has none ${by} ${JSON.stringify(id)}${known.length ? ` (it has ${known.map((k) => JSON.stringify(k)).join(', ')})` : ''}`);
    }
  }
}

