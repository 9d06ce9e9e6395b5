// The project's working dataset, content/data/dataset.json, must pass every rule.
// It is part of the repository: a missing file fails here (and the build), it is never skipped.
import { describe, expect, it } from 'vitest';
import { LATEST_PATH, readDataset } from '../../src/data/load.ts';
import { formatProblem } from '../../src/data/checks/problem.ts';
import { csvFiles, datapackage } from '../../src/data/publish.ts';
import { parseCsv } from '../../src/data/csv.ts';

describe(LATEST_PATH, () => {
  it('passes validation', () => {
    const r = readDataset(LATEST_PATH);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
  });

  it('its CSV files parse and its datapackage lists them', () => {
    const r = readDataset(LATEST_PATH);
    if (!r.ok) return; // reported above
    const files = csvFiles(r.data);
    for (const text of Object.values(files)) expect(() => parseCsv(text)).not.toThrow();
    const pkg = datapackage(r.data, { baseUrl: 'https://example.org' });
    expect((pkg['resources'] as { path: string }[]).map((x) => x.path)).toEqual(['dataset.json', ...Object.keys(files)]);
  });
});
