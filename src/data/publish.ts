/**
 * Builds the files published under /data/: the JSON Schema of the dataset,
 * the CSV tables, and a Frictionless Data Package (v2) descriptor that lists
 * them with their columns. Pure functions of the dataset: the pages that serve
 * these files call them, and the tests check them.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Dataset } from './schema.ts';
import { Dataset as DatasetSchema } from './schema.ts';
import { TABLES } from './csv.ts';
import type { ColumnInfo, Table } from './csv.ts';

/** Stable across releases: the package's identity, not its version. */
export const PACKAGE_NAME = 'deported-ukrainian-children';
const LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * The JSON Schema of dataset.json (/data/schema.json), generated from the zod
 * schema so the two cannot disagree. `io: 'input'` describes the file as
 * written: fields with defaults (qualifier, breaks, occupied) are optional.
 */
export function jsonSchema(opts: { baseUrl: string; version: string }): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(DatasetSchema, { io: 'input' }) as Record<string, unknown>;
  return {
    $schema,
    $id: `${trimSlash(opts.baseUrl)}/data/schema.json`,
    title: 'Deported Ukrainian children: dataset',
    description:
      'Figures, time series, events and places on Russia\'s deportation and forcible transfer of Ukrainian children, each with its sources and a verbatim quote. Rules beyond this schema (references, quotes containing values, dates) are checked by the project\'s validator.',
    version: opts.version,
    ...rest,
  };
}

/** Every CSV file for a dataset: {'figures.csv': '…', 'series-points.csv': '…', …}. */
export function csvFiles(ds: Dataset): Record<string, string> {
  return Object.fromEntries(TABLES.map((t) => [t.file, t.csv(ds)]));
}

function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

function field(c: ColumnInfo): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints['required'] = true;
  if (c.enum) constraints['enum'] = [...c.enum];
  if (c.pattern) constraints['pattern'] = c.pattern;
  return {
    name: c.name,
    type: c.type,
    ...(c.type === 'list' ? { delimiter: '; ', itemType: 'string' } : {}),
    description: c.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** How the CSV files differ from the JSON, said in every CSV resource (src/data/csv.ts, neutraliseCell). */
export const CSV_SAFETY_NOTE =
  'Text cells that begin with =, +, -, @, a tab or a carriage return have one apostrophe added in front, so that ' +
  'spreadsheets do not run them as formulas; remove that one leading apostrophe to get the original text. Numbers are never prefixed.';

function tableResource(t: Table, text: string, prefix: string): Record<string, unknown> {
  return {
    name: t.name,
    type: 'table',
    path: `${prefix}${t.file}`,
    title: t.title,
    description: `${t.description} ${CSV_SAFETY_NOTE}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(text, 'utf8'),
    hash: `sha256:${sha256(text)}`,
    dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
    schema: {
      fields: t.columns.map(field),
      missingValues: [''],
      ...(t.primaryKey ? { primaryKey: [...t.primaryKey] } : {}),
    },
  };
}

export interface DatapackageOptions {
  /** The site's origin (and base path, if any), e.g. https://example.org. */
  baseUrl: string;
  /**
   * Prefix for resource paths: '' for /data/v<version>/datapackage.json (paths
   * like "figures.csv"), `v<version>/` for the copy at /data/datapackage.json.
   */
  pathPrefix?: string;
  /** The exact bytes of the published dataset.json, to record its size and hash. */
  datasetBytes?: Uint8Array | string;
}

/** The Frictionless Data Package (v2) descriptor for one release. */
export function datapackage(ds: Dataset, opts: DatapackageOptions): Record<string, unknown> {
  const base = trimSlash(opts.baseUrl);
  const prefix = opts.pathPrefix ?? '';
  const csv = csvFiles(ds);
  const json = opts.datasetBytes;
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: PACKAGE_NAME,
    id: `${base}/data/v${ds.version}/`,
    title: ds.title,
    description: ds.description,
    version: ds.version,
    created: `${ds.released}T00:00:00Z`,
    homepage: `${base}/data/`,
    licenses: [LICENSE],
    sources: ds.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url })),
    resources: [
      {
        name: 'dataset',
        path: `${prefix}dataset.json`,
        title: 'The whole dataset',
        description: `Every figure, series, event, place and source, as one JSON document. Its JSON Schema: ${base}/data/schema.json`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        ...(json === undefined ? {} : { bytes: typeof json === 'string' ? Buffer.byteLength(json, 'utf8') : json.byteLength, hash: `sha256:${sha256(json)}` }),
      },
      ...TABLES.map((t) => tableResource(t, csv[t.file] ?? '', prefix)),
    ],
  };
}
