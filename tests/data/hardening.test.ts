// Validation that cannot be fooled: whole-number as_written, look-alike digits, counts that cannot be negative,
// fractional or implausible (unless an official's statement), and bounded time, memory and output on
// pathological files. Each case is one the reliability probe (../shared/reviews/reliability.md §1) tried, or
// another of its kind.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataset } from '../../src/data/validate.ts';
import type { Problem } from '../../src/data/validate.ts';
import { readDataset } from '../../src/data/load.ts';
import { containsPhrase, containsValue, denotes, quoteProblems } from '../../src/data/checks/quote.ts';
import { lookalikeProblem, numberCandidates } from '../../src/data/checks/numerals.ts';
import { countProblem, unitRule } from '../../src/data/checks/counts.ts';
import { capProblems, MAX_MESSAGE, MAX_QUOTED, PER_RULE, shortenMessage } from '../../src/data/checks/cap.ts';
import { scanJson, MAX_DEPTH } from '../../src/data/checks/json-syntax.ts';
import { formatProblem } from '../../src/data/checks/problem.ts';
import { good, TODAY } from './fixture.ts';
import type { Loose } from './fixture.ts';

function check(raw: unknown): string[] {
  const r = validateDataset(raw, { file: 'fixture.json', today: TODAY });
  return r.ok ? [] : r.problems.map(formatProblem);
}
function broken(mutate: (d: Loose) => void): string[] {
  const d = good();
  mutate(d);
  return check(d);
}
/** Marks an entry as an official's statement, before and after dataset 2.0.0's provenance fields. */
function statement(e: Loose): void {
  if ('method' in e) e.method = 'statement';
  else e.status = 'claim';
}
function caseCount(e: Loose): void {
  if ('method' in e) e.method = 'case-count';
  else e.status = 'verified';
}

