// Plain provenance labels, the one mark per method, and credit order by role.
import { describe, expect, it } from 'vitest';
import { parse } from '../helpers/dist.ts';
import { METHOD_ORDER, methodLabel, methodMeaning, methodTitle, producerLabel, provenanceLabel, readViaLabel, sourceKindLabel } from '../../src/i18n/provenance.ts';
import { methodAttrs, methodLine, methodSwatch } from '../../src/charts/method-mark.ts';
import { creditOrder } from '../../src/data/credit.ts';
import { METHODS, PRODUCERS, SOURCE_KINDS } from '../../src/data/schema.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { latestDataset } from '../../src/data/load.ts';

describe('provenance labels', () => {
  it('reads as who · how, in plain words, never a verdict', () => {
    expect(provenanceLabel({ producer: 'ukraine', method: 'case-count' }, 'en')).toBe("Ukraine's government · case count");
    expect(provenanceLabel({ producer: 'russia', method: 'statement' }, 'en')).toBe('Russian officials · statement');
    expect(provenanceLabel({ producer: 'researchers', method: 'estimate' }, 'en')).toBe('Researchers · estimate');
    for (const m of METHODS) for (const p of PRODUCERS) {
      expect(provenanceLabel({ method: m, producer: p }, 'en')).not.toMatch(/verified|claim|true|false/i);
    }
  });

  it('has a title, a meaning and a label for every method, and a label for every producer and source kind', () => {
    expect(METHOD_ORDER).toEqual([...METHODS]);
    for (const m of METHODS) {
      expect(methodLabel(m, 'en')).toMatch(/^[a-z ]+$/);
      expect(methodTitle(m, 'en')).toMatch(/^[A-Z]/);
      expect(methodMeaning(m, 'en').length).toBeGreaterThan(10);
    }
    for (const p of PRODUCERS) expect(producerLabel(p, 'en')).not.toMatch(/^producer\./);
    expect(SOURCE_KINDS.map((k) => sourceKindLabel(k, 'en'))).toEqual(["producer's own document", 'news report', 'copy']);
  });

  it('names the copy a source was read through by its host', () => {
    expect(readViaLabel({ read_via: 'https://www.menafn.com/1/x' }, 'en')).toBe('read via menafn.com');
    expect(readViaLabel({}, 'en')).toBeNull();
  });
});

describe('one mark per method', () => {
  it('case count solid, estimate outlined, statement hatched: never colour alone', () => {
    expect(methodAttrs('case-count', 'p')).toMatch(/fill="var\(--c-verified/);
    expect(methodAttrs('estimate', 'p')).toMatch(/fill="var\(--c-bg.*stroke-dasharray/);
    expect(methodAttrs('statement', 'p')).toMatch(/fill="url\(#p-hatch\)"/);
    expect(new Set(METHODS.map((m) => JSON.stringify(methodLine(m)))).size).toBe(3);
    expect(methodLine('case-count').strokeDasharray).toBeUndefined();
  });

  it('a statement swatch carries its own hatch pattern', () => {
    const doc = parse(`<!doctype html><html><body>${methodSwatch('statement', 'sw')}</body></html>`);
    expect(doc.querySelector('pattern#sw-hatch')).not.toBeNull();
    expect(doc.querySelector('rect[fill="url(#sw-hatch)"]')).not.toBeNull();
  });
});

describe('credit order', () => {
  const src = (id: string, publisher: string, kind: 'producer' | 'news' | 'copy', extra = {}) => ({ id, publisher, title: 't', kind, date: '2024', url: 'https://example.org/', language: 'en', accessed: '2025-01-01', ...extra });
  const ds = {
    version: '2.0.0',
    sources: [
      src('a', 'EIR News Service', 'news', { own_statements_only: 'hostile' }),
      src('b', 'The Kyiv Independent', 'news'),
      src('c', 'Syndicator', 'copy'),
      src('d', 'Yale Humanitarian Research Lab', 'producer'),
      src('e', 'The Kyiv Independent', 'news'),
    ],
  } as unknown as Dataset;

  it('names producers first, then news, then copies, then restricted outlets; one entry per publisher', () => {
    expect(creditOrder(ds, ['a', 'b', 'c', 'd', 'e'])).toEqual([
      { publisher: 'Yale Humanitarian Research Lab', id: 'd' },
      { publisher: 'The Kyiv Independent', id: 'b' },
      { publisher: 'Syndicator', id: 'c' },
      { publisher: 'EIR News Service', id: 'a' },
    ]);
  });

  it('throws on an unknown id', () => {
    expect(() => creditOrder(ds, ['zz'])).toThrow('unknown source id "zz"');
  });

  it('in the real dataset no restricted outlet is credited for data', () => {
    const real = latestDataset();
    const restricted = new Set(real.sources.filter((s) => s.own_statements_only).map((s) => s.id));
    const numbers = [...real.figures.flatMap((f) => f.sources), ...real.series.flatMap((s) => s.points.flatMap((p) => p.sources)), ...real.places.flatMap((p) => p.sources)];
    expect(numbers.filter((id) => restricted.has(id))).toEqual([]);
  });
});
