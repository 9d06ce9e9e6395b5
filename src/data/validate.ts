/**
 * Validates a dataset document: the zod schema first, then the rules a schema
 * cannot express (references between entries, quotes that contain their
 * values, real and past dates, date order, personal data). Every problem is
 * collected, not just the first, each with a JSON path and the rule it breaks,
 * so one run of `npm run data:check` shows everything to fix.
 *
 * Entries that fail the schema are skipped by the later rules (their problem is
 * already reported); all other entries are still checked, so a typo in one
 * figure does not hide a dangling source reference in another.
 */
import {
  Dataset,
  Event as EventSchema,
  Figure as FigureSchema,
  FullDate,
  Place as PlaceSchema,
  Series as SeriesSchema,
  SeriesPoint as SeriesPointSchema,
  Source as SourceSchema,
  StatesParties as StatesPartiesSchema,
  Trip as TripSchema,
} from './schema.ts';
import type { Dataset as DatasetT, Event, Figure, Place, Series, SeriesPoint, Source, StatesParties, Trip } from './schema.ts';
import { jsonPath } from './checks/problem.ts';
import type { Problem } from './checks/problem.ts';
import { issueHits } from './checks/zod-issues.ts';
import { findPersonalData } from './checks/personal-data.ts';
import { normalizeSpaces, quoteProblems, valueForms } from './checks/quote.ts';
import { countProblem, isStatement } from './checks/counts.ts';
import { calendarError, compareDates, earliestDay, latestDay, precisionOf, todayUtc } from './checks/dates.ts';
import { didYouMean } from './checks/near.ts';
import { copyDomainOf } from './checks/copies.ts';
import { VERDICT_RULE_SINCE, verdictProblems } from './checks/verdict.ts';
import { compareVersions } from './version.ts';
import { DatasetV1, isLegacyVersion, upgradeV1 } from './legacy-v1.ts';

export type { Problem } from './checks/problem.ts';
export { formatProblem } from './checks/problem.ts';

export type ValidationResult = { ok: true; data: DatasetT } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** The file name to put in each problem. */
  file: string;
  /** YYYY-MM-DD; defaults to today (UTC). Tests pin it. */
  today?: string;
}

type Keys = PropertyKey[];
interface Hit {
  keys: Keys;
  message: string;
}
/** An entry that passed its own schema, with where it sits in the document. */
interface At<T> {
  keys: Keys;
  v: T;
}

const COLLECTIONS = ['sources', 'figures', 'series', 'events', 'places', 'trips'] as const;
type Collection = (typeof COLLECTIONS)[number];

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function items(raw: unknown, key: string): unknown[] {
  const list = isObject(raw) ? raw[key] : undefined;
  return Array.isArray(list) ? list : [];
}

/** The entries of a collection that pass their own schema. */
function salvage<T>(raw: unknown, key: Collection, schema: { safeParse(x: unknown): { success: true; data: T } | { success: false } }): At<T>[] {
  const out: At<T>[] = [];
  items(raw, key).forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) out.push({ keys: [key, i], v: r.data });
  });
  return out;
}

/** Every string id in a collection, even in entries that fail the schema (so a reference to them is not also called dangling). */
function rawIds(raw: unknown, key: Collection): { id: string; keys: Keys }[] {
  const out: { id: string; keys: Keys }[] = [];
  items(raw, key).forEach((item, i) => {
    if (isObject(item) && typeof item['id'] === 'string') out.push({ id: item['id'], keys: [key, i, 'id'] });
  });
  return out;
}

/** Series points that pass their schema, even when their series as a whole does not. */
function salvagePoints(raw: unknown): At<SeriesPoint>[] {
  const out: At<SeriesPoint>[] = [];
  items(raw, 'series').forEach((s, si) => {
    items(s, 'points').forEach((p, pi) => {
      const r = SeriesPointSchema.safeParse(p);
      if (r.success) out.push({ keys: ['series', si, 'points', pi], v: r.data });
    });
  });
  return out;
}

function checkDuplicateIds(raw: unknown, add: (keys: Keys, m: string) => void): void {
  for (const key of COLLECTIONS) {
    const first = new Map<string, Keys>();
    for (const { id, keys } of rawIds(raw, key)) {
      const seen = first.get(id);
      if (seen) add(keys, `duplicate id ${JSON.stringify(id)} in $.${key} (first used at ${jsonPath(seen.slice(0, -1))}); ids must be unique`);
      else first.set(id, keys);
    }
  }
}

