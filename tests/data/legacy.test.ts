// The 1.x reader: frozen 1.x releases (single `status`, free-text `via`) still
// load, mapped to the 2.0 shape for display, and their bytes never change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate.ts';
import { isLegacyVersion, producerOfClaimant, stageOfLabel } from '../../src/data/legacy-v1.ts';
import { loadRelease, listReleases } from '../../src/data/load.ts';
import { ROOT, TODAY } from './fixture.ts';

const v1 = (): Record<string, unknown> => JSON.parse(readFileSync(`${ROOT}/tests/fixtures/dataset-v1.json`, 'utf8'));

describe('reading a 1.x dataset', () => {
  it('maps status to method one to one, and reads the producer from the claimant', () => {
    const r = validateDataset(v1(), { file: 'v1.json', today: TODAY });
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    const f = r.data.figures.find((x) => x.id === 'deported-verified')!;
    expect(f).toMatchObject({ method: 'case-count', producer: 'ukraine', checked: '2026-03-15', stage: 'taken' });
    expect('status' in f).toBe(false);
    const claims = r.data.figures.filter((x) => x.method === 'statement').map((x) => x.id);
    expect(claims.length).toBeGreaterThan(0);
  });

  it('gives undated 1.x sources a date_note and marks a "via" copy as kind copy', () => {
    const raw = v1() as { sources: Array<Record<string, unknown>> };
    raw.sources[0]!['via'] = 'an aggregator';
    const r = validateDataset(raw, { file: 'v1.json', today: TODAY });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.data.sources[0]).toMatchObject({ kind: 'copy', note: expect.stringContaining('Read via an aggregator.') });
    expect(r.data.sources.filter((s) => !s.date).every((s) => typeof s.date_note === 'string')).toBe(true);
  });

  it('rejects a 1.x document with a 2.0 field, saying it was read as 1.x', () => {
    const raw = v1() as { figures: Array<Record<string, unknown>> };
    raw.figures[0]!['method'] = 'case-count';
    const r = validateDataset(raw, { file: 'v1.json', today: TODAY });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toEqual({ file: 'v1.json', path: '$.figures[0].method', message: expect.stringContaining('(read as a 1.x dataset)') });
  });

  it('only versions 1.x are read as 1.x', () => {
    expect(isLegacyVersion({ version: '1.1.1' })).toBe(true);
    expect(isLegacyVersion({ version: '2.0.0' })).toBe(false);
    expect(isLegacyVersion({ version: '1.01.0' })).toBe(false);
    expect(isLegacyVersion([])).toBe(false);
  });

  it('reads producers and stages from the words', () => {
    expect(producerOfClaimant("Maria Lvova-Belova, Russia's presidential commissioner")).toBe('russia');
    expect(producerOfClaimant('Yale Humanitarian Research Lab')).toBe('researchers');
    expect(producerOfClaimant('UN General Assembly (recorded vote)')).toBe('international');
    expect(producerOfClaimant("Qatar's Ministry of Foreign Affairs")).toBe('mediator');
    expect(producerOfClaimant('UK government (Foreign Office)')).toBe('other-government');
    expect(producerOfClaimant("Dmytro Lubinets, Ukraine's ombudsman")).toBe('ukraine');
    expect(stageOfLabel('Children returned to Ukraine')).toBe('returned');
    expect(stageOfLabel('Children granted Russian citizenship')).toBe('naturalised');
    expect(stageOfLabel('Votes in favour')).toBe('none');
  });

  it('every frozen 1.x release in content/ still loads (pinned embeds keep working)', () => {
    const old = listReleases().filter((v) => v.startsWith('1.'));
    expect(old).toEqual(['1.0.0', '1.1.0', '1.1.1']);
    for (const v of old) {
      const ds = loadRelease(v);
      expect(ds.version).toBe(v);
      expect(ds.figures.every((f) => ['case-count', 'estimate', 'statement'].includes(f.method))).toBe(true);
    }
  });
});