describe('as_written is a whole number phrase of the quote that denotes the value', () => {
  // [probe, quote, as_written, value, message fragment]
  const bad: [string, string, string, number, RegExp][] = [
    ['11b: a fragment of a larger number', 'Russia has deported 19,546 children', '546', 546, /only part of a larger number/],
    ['a fragment, space-grouped', 'Russia has deported 19 546 children', '546', 546, /only part of a larger number/],
    ['a fragment before the separator', 'Russia has deported 19,546 children', '19', 19, /only part of a larger number/],
    ['a fragment with an odd separator', 'deported 19’546 children', '546', 546, /only part of a larger number/],
    ['11d: words spanning two numbers', 'In 19 regions, 546 children were found', '19 regions, 546', 19546, /holds 2 numbers/],
    ['two numbers joined by a word', 'between 12 and 20 camps', '12 and 20', 1220, /holds 2 numbers/],
    ['10b: a full-width digit', 'deported 19 5４6 children', '19 5４6', 1956, /non-ASCII digit "４" \(U\+FF14\)/],
    ['an Arabic-Indic digit', 'deported ١٩٥٤٦ children', '١٩٥٤٦', 19546, /non-ASCII digit/],
    ['a superscript one for a digit', 'deported ¹9 546 children', '¹9 546', 9546, /numeric character "¹" \(U\+00B9\) next to a digit/],
    ['a circled digit', 'deported ①9 546 children', '①9 546', 9546, /numeric character "①" \(U\+2460\) next to a digit/],
    ['10c: a Cyrillic О for zero', 'deported 2О 000 children', '2О 000', 2000, /letter "О" \(U\+041E\) next to a digit/],
    ['a Latin O for zero', 'deported 2O 000 children', '2O 000', 2000, /letter "O" \(U\+004F\) next to a digit/],
    ['a lower-case l for one', 'deported l9 546 children', 'l9 546', 19546, /letter "l" \(U\+006C\) next to a digit/],
    ['a U+2019 group separator', 'deported 19’546 children', '19’546', 19546, /"’" \(U\+2019\) between digits/],
    ['an underscore separator', 'deported 19_546 children', '19_546', 19546, /"_" \(U\+005F\) between digits/],
    ['mixed scripts in a multiplier', 'вивезла 19,5 тиc. дітей', '19,5 тиc.', 19500, /mixes Latin and Cyrillic/],
    ['a word inside a longer word', 'Seventeen children', 'Seven', 7, /only part of a larger number or word/],
    ['digits that are not the value', 'deported 19,546 children', '19,546', 19564, /does not denote the value 19564/],
    ['a decimal read as a group', 'deported 1.9546 children', '1.9546', 19546, /does not denote/],
    ['a scaled number taken unscaled', 'вивезла 20 тис. дітей', '20 тис.', 20, /does not denote/],
    ['a sentence, not a phrase', `the figure is ${'very '.repeat(20)}large: 19,546`, `the figure is ${'very '.repeat(20)}large: 19,546`, 19546, /characters long/],
  ];
  it.each(bad)('refuses %s', (_probe, quote, aw, value, message) => {
    const problems = quoteProblems({ quote, as_written: aw }, { value });
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  const ok: [string, string, number][] = [
    ['According to the portal, 19,546 children were deported', '19,546', 19546],
    ['вивезла 19,5 тис. дітей', '19,5 тис.', 19500],
    ['Seven of them came home', 'Seven', 7],
    ['as many as 35,000 children', 'as many as 35,000', 35000],
    ['less than 20% of them', 'less than 20%', 20],
    ['two thousand children', 'two thousand', 2000],
    ['a hundred children', 'a hundred', 100],
    ['«19 546 дітей»', '19 546', 19546],
  ];
  it.each(ok)('accepts %j with as_written %j', (quote, aw, value) => {
    expect(quoteProblems({ quote, as_written: aw }, { value })).toEqual([]);
  });

  it('reads digit groups strictly', () => {
    expect(numberCandidates('19,546')).toEqual(expect.arrayContaining([19546]));
    expect(numberCandidates('1 234 567')).toEqual([1234567]);
    expect(numberCandidates('19.546')).toEqual(expect.arrayContaining([19.546, 19546]));
    expect(numberCandidates('19,5')).toEqual([19.5]);
    expect(numberCandidates('1,95,46')).toEqual([]);
    expect(numberCandidates('19 5.46')).toEqual([]);
    expect(denotes('19 regions, 546', 19546)).toBe(false);
    expect(containsPhrase('119 regions', '19 regions')).toBe(false);
  });
});

describe('a value found in the quote without as_written is a whole number of ASCII digits', () => {
  it.each([
    ['11a', 'Russia has deported 19,546 children', 546],
    ['11c: U+2019 separator', 'deported 19’546 children', 546],
    ['U+066C separator', 'deported 19٬546 children', 546],
    ['U+02BC separator', 'deported 19ʼ546 children', 546],
    ['underscore', 'deported 19_546 children', 546],
    ['a full-width comma', 'deported 19，546 children', 546],
    ['a full-width full stop', 'deported 19．546 children', 546],
    ['an ideographic comma', 'deported 19、546 children', 546],
    ['a one-dot leader', 'deported 19\u2024546 children', 546],
    ['a superscript digit before it', 'deported ¹9 546 children', 9546],
    ['a vulgar fraction after it', 'deported 2½ thousand children', 2],
    ['10a: full-width digits', 'deported １９ ５４６ children', 19546],
    ['a full-width digit next to it', 'deported ５46 children', 46],
    ['a Cyrillic О before it', 'deported О46 children', 46],
    ['17k', 'deported 119 546 children', 19546],
  ])('%s: %j does not contain %d', (_probe, quote, value) => {
    expect(containsValue(quote, value)).toBe(false);
  });

  it('says when the quote holds a look-alike', () => {
    const [p] = quoteProblems({ quote: 'deported 2О 000 children' }, { value: 2000 });
    expect(p?.message).toMatch(/quote does not contain the value 2000.*note: the quote contains the letter "О"/);
  });

  it('still finds ordinary numbers', () => {
    expect(containsValue('also 546 children', 546)).toBe(true);
    expect(containsValue('о 546 дітях', 546)).toBe(true);
    expect(containsValue('19,546, 200 returned', 200)).toBe(true);
    expect(containsValue('deported 19 546¹ children', 19546)).toBe(true); // a footnote mark after it
    expect(lookalikeProblem('COVID-19, UA-14, the 1990s, 19.5k, 3rd')).toBeNull();
  });
});

describe('counts', () => {
  it.each([
    ['06a: a negative figure', (d: Loose) => { d.figures[0].value = -19546; d.figures[0].quote = d.figures[0].quote.replace('19,546', '-19,546'); }, /\$\.figures\[0\]\.value: -19,546 children: a count of children cannot be negative/],
    ['06b: a negative series point', (d: Loose) => { d.series[0].points[0].value = -5; d.series[0].points[0].quote += ' -5'; }, /\$\.series\[0\]\.points\[0\]\.value: -5 children: a count of children cannot be negative/],
    ['a negative range end', (d: Loose) => { d.figures[3].low = -338; }, /\$\.figures\[3\]\.low: -338 children: a count of children cannot be negative/],
    ['17m: half a child', (d: Loose) => { d.figures[0].value = 0.5; d.figures[0].quote += ' 0.5'; }, /0\.5 children: a count of children must be a whole number/],
    ['a fractional count of an unknown unit', (d: Loose) => { d.figures[0].unit = 'buses'; d.figures[0].value = 2.5; d.figures[0].quote += ' 2.5'; }, /2\.5 buses: a count of count must be a whole number/],
    ['04a: 1e15 children as a case count', (d: Loose) => { caseCount(d.figures[0]); d.figures[0].value = 1e15; d.figures[0].quote += ' 1,000,000,000,000,000'; }, /beyond any plausible count of children/],
    ['700,000 children as a case count', (d: Loose) => { caseCount(d.figures[0]); d.figures[0].value = 700000; d.figures[0].quote += ' 700,000'; }, /700,000 children is beyond the plausible ceiling of 500,000 .*only as an official's statement/],
    ['a percentage over 100', (d: Loose) => { d.figures[0].unit = 'percent'; d.figures[0].value = 140; d.figures[0].quote += ' 140'; }, /a percentage cannot exceed 100/],
    ['more countries than exist', (d: Loose) => { d.figures[0].unit = 'countries'; d.figures[0].value = 250; d.figures[0].quote += ' 250'; }, /beyond the plausible ceiling of 200/],
  ])('refuses %s', (_name, mutate, message) => {
    expect(broken(mutate).join('\n')).toMatch(message);
  });

  it("accepts a value beyond the ceiling as an official's statement (Russia's 700,000)", () => {
    expect(broken((d) => { statement(d.figures[0]); d.figures[0].value = 700000; d.figures[0].quote += ' 700,000'; })).toEqual([]);
  });

  it('allows fractional percentages, and knows units by their words', () => {
    expect(countProblem(80.4, 'percent', false)).toBeNull();
    expect(countProblem(0, 'children', false)).toBeNull();
    expect(countProblem(-0, 'children', false)).toMatch(/negative/);
    expect(unitRule('Russian regions').kind).toBe('regions');
    expect(unitRule('individuals and entities').kind).toBe('places');
    expect(unitRule('spaceships').kind).toBe('count');
    // A percentage of something counted is a percentage; a percent sign after a counted kind does not make halves of it.
    expect(unitRule('percent of children').kind).toBe('percentage');
    expect(unitRule('% of deportees').kind).toBe('percentage');
    expect(unitRule('children %').kind).toBe('children');
    expect(unitRule('children per cent').kind).toBe('children');
    expect(countProblem(0.5, 'children %', false)).toMatch(/must be a whole number/);
    expect(countProblem(99.5, 'percent of children', false)).toBeNull();
  });
});

describe('pathological files: a clear message naming the file, in bounded time and memory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'data-hostile-'));
  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ['15a: 200,000 nested arrays in the title', (t: string) => t.replace(/"title": "[^"]*"/, `"title": ${'['.repeat(200_000)}${']'.repeat(200_000)}`)],
    ['15b: 5,000 nested arrays in an extra field', (t: string) => t.replace('{', `{"x": ${'['.repeat(5_000)}${']'.repeat(5_000)},`)],
    ['deep objects', (t: string) => t.replace('{', `{"x": ${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)},`)],
  ])('%s', (_name, mutate) => {
    const text = mutate(JSON.stringify(good(), null, 2));
    const r = readDataset(write('deep.json', text), { file: 'deep.json', today: TODAY });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^deep\\.json: invalid JSON at line \\d+, column \\d+: nesting deeper than ${MAX_DEPTH} levels`))]);
  });

  it('04b and 04c: numbers JSON.parse would change are named, with their path', () => {
    const text = JSON.stringify(good(), null, 2).replace('"value": 19546', '"value": 19546000000000000001').replace('"value": 19500', '"value": 1e400');
    const r = readDataset(write('numbers.json', text), { file: 'numbers.json', today: TODAY });
    const lines = r.ok ? [] : r.problems.map(formatProblem);
    expect(lines).toContain('numbers.json: $.figures[0].value: the number 19546000000000000001 cannot be stored exactly (JSON.parse reads it as 19546000000000000000); integers must be at most 9007199254740991');
    expect(lines).toContain('numbers.json: $.figures[1].value: the number 1e400 is too large to store (JSON.parse reads it as Infinity)');
  });

  it('14b: 35,000 bad events are reported in seconds, at most 20 of a kind, with the count of the rest', () => {
    const d = good();
    const event = d.events[0];
    d.events = Array.from({ length: 35_000 }, (_, i) => ({ ...event, id: `e-${i}`, date: '2023-02-30', sources: ['no-such-source'] }));
    const path = write('many.json', JSON.stringify(d));
    const before = process.memoryUsage().rss;
    // CPU time, not wall time: a loaded CI machine stretches the second but not the first.
    const cpu = process.cpuUsage();
    const r = readDataset(path, { file: 'many.json', today: TODAY });
    const used = process.cpuUsage(cpu);
    const seconds = (used.user + used.system) / 1e6;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.problems.map(formatProblem);
    expect(lines.length).toBeLessThanOrEqual(10 * (PER_RULE + 1));
    expect(lines).toContain('many.json: … and 34,980 more problems of the same kind (not a real date: day N does not exist (M N has N days))');
    expect(lines.some((l) => /… and 34,980 more problems of the same kind \(unknown source id/.test(l))).toBe(true);
    // Generous bounds for a loaded 2-core machine: it took 45 s and 1.27 GB before; now a few seconds of CPU.
    expect(seconds).toBeLessThan(20);
    expect((process.memoryUsage().rss - before) / 1024 / 1024).toBeLessThan(600);
  });

  it('caps repeated messages per rule', () => {
    const many: Problem[] = Array.from({ length: 100 }, (_, i) => ({ file: 'f.json', path: `$.events[${i}].date`, message: `date 20${i} is after the dataset's released date` }));
    const capped = capProblems(many);
    expect(capped).toHaveLength(PER_RULE + 1);
    expect(capped.at(-1)?.message).toMatch(/^… and 80 more problems of the same kind/);
  });

  /** CPU seconds readDataset takes on a file, and its problems one a line. */
  const timed = (name: string, d: unknown): { seconds: number; lines: string[] } => {
    const path = write(name, JSON.stringify(d));
    const cpu = process.cpuUsage();
    const r = readDataset(path, { file: name, today: TODAY });
    const used = process.cpuUsage(cpu);
    return { seconds: (used.user + used.system) / 1e6, lines: r.ok ? [] : r.problems.map(formatProblem) };
  };

  // Each took minutes before (a Unicode-class regex built per figure; key positions looked up per comparison
  // while sorting problems: both quadratic, 4,000 of either took 12-38 s); CPU bounds generous for a loaded machine.
  it('10,000 figures whose quotes lack their values are reported in seconds, capped', () => {
    const d = good();
    const f = d.figures[0];
    delete f.conflicts_with;
    d.figures = Array.from({ length: 10_000 }, (_, i) => ({ ...f, id: `f-${i}`, value: 12_345 + i }));
    const { seconds, lines } = timed('figures.json', d);
    // 9,979: one of the 10,000 values (19,546) is in the quote.
    expect(lines).toHaveLength(PER_RULE + 1);
    expect(lines.at(-1)).toMatch(/^figures\.json: … and 9,979 more problems of the same kind \(quote does not contain the value N as written/);
    expect(seconds).toBeLessThan(10);
  });

  it('10,000 unknown fields in one entry are reported in seconds, capped', () => {
    const d = good();
    for (let i = 0; i < 10_000; i++) d.figures[0][`x${i}`] = i;
    const { seconds, lines } = timed('fields.json', d);
    expect(lines.length).toBeLessThanOrEqual(3 * (PER_RULE + 1));
    expect(lines).toContainEqual(expect.stringMatching(/^fields\.json: … and 9,9\d\d more problems of the same kind \(unknown field "…"\)$/));
    expect(seconds).toBeLessThan(10);
  });

  it('a message quotes a huge value by its start and length, never whole', () => {
    const d = good();
    d.events[0].date = '2023-'.repeat(40_000);
    d.figures[0].quote = 'aа'.repeat(250_000); // one 500,000-letter word mixing Latin and Cyrillic
    const { lines } = timed('huge.json', d);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(MAX_MESSAGE + 200);
    expect(lines).toContainEqual(expect.stringMatching(/^huge\.json: \$\.events\[0\]\.date: must be an ISO date.*got "(2023-){32}…" \(200,000 characters\)$/));
    expect(shortenMessage(`the word "${'x'.repeat(5_000)}" mixes scripts`)).toBe(`the word "${'x'.repeat(MAX_QUOTED)}…" (5,000 characters) mixes scripts`);
    const list = shortenMessage(`listed: ${'id, '.repeat(2_000)}end`);
    expect(list.length).toBeLessThan(MAX_MESSAGE + 60);
    expect(list).toMatch(/^listed: id, .* … \(7,\d{3} characters left out\) … .*, end$/);
  });

  it('scanJson never recurses past its depth limit', () => {
    expect(scanJson('['.repeat(1_000_000)).error?.message).toMatch(/nesting deeper than/);
  });

  it('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});
