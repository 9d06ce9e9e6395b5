// CSV files: RFC 4180, and a round trip back to the JSON values, awkward characters included.
import { describe, expect, it } from 'vitest';
import { EVENTS, FIGURES, LIST_SEPARATOR, PLACES, SERIES_POINTS, SOURCES, TABLES, parseCsv, toCsv } from '../../src/data/csv.ts';
import { validateDataset } from '../../src/data/validate.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { good, TODAY } from './fixture.ts';
import type { Loose } from './fixture.ts';

function dataset(mutate: (d: Loose) => void = () => {}): Dataset {
  const d = good();
  mutate(d);
  const r = validateDataset(d, { file: 'fixture.json', today: TODAY });
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.data;
}

const str = (v: string | number | boolean | undefined): string => (v === undefined ? '' : String(v));
const list = (v: readonly string[] | undefined): string => (v ?? []).join(LIST_SEPARATOR);
const split = (cell: string | undefined): string[] => (cell ? cell.split(LIST_SEPARATOR) : []);

// Commas, double quotes, LF and CRLF inside fields, edge spaces, and non-Latin text.
const awkward = (d: Loose) => {
  d.figures[0].note = 'He said, "19,546" — then:\nanother line';
  d.figures[0].label = '  padded  ';
  d.events[0].summary = 'Line one\r\nLine two, with "quotes"';
  d.places[0].summary = 'Донецька область, "ДНР"';
  d.sources[0].title = '"Quoted" title, with comma';
};

describe('CSV', () => {
  it('writes RFC 4180: CRLF after every record, quotes doubled, header first', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], [1, ['p', 'q']], [undefined, true]])).toBe(
      'a,b\r\n"x,y","say ""hi"""\r\n1,p; q\r\n,true\r\n',
    );
  });

  it('the header of each file is its documented column list', () => {
    const ds = dataset();
    for (const t of TABLES) expect(parseCsv(t.csv(ds)).header).toEqual(t.columns.map((c) => c.name));
  });

  it('figures round-trip', () => {
    const ds = dataset(awkward);
    const rows = parseCsv(FIGURES.csv(ds)).rows;
    expect(rows).toHaveLength(ds.figures.length);
    ds.figures.forEach((f, i) => {
      const r = rows[i]!;
      expect(r['id']).toBe(f.id);
      expect(r['label']).toBe(f.label);
      expect(r['quote']).toBe(f.quote);
      expect(r['note']).toBe(str(f.note));
      expect(r['value']).toBe('value' in f ? String(f.value) : '');
      expect(r['low']).toBe('low' in f ? String(f.low) : '');
      expect(r['high']).toBe('high' in f ? String(f.high) : '');
      expect(Number(r['value'] || r['low'])).toBe('value' in f ? f.value : f.low);
      expect(r['as_of']).toBe(f.as_of);
      expect(r['qualifier']).toBe(f.qualifier);
      expect(r['as_written']).toBe(str(f.as_written));
      expect(split(r['sources'])).toEqual(f.sources);
      expect(split(r['conflicts_with'])).toEqual(f.conflicts_with ?? []);
      expect(split(r['research_ids'])).toEqual(f.research_ids ?? []);
    });
  });

  it('series points round-trip, one row per point with its series id and counting rule', () => {
    const ds = dataset(awkward);
    const rows = parseCsv(SERIES_POINTS.csv(ds)).rows;
    const points = ds.series.flatMap((s) => s.points.map((p) => ({ s, p })));
    expect(rows).toHaveLength(points.length);
    points.forEach(({ s, p }, i) => {
      const r = rows[i]!;
      expect(r['series_id']).toBe(s.id);
      expect(r['date']).toBe(p.date);
      expect(Number(r['value'])).toBe(p.value);
      expect(r['quote']).toBe(p.quote);
      expect(split(r['sources'])).toEqual(p.sources);
      expect(r['claimant']).toBe(p.claimant ?? s.claimant);
    });
    expect(rows.map((r) => r['counting_rule'])).toEqual(['', '', '', 'Returns from occupied Ukraine included']);
  });

  it('events, places and sources round-trip', () => {
    const ds = dataset(awkward);
    parseCsv(EVENTS.csv(ds)).rows.forEach((r, i) => {
      const e = ds.events[i]!;
      expect([r['id'], r['date'], r['precision'], r['title'], r['summary'], r['chapter'], r['sources']]).toEqual([
        e.id, e.date, e.precision, e.title, e.summary, e.chapter, list(e.sources),
      ]);
    });
    parseCsv(PLACES.csv(ds)).rows.forEach((r, i) => {
      const p = ds.places[i]!;
      expect([r['id'], r['name'], r['iso'], r['role'], r['occupied'], r['summary'], r['quote']]).toEqual([
        p.id, p.name, p.iso, p.role, String(p.occupied), p.summary, str(p.quote),
      ]);
    });
    parseCsv(SOURCES.csv(ds)).rows.forEach((r, i) => {
      const s = ds.sources[i]!;
      expect([r['id'], r['publisher'], r['title'], r['date'], r['url'], r['accessed'], r['note']]).toEqual([
        s.id, s.publisher, s.title, str(s.date), s.url, s.accessed, str(s.note),
      ]);
    });
    expect(parseCsv(EVENTS.csv(ds)).rows[0]?.['summary']).toBe('Line one\r\nLine two, with "quotes"');
  });

  it('parseCsv rejects malformed input', () => {
    expect(() => parseCsv('a,b\r\n"x,y\r\n')).toThrow('not closed');
    expect(() => parseCsv('a,b\r\nx"y",z\r\n')).toThrow('quote inside an unquoted field');
    expect(() => parseCsv('a,b\r\n1,2,3\r\n')).toThrow('3 fields, header has 2');
    expect(parseCsv('a,b\n1,2')).toEqual({ header: ['a', 'b'], rows: [{ a: '1', b: '2' }] });
  });
});
