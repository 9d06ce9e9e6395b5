// The published descriptors: datapackage.json lists exactly the CSV files we write, with their columns.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csvFiles, datapackage, jsonSchema } from '../../src/data/publish.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { Dataset as DatasetSchema } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validate.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { good, goodText, TODAY } from './fixture.ts';

const r = validateDataset(good(), { file: 'fixture.json', today: TODAY });
if (!r.ok) throw new Error('fixture must be valid');
const ds: Dataset = r.data;
const BASE = 'https://example.org/';

type Resource = { name: string; path: string; format: string; mediatype: string; encoding: string; bytes?: number; hash?: string; schema?: { fields: { name: string; type: string }[] } };

describe('datapackage', () => {
  const pkg = datapackage(ds, { baseUrl: BASE, datasetBytes: goodText });
  const resources = pkg['resources'] as Resource[];
  const files = csvFiles(ds);

  it('describes the release', () => {
    expect(pkg).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: 'deported-ukrainian-children',
      title: ds.title,
      version: '2.0.0',
      created: '2026-03-15T00:00:00Z',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
      homepage: 'https://example.org/data/',
    });
    expect(pkg['sources']).toHaveLength(ds.sources.length);
  });

  it('lists one resource per CSV file that csvFiles() produces, plus the JSON', () => {
    const csv = resources.filter((x) => x.format === 'csv');
    expect(csv.map((x) => x.path).sort()).toEqual(Object.keys(files).sort());
    expect(resources.filter((x) => x.format === 'json').map((x) => x.path)).toEqual(['dataset.json']);
    for (const x of resources) expect(x).toMatchObject({ encoding: 'utf-8', mediatype: x.format === 'csv' ? 'text/csv' : 'application/json' });
    expect(new Set(resources.map((x) => x.name)).size).toBe(resources.length);
  });

  it("each CSV resource's fields are that file's header, and its size and hash are the file's", () => {
    for (const x of resources.filter((x) => x.format === 'csv')) {
      const text = files[x.path]!;
      expect(x.schema?.fields.map((f) => f.name)).toEqual(parseCsv(text).header);
      expect(x.bytes).toBe(Buffer.byteLength(text));
      expect(x.hash).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    }
  });

  it('takes a path prefix for the top-level copy', () => {
    const top = datapackage(ds, { baseUrl: BASE, pathPrefix: 'v2.0.0/' })['resources'] as Resource[];
    expect(top.map((x) => x.path)).toEqual(['v2.0.0/dataset.json', ...Object.keys(files).map((f) => `v2.0.0/${f}`)]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(pkg))).toEqual(pkg);
  });
});

describe('jsonSchema', () => {
  const schema = jsonSchema({ baseUrl: BASE, version: ds.version });

  it('has an $id, a title and the version', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://example.org/data/schema.json',
      title: expect.any(String),
      version: '2.0.0',
      type: 'object',
    });
  });

  it('describes every top-level field, and the input form (defaults optional)', () => {
    const props = schema['properties'] as Record<string, { items?: { properties?: Record<string, unknown>; required?: string[] } }>;
    expect(Object.keys(props).sort()).toEqual(Object.keys(DatasetSchema.shape).sort());
    expect(props['places']?.items?.required).not.toContain('occupied');
  });
});
