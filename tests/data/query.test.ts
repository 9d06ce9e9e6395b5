// Lookups for charts and prose.
import { describe, expect, it } from 'vitest';
import { breakAt, eventsByChapter, figure, figureValue, series, source, sourcesOf, sourcesUsage } from '../../src/data/query.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { good, TODAY } from './fixture.ts';

const r = validateDataset(good(), { file: 'fixture.json', today: TODAY });
if (!r.ok) throw new Error('fixture must be valid');
const ds = r.data;

describe('query', () => {
  it('finds figures, series and sources by id', () => {
    expect(figure(ds, 'deported-verified')).toMatchObject({ method: 'case-count', producer: 'ukraine' });
    expect(series(ds, 'returned').points).toHaveLength(2);
    expect(source(ds, 'tass-2022-12-21').publisher).toBe('TASS');
  });

  it('an unknown id throws, naming it and the near matches', () => {
    expect(() => figure(ds, 'deported-verifed')).toThrow('unknown figure id "deported-verifed"; did you mean "deported-verified"?');
    expect(() => series(ds, 'zzz')).toThrow('unknown series id "zzz" (2 series ids exist)');
  });

  it('an unknown id names the dataset it looked in, so an emptied file is recognisable (reliability.md F6b)', () => {
    const empty = { ...ds, figures: [] };
    expect(() => figure(empty, 'icc-warrants-count')).toThrow(
      `unknown figure id "icc-warrants-count" (0 figure ids exist) in dataset v${ds.version} (content/data/dataset.json or content/data/releases/${ds.version}.json)`,
    );
  });

  it('figureValue tells a value from a range', () => {
    expect(figureValue(figure(ds, 'deported-verified'))).toEqual({ kind: 'value', value: 19546 });
    expect(figureValue(figure(ds, 'returned-by-definition'))).toEqual({ kind: 'range', low: 338, high: 891 });
  });

  it('sourcesOf keeps the order (the quote is from the first)', () => {
    expect(sourcesOf(ds, ds.places[1]!).map((s) => s.id)).toEqual(['babel-2023-03-17', 'tass-2022-12-21']);
  });

  it('eventsByChapter groups every chapter and sorts by date', () => {
    const by = eventsByChapter(ds);
    expect(Object.keys(by).sort()).toEqual(['adoption-pipeline', 'filtration', 'icc-warrants', 'negotiations']);
    expect(by['icc-warrants'].map((e) => e.id)).toEqual(['icc-applications', 'icc-warrants']);
    expect(by['negotiations'].map((e) => e.date)).toEqual(['2024', '2026-02-17']);
    expect(by['adoption-pipeline']).toEqual([]);
  });

  it('sourcesUsage says what relies on each source', () => {
    const usage = sourcesUsage(ds);
    expect([...usage.keys()]).toEqual(ds.sources.map((s) => s.id));
    expect(usage.get('babel-2023-09-13')).toEqual([
      { kind: 'figure', id: 'deported-verified', path: '$.figures[0]' },
      { kind: 'series-point', id: 'verified-deportations', date: '2023-09-13', path: '$.series[0].points[1]' },
      { kind: 'series-point', id: 'returned', date: '2023-09-13', path: '$.series[1].points[0]' },
    ]);
    expect(usage.get('tass-2022-12-21')?.map((u) => u.id)).toEqual(['kherson-oblast', 'crimea', 'krasnodar-krai']);
  });

  it('breakAt gives the counting rule in force at a date', () => {
    const s = series(ds, 'returned');
    expect(breakAt(s, '2023-09-13')).toBeUndefined();
    expect(breakAt(s, '2026-02-17')?.label).toBe('Returns from occupied Ukraine included');
  });
});
