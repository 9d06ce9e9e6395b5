// The building blocks of validation: number forms in quotes, as_written, dates, JSON syntax errors.
import { describe, expect, it } from 'vitest';
import { containsValue, denotes, denotesInRange, valueForms } from '../../src/data/checks/quote.ts';
import { calendarError, compareDates, earliestDay, latestDay, precisionOf } from '../../src/data/checks/dates.ts';
import { scanJson } from '../../src/data/checks/json-syntax.ts';
import { jsonPath } from '../../src/data/checks/problem.ts';

describe('numbers in quotes', () => {
  it('tries the usual forms', () => {
    expect(valueForms(19546)).toEqual(['19,546', '19 546', '19.546', '19546']);
    expect(valueForms(80.4)).toEqual(['80.4', '80,4']);
    expect(valueForms(7)).toEqual(['7']);
  });

  it.each([
    ['19,546 children', 19546],
    ['19 546 children', 19546],
    ['19\u00A0546 children', 19546],
    ['19\u202F546 children', 19546],
    ['13.112 deportati', 13112],
    ['19546 Ukrainian children', 19546],
    ['80.4% from Donetsk', 80.4],
    ['12 are clustered around the Black Sea, 7 are in occupied Crimea', 7],
  ])('finds the value in %j', (quote, value) => expect(containsValue(quote, value)).toBe(true));

  it.each([
    ['19,546 children', 546],
    ['19546 children', 1954],
    ['19 546 children', 19],
    ['195,460 children', 19546],
  ])('does not find a part of a bigger number in %j', (quote, value) => expect(containsValue(quote, value)).toBe(false));

  it.each([
    ['19 546', 19546],
    ['seven', 7],
    ['Twenty', 20],
    ['two thousand', 2000],
    ['19.5 thousand', 19500],
    ['19,5 тис.', 19500],
    ['20 тис.', 20000],
    ['150 тисяч', 150000],
    ['1,2 млн', 1200000],
    ['a hundred', 100],
  ])('as_written %j denotes %d', (aw, v) => expect(denotes(aw, v)).toBe(true));

  it.each([
    ['seven', 8],
    ['19,5 тис.', 19546],
    ['19 564', 19546],
    ['thousands', 1000],
  ])('as_written %j does not denote %d', (aw, v) => expect(denotes(aw, v)).toBe(false));

  it('ranges written as one phrase share a trailing multiplier', () => {
    expect(denotesInRange('150–300 thousand', 150000)).toBe(true);
    expect(denotesInRange('between 150 and 300 thousand', 300000)).toBe(true);
    expect(denotesInRange('150–300 thousand', 200000)).toBe(false);
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(calendarError('2024-02-29')).toBeNull();
    expect(calendarError('2023-02-29')).toContain('February 2023 has 28 days');
    expect(calendarError('2023-04-31')).toContain('April 2023 has 30 days');
    expect(calendarError('2023-00')).toContain('month 00 does not exist');
    expect(calendarError('0023')).toContain('out of range');
  });

  it('compares partial dates by their earliest day', () => {
    expect(earliestDay('2023')).toBe('2023-01-01');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023')).toBe('2023-12-31');
    expect(compareDates('2023-03', '2023-03-05')).toBeLessThan(0);
    expect(compareDates('2023-03', '2023-03-01')).toBe(0);
    expect(['2023-03-05', '2023', '2023-03'].sort(compareDates)).toEqual(['2023', '2023-03', '2023-03-05']);
    expect(precisionOf('2023-03')).toBe('month');
    expect(precisionOf('March 2023')).toBeNull();
  });
});

describe('JSON syntax errors', () => {
  it('locates a missing comma', () => {
    expect(scanJson('{\n  "a": 1\n  "b": 2\n}').error).toEqual({ line: 3, column: 3, message: expect.stringContaining('expected "," or "}"') });
  });
  it('says what a truncated file left open', () => {
    expect(scanJson('{\n  "a": [1, 2').error?.message).toBe('unexpected end of file (truncated?): the array opened at line 2, column 8 is not closed');
  });
  it('flags a trailing comma', () => {
    expect(scanJson('[1, 2,]').error?.message).toContain('trailing comma');
  });
  it('finds duplicate keys, which JSON.parse drops silently', () => {
    expect(scanJson('{"figures": [{"value": 1, "value": 2}]}').duplicates).toEqual([{ keys: ['figures', 0, 'value'] }]);
  });
  it('accepts what JSON.parse accepts', () => {
    const text = '{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"], "b": {}}';
    expect(JSON.parse(text)).toBeTruthy();
    expect(scanJson(text)).toEqual({ error: null, duplicates: [], numbers: [] });
  });
});

// The personal-data scan has its own file, on fixtures in the repository: tests/data/personal-data.test.ts.

describe('JSON paths', () => {
  it('writes identifiers with dots and anything else in brackets', () => {
    expect(jsonPath(['figures', 12, 'quote'])).toBe('$.figures[12].quote');
    expect(jsonPath(['$schema'])).toBe('$.$schema');
    expect(jsonPath(['a b'])).toBe('$["a b"]');
  });
});
