// CSV formula injection (OWASP "CSV Injection"; reliability.md 2.5, D5): in every CSV the site writes, a text cell
// that begins with =, +, -, @, a tab or a carriage return is neutralised with one leading apostrophe, and quoted.
// How a consumer gets the original back: parse the CSV, then remove one leading apostrophe from any cell that
// matches NEUTRALISED (restoreCell). The round trips below do exactly that. Numbers are never prefixed.
import { describe, expect, it } from 'vitest';
import { FIGURES, NEUTRALISED, SERIES_POINTS, SOURCES, TABLES, neutraliseCell, parseCsv, restoreCell, toCsv } from '../../src/data/csv.ts';
import { tableCsv } from '../../src/charts/render.ts';
import { csvFiles, datapackage } from '../../src/data/publish.ts';
import { validateDataset } from '../../src/data/validate.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { listReleases, loadRelease, latestDataset } from '../../src/data/load.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { chartCsvFile } from '../../src/charts/files.ts';
import { localizeDataset } from '../../src/data/translations.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { good, TODAY } from './fixture.ts';
import type { Loose } from './fixture.ts';

const PAYLOADS = [
  '=HYPERLINK("https://evil.example/","x")',
  '+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+9)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  "'=already quoted once",
  "''+twice",
];
/** A spreadsheet runs a cell as a formula when its text (after CSV unquoting) begins with one of these. */
const RUNS = /^[=+\-@\t\r]/;

function hostile(): Dataset {
  const d: Loose = good();
  d.sources.forEach((s: Loose, i: number) => { s.publisher = `${PAYLOADS[i % PAYLOADS.length]} ${s.publisher}`; s.title = PAYLOADS[(i + 1) % PAYLOADS.length]; });
  d.figures.forEach((f: Loose, i: number) => { f.claimant = PAYLOADS[i % PAYLOADS.length]; f.note = PAYLOADS[(i + 3) % PAYLOADS.length]; });
  d.series.forEach((s: Loose) => s.points.forEach((p: Loose, i: number) => { p.claimant = PAYLOADS[(i + 2) % PAYLOADS.length]; }));
  d.events.forEach((e: Loose, i: number) => { e.title = PAYLOADS[i % PAYLOADS.length]; });
  d.places.forEach((p: Loose, i: number) => { p.name = PAYLOADS[(i + 5) % PAYLOADS.length]; });
  const r = validateDataset(d, { file: 'hostile.json', today: TODAY });
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.data;
}

describe('no CSV cell can run as a formula', () => {
  it('neutralises each trigger, and restoreCell gives the original back exactly', () => {
    for (const p of PAYLOADS) {
      const n = neutraliseCell(p);
      expect(RUNS.test(n), JSON.stringify(n)).toBe(false);
      expect(restoreCell(n)).toBe(p);
    }
    expect(neutraliseCell('19,546 children')).toBe('19,546 children');
    expect(neutraliseCell("l'enfant")).toBe("l'enfant");
    expect(restoreCell("'quoted but not a formula")).toBe("'quoted but not a formula");
  });

  it('quotes a neutralised field and leaves numbers alone', () => {
    expect(toCsv(['a', 'n'], [['=1+1', -5]])).toBe('a,n\r\n"\'=1+1",-5\r\n');
  });

  it('dataset tables: no cell runs, and every cell round-trips to the JSON text', () => {
    const ds = hostile();
    for (const t of TABLES) {
      const { rows } = parseCsv(t.csv(ds));
      for (const row of rows) for (const cell of Object.values(row)) expect(RUNS.test(cell), `${t.file}: ${JSON.stringify(cell)}`).toBe(false);
    }
    const figures = parseCsv(FIGURES.csv(ds));
    expect(figures.rows.map((r) => restoreCell(r['claimant']!))).toEqual(ds.figures.map((f) => f.claimant));
    const sources = parseCsv(SOURCES.csv(ds));
    expect(sources.rows.map((r) => restoreCell(r['publisher']!))).toEqual(ds.sources.map((s) => s.publisher));
    const points = parseCsv(SERIES_POINTS.csv(ds));
    expect(points.rows.map((r) => restoreCell(r['claimant']!))).toEqual(ds.series.flatMap((s) => s.points.map((p) => p.claimant ?? s.claimant)));
  });

  it('chart tables (/charts/<id>.csv) use the same writer', () => {
    const csv = tableCsv({ columns: [{ key: 'who', label: 'Who' }, { key: 'n', label: 'N' }], rows: PAYLOADS.map((p, i) => ({ who: p, n: i })) } as never);
    const { rows } = parseCsv(csv);
    expect(rows.map((r) => restoreCell(r['who']!))).toEqual(PAYLOADS);
    for (const r of rows) expect(RUNS.test(r['who']!)).toBe(false);
  });

  it("every chart's CSV, and every release's CSV, has no cell a spreadsheet would run", () => {
    const datasets = [latestDataset(), ...listReleases().map(loadRelease)];
    for (const ds of datasets) {
      for (const [file, text] of Object.entries(csvFiles(ds))) {
        for (const row of parseCsv(text).rows) for (const cell of Object.values(row)) expect(RUNS.test(cell), `${ds.version} ${file}`).toBe(false);
      }
    }
    // Each chart's file as the pages write it, in every language (the Ukrainian one from the translated text, headed by labels).
    for (const locale of LOCALES) {
      const ds = localizeDataset(latestDataset(), locale);
      for (const chart of CHARTS) {
        const { header, rows } = parseCsv(chartCsvFile(chart, ds, locale));
        for (const cell of [...header, ...rows.flatMap((r) => Object.values(r))]) expect(RUNS.test(cell), `${locale} ${chart.id}`).toBe(false);
      }
    }
  });

  it('datapackage.json tells consumers how to restore the text', () => {
    const pkg = datapackage(latestDataset(), { baseUrl: 'https://example.org' });
    const csv = (pkg['resources'] as { format: string; description: string }[]).filter((r) => r.format === 'csv');
    expect(csv.length).toBeGreaterThan(0);
    for (const r of csv) expect(r.description).toMatch(/remove that one leading apostrophe/);
    expect(NEUTRALISED.source).toContain('=+\\-@');
  });
});
