/**
 * The dataset as CSV tables for researchers: RFC 4180 (comma, double quotes,
 * CRLF between records), UTF-8 without BOM, a header row, ISO dates, and lists
 * joined with "; ". Each column is declared once here, with its type and
 * description; publish.ts turns the same declarations into the Table Schema in
 * datapackage.json, so the files and their documentation cannot drift apart.
 *
 * Formula injection (OWASP, "CSV Injection"): quotes come from third parties,
 * and spreadsheets run a cell that begins with =, +, -, @, a tab or a carriage
 * return as a formula. Such text cells are written with one apostrophe in
 * front (and always double-quoted), which spreadsheets show as text. To get
 * the original back, remove one leading apostrophe from a cell that matches
 * NEUTRALISED (restoreCell). Numbers are written as numbers and never
 * prefixed: they cannot carry a formula, and the validator refuses negative
 * counts, so no number cell begins with "-".
 */
import type { Dataset, Event, Figure, Place, Series, SeriesPoint, Source } from './schema.ts';
import { CHAPTER_IDS, METHODS, PRECISIONS, PRODUCERS, QUALIFIERS, RESTRICTIONS, SOURCE_KINDS, STAGES } from './schema.ts';
import { breakAt } from './query.ts';

/** Table Schema (v2) field types used here. `list` cells hold items joined with LIST_SEPARATOR. */
export type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'list';

export const LIST_SEPARATOR = '; ';
const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

type Cell = string | number | boolean | readonly string[] | undefined;

/** A column as documented: what datapackage.json says about it. */
export interface ColumnInfo {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
}

interface Column<Row> extends ColumnInfo {
  get: (row: Row) => Cell;
}

/** One CSV file: its name, what one row is, its columns, and how to write it. */
export interface Table {
  name: string;
  file: string;
  title: string;
  description: string;
  columns: readonly ColumnInfo[];
  primaryKey?: readonly string[];
  csv: (ds: Dataset) => string;
}

function table<Row>(def: Omit<Table, 'csv' | 'columns'> & { columns: Column<Row>[]; rows: (ds: Dataset) => Row[] }): Table {
  const { rows, columns, ...info } = def;
  return {
    ...info,
    columns: columns.map(({ get: _get, ...c }) => c),
    csv: (ds) => toCsv(columns.map((c) => c.name), rows(ds).map((r) => columns.map((c) => c.get(r)))),
  };
}

/** Text a spreadsheet would run as a formula: it begins with = + - @ tab or CR, after any apostrophes we added. */
const FORMULA = /^'*[=+\-@\t\r]/;
/** A cell written by neutraliseCell: one apostrophe we added, then the original text. */
export const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Prefix one apostrophe to text a spreadsheet would run as a formula (also to text that already starts with apostrophes then a trigger, so restoring is exact). */
export function neutraliseCell(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** The original text of a cell read from our CSV files: one leading apostrophe removed where neutraliseCell added it. */
export function restoreCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

function cell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return neutraliseCell(typeof value === 'string' ? value : value.join(LIST_SEPARATOR));
}

/**
 * Quote a field when RFC 4180 requires it (comma, quote, line break), when spreadsheets would trim it (edge
 * spaces), or when it was neutralised (OWASP: prefix and quote).
 */
function field(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) || NEUTRALISED.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One field of any CSV the site writes: numbers as they are, text neutralised and quoted as needed. */
export function csvField(value: string | number | undefined): string {
  return field(cell(value));
}

