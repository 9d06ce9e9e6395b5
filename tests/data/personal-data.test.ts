// The personal-data scan, on fixtures kept in this repository: hostile strings it must flag, ordinary quotes it
// must leave alone (the research fact table's 143 quotes, the working dataset and every frozen release), and its
// cost on pathological notes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findPersonalData } from '../../src/data/checks/personal-data.ts';
import { LATEST_PATH, listReleases, releasePath } from '../../src/data/load.ts';
import { ROOT } from './fixture.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/personal-data', name), 'utf8'));
const hostile = fixture('hostile.json') as { must: { text: string; what: string }[]; clean: string[] };

describe('personal data scan', () => {
  it.each(hostile.must.map((m) => [m.what, m.text]))('flags a %s: %j', (what, text) => {
    const hits = findPersonalData({ note: text });
    expect(hits.map((h) => h.message).join('\n')).toMatch(
      { 'year of birth': /year of birth/, 'birth date': /birth date/, 'e-mail': /e-mail address/, phone: /phone number/ }[what]!,
    );
    expect(hits[0]!.keys).toEqual(['note']);
  });

  it.each(hostile.clean.map((t) => [t]))('leaves an ordinary sentence alone: %j', (text) => {
    expect(findPersonalData({ note: text })).toEqual([]);
  });

  it('finds nothing in the research fact table (143 real quotes, kept in tests/fixtures)', () => {
    const quotes = fixture('research-quotes.json') as unknown[];
    expect(quotes.length).toBe(143);
    expect(findPersonalData(quotes)).toEqual([]);
  });

  it.each([LATEST_PATH, ...listReleases().map(releasePath)].map((p) => [p]))('finds nothing in %s', (path) => {
    expect(findPersonalData(JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')))).toEqual([]);
  });

  it('walks any depth without recursion (200,000 nested arrays)', () => {
    let deep: unknown = 'maria.ivanova [at] gmail [dot] com';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const hits = findPersonalData({ x: deep });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.keys).toHaveLength(200_001);
  });

  // The e-mail rule once took 33 s on the first of these (a 192 KB note); every rule must stay linear.
  const pathological: [string, string][] = [
    ['a…a@b.1.1…1!', `${'a'.repeat(60_000)}@b${'.1'.repeat(60_000)}!`],
    ['a.a.a…', 'a.'.repeat(100_000)],
    ['a at a dot a…', 'a at a dot '.repeat(20_000)],
    ['a [at] a [dot]…', 'a [at] a [dot] '.repeat(15_000)],
    ['+1 1 1…x', `+${'1 '.repeat(100_000)}x`],
    ['spaces then @', `x${' '.repeat(100_000)}@`],
    ['2015 2015 2015…', '2015 '.repeat(40_000)],
    ['born born born…', 'born '.repeat(40_000)],
    ['tel tel 1…', 'tel 1'.repeat(40_000)],
    ['a.a at a.a at…', 'a.a at '.repeat(30_000)],
    ['067 067 067…', '067 '.repeat(50_000)],
    ['народилася у народилася у…', 'народилася у '.repeat(15_000)],
    ['＠＠＠… (folded to @)', '＠'.repeat(200_000)],
  ];
  it.each(pathological)('scans a 200 KB note like %s in well under a second', (_name, text) => {
    // CPU time (a loaded machine stretches wall time, not this), generous: the quadratic rule took 33 s on the first input.
    const cpu = process.cpuUsage();
    findPersonalData({ note: text });
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
  });
});