function checkSourceRefs(entries: At<{ sources: string[] }>[], sourceIds: Set<string>, add: (keys: Keys, m: string) => void): void {
  for (const { keys, v } of entries) {
    const seen = new Set<string>();
    v.sources.forEach((id, j) => {
      if (!sourceIds.has(id)) {
        add([...keys, 'sources', j], `unknown source id ${JSON.stringify(id)} (no such id in $.sources)${didYouMean(id, sourceIds)}`);
      } else if (seen.has(id)) add([...keys, 'sources', j], `source id ${JSON.stringify(id)} is listed twice`);
      seen.add(id);
    });
  }
}

/** A date field: a real calendar date, and not after the release. */
function checkDate(keys: Keys, date: string | undefined, released: string | undefined, add: (keys: Keys, m: string) => void): void {
  if (date === undefined || precisionOf(date) === null) return; // the schema reports the form
  const err = calendarError(date);
  if (err) add(keys, `not a real date: ${err}`);
  else if (released !== undefined && earliestDay(date) > released) {
    add(keys, `date ${date} is after the dataset's released date ${released}; data cannot describe the future`);
  }
}

/**
 * A value cannot be "as of" a day after its source was published. Imprecise
 * dates get the benefit of the doubt: as of 2023-09-13 fits a source dated "2023-09".
 */
function checkAgainstSource(keys: Keys, date: string, sourceId: string | undefined, sources: Map<string, Source>, add: (keys: Keys, m: string) => void): void {
  const published = sources.get(sourceId ?? '')?.date;
  if (!published || calendarError(date) || calendarError(published)) return;
  if (earliestDay(date) > latestDay(published)) {
    add(keys, `${String(keys[keys.length - 1])} ${date} is after the publication date ${published} of its source ${JSON.stringify(sourceId)}; a source cannot report a value as of a later date`);
  }
}

/** `checked` is a real day, not after the release, and not before the date the value describes. */
function checkChecked(keys: Keys, checked: string, asOf: string | undefined, released: string | undefined, add: (keys: Keys, m: string) => void): void {
  checkDate([...keys, 'checked'], checked, released, add);
  if (asOf !== undefined && !calendarError(checked) && !calendarError(asOf) && checked < earliestDay(asOf)) {
    add([...keys, 'checked'], `checked ${checked} is before ${asOf}, the date the value describes; "checked" is the day someone last looked for a newer value`);
  }
}

function checkFigures(figures: At<Figure>[], raw: unknown, sources: Map<string, Source>, released: string | undefined, add: (keys: Keys, m: string) => void): void {
  const figureIds = new Set(rawIds(raw, 'figures').map((x) => x.id));
  for (const { keys, v } of figures) {
    checkDate([...keys, 'as_of'], v.as_of, released, add);
    checkChecked(keys, v.checked, v.as_of, released, add);
    if (v.unchanged_since !== undefined) {
      checkDate([...keys, 'unchanged_since'], v.unchanged_since, released, add);
      if (!calendarError(v.unchanged_since) && !calendarError(v.as_of) && compareDates(v.unchanged_since, v.as_of) > 0) {
        add([...keys, 'unchanged_since'], `unchanged_since ${v.unchanged_since} is after as_of ${v.as_of}; it is the earliest date the same value was already reported`);
      }
    }
    checkAgainstSource([...keys, 'as_of'], v.as_of, v.sources[0], sources, add);
    const numbers = 'value' in v ? { value: v.value } : { low: v.low, high: v.high };
    if ('low' in v && !(v.low < v.high)) add([...keys, 'low'], `range low ${v.low} must be less than high ${v.high}`);
    for (const p of quoteProblems(v, numbers)) add([...keys, p.field], p.message);
    for (const [field, n] of Object.entries(numbers)) {
      const m = countProblem(n, v.unit, isStatement(v));
      if (m) add([...keys, field], m);
    }
    v.conflicts_with?.forEach((id, j) => {
      if (id === v.id) add([...keys, 'conflicts_with', j], `conflicts_with refers to the figure itself (${JSON.stringify(id)})`);
      else if (!figureIds.has(id)) {
        add([...keys, 'conflicts_with', j], `unknown figure id ${JSON.stringify(id)} (no such id in $.figures)${didYouMean(id, figureIds)}`);
      }
    });
  }
  // A figure is one value or a low/high range, never both: say so plainly
  // rather than leave the reader to decode the schema's union error.
  items(raw, 'figures').forEach((f, i) => {
    if (isObject(f) && 'value' in f && ('low' in f || 'high' in f)) {
      add(['figures', i], 'has both "value" and "low"/"high": a figure is either a single value or a low/high range');
    }
  });
}