/** RFC 4180 text: a header row and one record per row, CRLF after every record. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map((v) => field(cell(v))).join(',') + '\r\n').join('');
}

// Column builders for the fields several tables share.
const id = <R extends { id: string }>(what: string): Column<R> => ({ name: 'id', type: 'string', required: true, description: `The ${what}'s stable id (a lower-case slug).`, get: (r) => r.id });
const chapter = <R extends { chapter: string }>(): Column<R> => ({ name: 'chapter', type: 'string', required: true, enum: CHAPTER_IDS, description: 'The chapter of the explainer it belongs to.', get: (r) => r.chapter });
const sources = <R extends { sources: readonly string[] }>(): Column<R> => ({ name: 'sources', type: 'list', required: true, description: 'Source ids (see sources.csv), separated by "; "; the quote is from the first.', get: (r) => r.sources });
const researchIds = <R extends { research_ids?: readonly string[] | undefined }>(): Column<R> => ({ name: 'research_ids', type: 'list', description: 'Rows of the research fact table this comes from (e.g. DEP-14), separated by "; ".', get: (r) => r.research_ids });
const quote = <R extends { quote?: string | undefined }>(required: boolean): Column<R> => ({ name: 'quote', type: 'string', required, description: 'Verbatim from the first source.', get: (r) => r.quote });
const asWritten = <R extends { as_written?: string | undefined }>(): Column<R> => ({ name: 'as_written', type: 'string', description: 'The number exactly as the quote writes it, when it is a word or an unusual form ("two thousand", "19,5 тис.").', get: (r) => r.as_written });
const qualifier = <R extends { qualifier: string }>(): Column<R> => ({ name: 'qualifier', type: 'string', required: true, enum: QUALIFIERS, description: 'How the source words the number: exact, at-least, more-than, about, nearly, fewer-than, up-to.', get: (r) => r.qualifier });
const method: ColumnInfo = { name: 'method', type: 'string', required: true, enum: METHODS, description: 'How the number was produced: case-count (a count of individual cases), estimate (an estimate beyond named cases), statement (a statement no one else could check).' };
const producer: ColumnInfo = { name: 'producer', type: 'string', required: true, enum: PRODUCERS, description: "Who produced it: ukraine (Ukraine's government), russia (Russian officials), international (the UN, a court, OSCE, PACE, the Council of Europe), researchers, journalists, mediator (e.g. Qatar), other-government (e.g. the UK, the US)." };
const stage: ColumnInfo = { name: 'stage', type: 'string', required: true, enum: STAGES, description: "The stage of a child's path it counts: taken, held, placed, naturalised, adopted, returned, or none." };
const checked: ColumnInfo = { name: 'checked', type: 'date', required: true, description: 'The day someone last looked for a newer value (YYYY-MM-DD).' };
const note = <R extends { note?: string | undefined }>(): Column<R> => ({ name: 'note', type: 'string', description: 'Context a reader needs.', get: (r) => r.note });

export const FIGURES = table<Figure>({
  name: 'figures',
  file: 'figures.csv',
  title: 'Figures',
  description: 'Single values at a point in time, each with its source and a verbatim quote. A range has low and high instead of value.',
  primaryKey: ['id'],
  rows: (ds) => ds.figures,
  columns: [
    id('figure'),
    { name: 'label', type: 'string', required: true, description: 'A short label.', get: (r) => r.label },
    chapter(),
    { ...method, get: (r) => r.method },
    { ...producer, get: (r) => r.producer },
    { ...stage, get: (r) => r.stage },
    { name: 'value', type: 'number', description: 'The value; empty for a range.', get: (r) => ('value' in r ? r.value : undefined) },
    { name: 'low', type: 'number', description: 'The low end of a range; empty for a single value.', get: (r) => ('low' in r ? r.low : undefined) },
    { name: 'high', type: 'number', description: 'The high end of a range; empty for a single value.', get: (r) => ('high' in r ? r.high : undefined) },
    { name: 'unit', type: 'string', required: true, description: 'What is counted, e.g. children.', get: (r) => r.unit },
    qualifier(),
    { name: 'as_of', type: 'string', required: true, pattern: PARTIAL_DATE, description: 'The date the value describes: YYYY, YYYY-MM or YYYY-MM-DD.', get: (r) => r.as_of },
    { ...checked, get: (r) => r.checked },
    { name: 'unchanged_since', type: 'string', pattern: PARTIAL_DATE, description: 'The earliest date the same value was already reported, when the count has not moved for long.', get: (r) => r.unchanged_since },
    { name: 'claimant', type: 'string', required: true, description: 'Who says so.', get: (r) => r.claimant },
    sources(),
    quote(true),
    asWritten(),
    note(),
    { name: 'conflicts_with', type: 'list', description: 'Ids of figures that measure the same thing and disagree, separated by "; ".', get: (r) => r.conflicts_with },
    researchIds(),
  ],
});

interface PointRow {
  s: Series;
  p: SeriesPoint;
}

export const SERIES_POINTS = table<PointRow>({
  name: 'series-points',
  file: 'series-points.csv',
  title: 'Time series points',
  description: 'One row per point of each time series, in date order within a series. The series definition and breaks are in dataset.json.',
  rows: (ds) => ds.series.flatMap((s) => s.points.map((p) => ({ s, p }))),
  columns: [
    { name: 'series_id', type: 'string', required: true, description: 'The series this point belongs to.', get: (r) => r.s.id },
    { name: 'series_label', type: 'string', required: true, description: 'The series label.', get: (r) => r.s.label },
    { name: 'date', type: 'string', required: true, pattern: PARTIAL_DATE, description: 'The date the value describes: YYYY, YYYY-MM or YYYY-MM-DD.', get: (r) => r.p.date },
    { name: 'value', type: 'number', required: true, description: 'The value at that date.', get: (r) => r.p.value },
    { name: 'unit', type: 'string', required: true, description: 'What is counted (from the series).', get: (r) => r.s.unit },
    { name: 'qualifier', type: 'string', required: true, enum: QUALIFIERS, description: 'How the source words the number.', get: (r) => r.p.qualifier },
    { ...method, description: `${method.description} (From the series.)`, get: (r) => r.s.method },
    { ...producer, description: `${producer.description} (From the series.)`, get: (r) => r.s.producer },
    { name: 'claimant', type: 'string', required: true, description: "Who says so: the point's claimant, else the series'.", get: (r) => r.p.claimant ?? r.s.claimant },
    { name: 'counting_rule', type: 'string', description: 'The label of the latest break in the counting rule before this date; empty under the original rule.', get: (r) => breakAt(r.s, r.p.date)?.label },
    { name: 'sources', type: 'list', required: true, description: 'Source ids (see sources.csv), separated by "; "; the quote is from the first.', get: (r) => r.p.sources },
    { name: 'quote', type: 'string', required: true, description: 'Verbatim from the first source.', get: (r) => r.p.quote },
    { name: 'as_written', type: 'string', description: 'The number exactly as the quote writes it, when it is a word or an unusual form.', get: (r) => r.p.as_written },
    { name: 'note', type: 'string', description: 'Context a reader needs.', get: (r) => r.p.note },
    { name: 'research_ids', type: 'list', description: 'Rows of the research fact table, separated by "; ".', get: (r) => r.p.research_ids },
  ],
});

export const EVENTS = table<Event>({
  name: 'events',
  file: 'events.csv',
  title: 'Events',
  description: 'Dated events, with the precision of each date.',
  primaryKey: ['id'],
  rows: (ds) => ds.events,
  columns: [
    id('event'),
    { name: 'date', type: 'string', required: true, pattern: PARTIAL_DATE, description: 'YYYY-MM-DD, YYYY-MM or YYYY, as precise as known.', get: (r) => r.date },
    { name: 'precision', type: 'string', required: true, enum: PRECISIONS, description: 'day, month or year: how precise the date is.', get: (r) => r.precision },
    { name: 'title', type: 'string', required: true, description: 'What happened, in a line.', get: (r) => r.title },
    { name: 'summary', type: 'string', required: true, description: 'A sentence or two of context.', get: (r) => r.summary },
    chapter(),
    sources(),
    researchIds(),
  ],
});

export const PLACES = table<Place>({
  name: 'places',
  file: 'places.csv',
  title: 'Places',
  description: 'Ukrainian regions children were taken from and regions where they were documented, with ISO 3166-2 codes.',
  primaryKey: ['id'],
  rows: (ds) => ds.places,
  columns: [
    id('place'),
    { name: 'name', type: 'string', required: true, description: "Today's official English name.", get: (r) => r.name },
    { name: 'iso', type: 'string', required: true, pattern: '^(UA|RU)-[A-Z0-9]{1,3}$', description: 'ISO 3166-2 code (Crimea is UA-43, Sevastopol UA-40).', get: (r) => r.iso },
    { name: 'country', type: 'string', required: true, enum: ['UA', 'RU'], description: 'UA or RU.', get: (r) => r.country },
    { name: 'role', type: 'string', required: true, enum: ['origin', 'destination'], description: 'origin: children were taken from here; destination: children were documented here.', get: (r) => r.role },
    { name: 'occupied', type: 'boolean', required: true, description: 'Ukrainian territory under Russian occupation, in whole or in part.', get: (r) => r.occupied },
    { name: 'summary', type: 'string', required: true, description: 'What the sources say about this place.', get: (r) => r.summary },
    sources(),
    quote(false),
    researchIds(),
  ],
});

export const SOURCES = table<Source>({
  name: 'sources',
  file: 'sources.csv',
  title: 'Sources',
  description: 'Every publication the data cites.',
  primaryKey: ['id'],
  rows: (ds) => ds.sources,
  columns: [
    id('source'),
    { name: 'publisher', type: 'string', required: true, description: 'Who published it.', get: (r) => r.publisher },
    { name: 'title', type: 'string', required: true, description: 'Its title or headline.', get: (r) => r.title },
    { name: 'kind', type: 'string', required: true, enum: SOURCE_KINDS, description: "producer (the producer's own document), news (a news report) or copy (a copy, read where the original could not be).", get: (r) => r.kind },
    { name: 'date', type: 'string', pattern: PARTIAL_DATE, description: 'Publication date, as precise as known; empty when none can be known (date_note says why).', get: (r) => r.date },
    { name: 'date_note', type: 'string', description: 'Why no publication date can be known, for a source without one.', get: (r) => r.date_note },
    { name: 'url', type: 'string', required: true, description: "The publisher's own page (for a copy, the copy).", get: (r) => r.url },
    { name: 'language', type: 'string', required: true, description: 'BCP 47 language tag of the publication.', get: (r) => r.language },
    { name: 'accessed', type: 'date', required: true, description: 'When it was read, YYYY-MM-DD.', get: (r) => r.accessed },
    { name: 'read_via', type: 'string', description: "Where the text was read when it was not the publisher's page: a syndicated copy or an archive.", get: (r) => r.read_via },
    { name: 'own_statements_only', type: 'string', enum: RESTRICTIONS, description: 'Set for an outlet that may be cited only for its own statements: disinformation or hostile.', get: (r) => r.own_statements_only },
    note(),
  ],
});

/** The CSV files we publish, in order. */
export const TABLES: readonly Table[] = [FIGURES, SERIES_POINTS, EVENTS, PLACES, SOURCES];

