// Every CSV file in dist/ (the dataset tables, every frozen release's, every chart's, in every language) is safe to
// open in a spreadsheet: no cell begins with =, +, -, @, a tab or a carriage return (OWASP "CSV Injection";
// reliability.md 2.5). tests/data/csv-safety.test.ts proves the writer on hostile text; this walks what the build
// published, so a CSV route that bypasses the writer fails here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseCsv } from '../../src/data/csv.ts';
import { listReleases } from '../../src/data/load.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { assertBuilt, DIST, walk } from '../helpers/dist.ts';

/** A spreadsheet runs a cell as a formula when its text (after CSV unquoting) begins with one of these. */
const RUNS = /^[=+\-@\t\r]/;

describe('published CSV files', () => {
  assertBuilt();
  const files = walk(DIST).filter((f) => f.endsWith('.csv')).map((f) => `/${relative(DIST, f).split('\\').join('/')}`);

  it('are the ones the site offers: the dataset tables of the latest and every release, and each chart in each language', () => {
    expect(files).toContain('/data/figures.csv');
    for (const v of listReleases()) expect(files.filter((f) => f.startsWith(`/data/v${v}/`)).length, v).toBeGreaterThan(0);
    for (const c of CHARTS) {
      expect(files).toContain(`/charts/${c.id}.csv`);
      expect(files).toContain(`/uk/charts/${c.id}.csv`);
    }
  });

  it('have no cell a spreadsheet would run, and no header cell either', () => {
    const bad: string[] = [];
    for (const file of files) {
      const { header, rows } = parseCsv(readFileSync(`${DIST}${file}`, 'utf8'));
      for (const cell of [...header, ...rows.flatMap((r) => Object.values(r))]) if (RUNS.test(cell)) bad.push(`${file}: ${JSON.stringify(cell.slice(0, 60))}`);
    }
    expect(bad).toEqual([]);
  });
});