function checkSeries(series: At<Series>[], points: At<SeriesPoint>[], sources: Map<string, Source>, released: string | undefined, add: (keys: Keys, m: string) => void): void {
  const seriesAt = new Map(series.map((s) => [s.keys[1], s.v]));
  for (const { keys, v } of points) {
    const parent = seriesAt.get(keys[1]);
    const count = parent ? countProblem(v.value, parent.unit, isStatement(parent)) : null;
    if (count) add([...keys, 'value'], count);
    checkDate([...keys, 'date'], v.date, released, add);
    checkAgainstSource([...keys, 'date'], v.date, v.sources[0], sources, add);
    for (const p of quoteProblems(v, { value: v.value })) add([...keys, p.field], p.message);
  }
  for (const { keys, v } of series) {
    checkChecked(keys, v.checked, v.points[v.points.length - 1]?.date, released, add);
    const dated = v.points.map((p, j) => ({ date: p.date, j })).filter((p) => !calendarError(p.date));
    for (let k = 1; k < dated.length; k++) {
      const prev = dated[k - 1]!;
      const cur = dated[k]!;
      if (compareDates(cur.date, prev.date) < 0) {
        add(
          [...keys, 'points', cur.j, 'date'],
          `points out of date order: ${cur.date} comes after ${prev.date} (${jsonPath([...keys, 'points', prev.j])}); ` +
            'points must be in non-decreasing date order (a partial date counts as its earliest day: "2023-03" = 2023-03-01)',
        );
      }
    }
    const sorted = dated.map((p) => p.date).sort(compareDates);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    v.breaks.forEach((b, j) => {
      checkDate([...keys, 'breaks', j, 'after'], b.after, released, add);
      if (calendarError(b.after) || first === undefined || last === undefined) return;
      if (compareDates(b.after, first) < 0 || compareDates(b.after, last) >= 0) {
        add(
          [...keys, 'breaks', j, 'after'],
          `break date ${b.after} is outside the series' span (${first} to ${last}); a break must be on or after the first point and before the last, or no point is counted under one of the rules`,
        );
      }
    });
  }
}

function checkEvents(events: At<Event>[], released: string | undefined, add: (keys: Keys, m: string) => void): void {
  for (const { keys, v } of events) {
    checkDate([...keys, 'date'], v.date, released, add);
    const form = precisionOf(v.date);
    if (form && form !== v.precision) {
      const example = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[v.precision];
      add([...keys, 'precision'], `precision "${v.precision}" does not match the date "${v.date}" (a ${form} date; precision "${v.precision}" needs the form ${example})`);
    }
  }
}

function checkPlaces(places: At<Place>[], add: (keys: Keys, m: string) => void): void {
  for (const { keys, v } of places) {
    if (!v.iso.startsWith(`${v.country}-`)) add([...keys, 'iso'], `ISO code ${JSON.stringify(v.iso)} does not belong to country "${v.country}"`);
    if (v.role === 'origin' && v.country !== 'UA') add([...keys, 'role'], 'an origin (where children were taken from) must be in Ukraine (country "UA")');
    if (v.occupied && v.country !== 'UA') add([...keys, 'occupied'], 'only Ukrainian territory can be marked occupied');
  }
}

/** True when every one of a number's or an event's sources is a copy (a repost, an aggregator): never enough alone. */
function onlyCopies(ids: string[], sources: Map<string, Source>): boolean {
  return ids.length > 0 && ids.every((id) => sources.get(id)?.kind === 'copy');
}