/** A parsed CSV file: its header and one object per record. */
export interface ParsedCsv {
  header: string[];
  rows: Record<string, string>[];
}

/**
 * RFC 4180 parser (CRLF or LF line ends, quoted fields with "" for a quote and
 * line breaks inside). Throws on a malformed file: a stray quote, an
 * unterminated quoted field, or a record with the wrong number of fields.
 */
export function parseCsv(text: string): ParsedCsv {
  const records: string[][] = [];
  let record: string[] = [];
  let fieldText = '';
  let quoted = false;
  let line = 1;
  let i = 0;
  const endField = (): void => {
    record.push(fieldText);
    fieldText = '';
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        fieldText += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') throw new Error(`CSV line ${line}: text after a closing quote`);
        continue;
      }
      if (c === '\n') line++;
      fieldText += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (fieldText !== '') throw new Error(`CSV line ${line}: a quote inside an unquoted field`);
      quoted = true;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRecord();
      line++;
      i += 2;
    } else if (c === '\n') {
      endRecord();
      line++;
      i++;
    } else {
      fieldText += c;
      i++;
    }
  }
  if (quoted) throw new Error(`CSV line ${line}: a quoted field is not closed`);
  if (fieldText !== '' || record.length > 0) endRecord();
  const [header, ...rest] = records;
  if (!header) return { header: [], rows: [] };
  const rows = rest.map((r, k) => {
    if (r.length !== header.length) throw new Error(`CSV record ${k + 2}: ${r.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j]!]));
  });
  return { header, rows };
}