function checkTrips(trips: At<Trip>[], eventIds: Set<string>, sources: Map<string, Source>, released: string | undefined, add: (keys: Keys, m: string) => void): void {
  for (const { keys, v } of trips) {
    if (onlyCopies(v.sources, sources)) add([...keys, 'sources'], `every source of this trip is a copy (${v.sources.join(', ')}); add the publisher's page`);
    if (v.finding_event && !eventIds.has(v.finding_event)) add([...keys, 'finding_event'], `unknown event id ${JSON.stringify(v.finding_event)} (no such id in $.events)${didYouMean(v.finding_event, eventIds)}`);
    checkDate([...keys, 'date'], v.date, released, add);
    const form = precisionOf(v.date);
    if (form && form !== v.precision) add([...keys, 'precision'], `precision "${v.precision}" does not match the date "${v.date}" (a ${form} date)`);
    if (form && !calendarError(v.date) && latestDay(v.date) < '2023-03-17') add([...keys, 'date'], `a trip since the warrants must be dated on or after 2023-03-17, not ${v.date}`);
    const parts = v.place.split(',').map((x) => x.trim()).filter(Boolean);
    if (!parts.some((part) => v.quote.includes(part))) add([...keys, 'quote'], `the quote names none of the place's parts (${parts.map((x) => JSON.stringify(x)).join(', ')})`);
  }
}

function checkStatesParties(sp: At<StatesParties> | undefined, sources: Map<string, Source>, released: string | undefined, add: (keys: Keys, m: string) => void): void {
  if (!sp) return;
  const { keys, v } = sp;
  const sourceIds = new Set(sources.keys());
  if (onlyCopies(v.sources, sources)) add([...keys, 'sources'], `every source of the states-parties count is a copy (${v.sources.join(', ')}); add the producer's document or the publisher's page`);
  checkDate([...keys, 'as_of'], v.as_of, released, add);
  if (v.states.length !== v.count) add([...keys, 'states'], `lists ${v.states.length} states, but the count (from the quote) is ${v.count}`);
  const seen = new Set<string>();
  v.states.forEach((st, i) => {
    if (seen.has(st)) add([...keys, 'states', i], `${st} is listed twice`);
    seen.add(st);
  });
  const quote = normalizeSpaces(v.quote);
  if (!valueForms(v.count).some((f) => quote.includes(f))) add([...keys, 'quote'], `the quote does not contain the count ${v.count}`);
  const refs = (ids: string[], at: Keys) => ids.forEach((id, i) => sourceIds.has(id) || add([...at, i], `unknown source id "${id}"`));
  refs(v.sources, [...keys, 'sources']);
  v.withdrawals.forEach((w, i) => {
    const at = [...keys, 'withdrawals', i];
    if (!seen.has(w.state)) add([...at, 'state'], `${w.state} withdraws but is not in the list of states parties`);
    checkDate([...at, 'effective'], w.effective, undefined, add);
    refs(w.sources, [...at, 'sources']);
  });
}

function checkSources(sources: At<Source>[], released: string | undefined, add: (keys: Keys, m: string) => void): void {
  for (const { keys, v } of sources) {
    checkDate([...keys, 'date'], v.date, released, add);
    checkDate([...keys, 'accessed'], v.accessed, released, add);
    if (v.date && !calendarError(v.date) && !calendarError(v.accessed) && v.accessed < earliestDay(v.date)) {
      add([...keys, 'accessed'], `accessed ${v.accessed} is before the publication date ${v.date}`);
    }
    // new URL() accepts spaces (it percent-encodes them); in our data a space
    // means a note was pasted into the URL, e.g. "https://… (original: …)".
    if (/\s/.test(v.url)) add([...keys, 'url'], 'URL contains whitespace; put remarks in "note", not in the URL');
    if (v.date === undefined && v.date_note === undefined) {
      add(keys, 'source has no publication date and no "date_note" saying why none can be known; give one of them');
    }
    if (v.date !== undefined && v.date_note !== undefined) {
      add([...keys, 'date_note'], '"date_note" explains a missing date, but this source has a "date"; remove one of them');
    }
    const copy = copyDomainOf(v.url);
    if (copy && v.kind !== 'copy') {
      add([...keys, 'kind'], `URL is on ${copy}, a domain listed as a copy or aggregator, so kind must be "copy"; if the publisher's own page is known, put it in "url" and the copy in "read_via"`);
    }
    if (v.kind === 'copy' && v.read_via !== undefined) {
      add([...keys, 'read_via'], 'a source of kind "copy" is itself the copy that was read; "read_via" is for a publisher\'s page read through a copy');
    }
    if (v.read_via !== undefined && v.read_via === v.url) add([...keys, 'read_via'], '"read_via" repeats "url"; it records a different address, the copy that was read');
  }
}

/**
 * Provenance rules between entries and their sources: a figure or series
 * point needs at least one source that is not a copy, and an outlet restricted
 * to its own statements (own_statements_only) cannot source someone else's
 * number (a figure of producer "journalists" whose claimant names the outlet
 * is its own statement).
 */
function checkProvenance(
  figures: At<Figure>[],
  series: At<Series>[],
  points: At<SeriesPoint>[],
  places: At<Place>[],
  sources: Map<string, Source>,
  add: (keys: Keys, m: string) => void,
): void {
  const seriesAt = new Map(series.map((s) => [String(s.keys[1]), s.v]));
  const restricted = (keys: Keys, ids: string[], own: (s: Source) => boolean): void => {
    ids.forEach((id, j) => {
      const s = sources.get(id);
      if (s?.own_statements_only && !own(s)) {
        add(
          [...keys, 'sources', j],
          `source ${JSON.stringify(id)} (${s.publisher}) is marked own_statements_only: "${s.own_statements_only}"; it may be cited only for what it itself says, never as the source of someone else's figure; cite the producer's document or a reputable report instead`,
        );
      }
    });
  };
  const ownStatement = (producer: string, claimant: string) => (s: Source) => producer === 'journalists' && claimant.toLowerCase().includes(s.publisher.toLowerCase());
  for (const { keys, v } of figures) {
    if (onlyCopies(v.sources, sources)) {
      add([...keys, 'sources'], `every source of this figure is a copy (${v.sources.join(', ')}); a copy may not be a figure's only source: add the producer's document or the publisher's page`);
    }
    restricted(keys, v.sources, ownStatement(v.producer, v.claimant));
  }
  for (const { keys, v } of points) {
    if (onlyCopies(v.sources, sources)) {
      add([...keys, 'sources'], `every source of this point is a copy (${v.sources.join(', ')}); a copy may not be a number's only source: add the producer's document or the publisher's page`);
    }
    const s = seriesAt.get(String(keys[1]));
    restricted(keys, v.sources, ownStatement(s?.producer ?? '', v.claimant ?? s?.claimant ?? ''));
  }
  for (const { keys, v } of places) restricted(keys, v.sources, () => false);
}

/**
 * Labels and event titles carry no verdict words ("verified", "claims"),
 * from release 2.3.0 on (checks/verdict.ts); frozen earlier releases keep their words.
 */
function checkVerdicts(raw: unknown, add: (keys: Keys, m: string) => void): void {
  const version = isObject(raw) ? raw['version'] : undefined;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version) || compareVersions(version, VERDICT_RULE_SINCE) < 0) return;
  const objects = (list: unknown[]) => list.map((x) => (isObject(x) ? x : {}));
  const doc = {
    figures: objects(items(raw, 'figures')),
    series: objects(items(raw, 'series')).map((s) => ({ label: s['label'], breaks: objects(items(s, 'breaks')) })),
    events: objects(items(raw, 'events')),
  };
  for (const p of verdictProblems(doc)) add(p.keys, p.message);
}

/** Order problems as they appear in the document, so they read top to bottom. */
function documentOrder(root: unknown): (a: Hit, b: Hit) => number {
  // Each object's key positions, computed once: looking them up per comparison made 30,000 unknown fields
  // in one entry take minutes (n log n comparisons, each O(n)).
  const positions = new WeakMap<object, Map<string, number>>();
  const position = (node: unknown, key: string): number => {
    if (!isObject(node)) return -1;
    let map = positions.get(node);
    if (!map) {
      map = new Map(Object.keys(node).map((k, i) => [k, i]));
      positions.set(node, map);
    }
    return map.get(key) ?? -1;
  };
  return (a, b) => {
    let node: unknown = root;
    for (let i = 0; i < Math.min(a.keys.length, b.keys.length); i++) {
      const x = a.keys[i]!;
      const y = b.keys[i]!;
      if (x !== y) {
        if (typeof x === 'number' && typeof y === 'number') return x - y;
        const ix = position(node, String(x));
        const iy = position(node, String(y));
        if (ix !== iy) return (ix < 0 ? Infinity : ix) - (iy < 0 ? Infinity : iy) || 0;
        return String(x).localeCompare(String(y));
      }
      node = isObject(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[x] : undefined;
    }
    return a.keys.length - b.keys.length;
  };
}

/**
 * A 1.x release (the format before 2.0.0): parsed with the 1.x schema and
 * mapped to the 2.0 shape for display (legacy-v1.ts). Its own rules were
 * checked when it was released; frozen files are not re-judged by 2.0 rules.
 */
function validateLegacy(raw: unknown, opts: ValidateOptions): ValidationResult {
  const parsed = DatasetV1.safeParse(raw, { reportInput: true });
  if (parsed.success) return { ok: true, data: upgradeV1(parsed.data) };
  const problems = issueHits(parsed.error.issues, raw).map((h) => ({ file: opts.file, path: jsonPath(h.keys), message: `${h.message} (read as a 1.x dataset)` }));
  return { ok: false, problems };
}

export function validateDataset(raw: unknown, opts: ValidateOptions): ValidationResult {
  if (isLegacyVersion(raw)) return validateLegacy(raw, opts);
  const today = opts.today ?? todayUtc();
  const hits: Hit[] = [];
  const add = (keys: Keys, message: string): void => void hits.push({ keys, message });

  const personal = findPersonalData(raw);
  for (const h of personal) add(h.keys, h.message);

  const parsed = Dataset.safeParse(raw, { reportInput: true });
  if (!parsed.success) for (const h of issueHits(parsed.error.issues, raw)) add(h.keys, h.message);

  // The release date anchors every "not in the future" rule.
  const releasedRaw = isObject(raw) ? raw['released'] : undefined;
  let released: string | undefined;
  if (FullDate.safeParse(releasedRaw).success) {
    const r = releasedRaw as string;
    const err = calendarError(r);
    if (err) add(['released'], `not a real date: ${err}`);
    else if (r > today) add(['released'], `released date ${r} is in the future (today is ${today})`);
    else released = r;
  }

  checkDuplicateIds(raw, add);
  const sourceIds = new Set(rawIds(raw, 'sources').map((x) => x.id));
  const sources = salvage(raw, 'sources', SourceSchema);
  const figures = salvage(raw, 'figures', FigureSchema);
  const series = salvage(raw, 'series', SeriesSchema);
  const points = salvagePoints(raw);
  const events = salvage(raw, 'events', EventSchema);
  const places = salvage(raw, 'places', PlaceSchema);
  const trips = salvage(raw, 'trips', TripSchema);
  const spRaw = isObject(raw) ? raw['states_parties'] : undefined;
  const spParsed = spRaw === undefined ? undefined : StatesPartiesSchema.safeParse(spRaw);
  const statesParties: At<StatesParties> | undefined = spParsed?.success ? { keys: ['states_parties'], v: spParsed.data } : undefined;
  const byId = new Map(sources.map((s) => [s.v.id, s.v]));

  checkSources(sources, released, add);
  checkSourceRefs([...figures, ...points, ...events, ...places, ...trips], sourceIds, add);
  checkFigures(figures, raw, byId, released, add);
  checkSeries(series, points, byId, released, add);
  checkEvents(events, released, add);
  checkPlaces(places, add);
  checkProvenance(figures, series, points, places, byId, add);
  checkTrips(trips, new Set(rawIds(raw, 'events').map((x) => x.id)), byId, released, add);
  checkStatesParties(statesParties, byId, released, add);
  checkVerdicts(raw, add);

  if (hits.length === 0 && parsed.success) return { ok: true, data: parsed.data };

  // A personal-data key is also an unknown field; the personal-data message says more.
  const personalPaths = new Set(personal.map((h) => jsonPath(h.keys)));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const h of hits.sort(documentOrder(raw))) {
    const path = jsonPath(h.keys);
    if (h.message.startsWith('unknown field') && personalPaths.has(path)) continue;
    const key = `${path}\n${h.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file: opts.file, path, message: h.message });
  }
  return { ok: false, problems };
}
