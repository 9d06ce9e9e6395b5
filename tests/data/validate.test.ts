// The validator: the good fixture passes, and every rule rejects its bad case
// with the exact JSON path and a message that names the rule.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate.ts';
import type { Problem } from '../../src/data/validate.ts';
import { good, TODAY } from './fixture.ts';
import type { Loose } from './fixture.ts';

function check(raw: unknown): Problem[] {
  const r = validateDataset(raw, { file: 'fixture.json', today: TODAY });
  return r.ok ? [] : r.problems;
}

function broken(mutate: (d: Loose) => void): Problem[] {
  const d = good();
  mutate(d);
  return check(d);
}

describe('the good fixture', () => {
  it('passes, with defaults applied', () => {
    const r = validateDataset(good(), { file: 'fixture.json', today: TODAY });
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.data.figures[0]?.qualifier).toBe('exact');
    expect(r.data.series[0]?.breaks).toEqual([]);
    expect(r.data.places.find((p) => p.id === 'krasnodar-krai')?.occupied).toBe(false);
  });
});

// [rule, mutation, JSON path, message fragment]
const cases: [string, (d: Loose) => void, string, string][] = [
  // schema: shape and types
  ['unknown field (a typo)', (d) => { d.figures[0].valeu = d.figures[0].value; delete d.figures[0].value; }, '$.figures[0].valeu', 'unknown field "valeu"; did you mean "value"?'],
  ['the typo leaves a required field missing', (d) => { d.figures[0].valeu = d.figures[0].value; delete d.figures[0].value; }, '$.figures[0].value', 'missing required field "value"'],
  ['wrong type', (d) => { d.figures[0].value = '19546'; }, '$.figures[0].value', 'expected number, got string "19546"'],
  ['missing required field', (d) => { delete d.events[0].title; }, '$.events[0].title', 'missing required field "title"'],
  ['wrong type for a collection', (d) => { d.places = {}; }, '$.places', 'expected array, got object'],
  ['enum value misspelt', (d) => { d.figures[0].method = 'case-cont'; }, '$.figures[0].method', 'expected one of "case-count", "estimate", "statement", got "case-cont"; did you mean "case-count"?'],
  // provenance (dataset 2.0.0)
  ['method outside the vocabulary (the 1.x status)', (d) => { d.figures[0].method = 'verified'; }, '$.figures[0].method', 'expected one of "case-count", "estimate", "statement", got "verified"'],
  ['producer outside the vocabulary', (d) => { d.figures[0].producer = 'ukriane'; }, '$.figures[0].producer', 'got "ukriane"; did you mean "ukraine"?'],
  ['series producer outside the vocabulary', (d) => { d.series[0].producer = 'NGO'; }, '$.series[0].producer', 'expected one of "ukraine", "russia"'],
  ['stage outside the vocabulary', (d) => { d.figures[0].stage = 'deported'; }, '$.figures[0].stage', 'expected one of "taken", "held"'],
  ['figure without checked', (d) => { delete d.figures[0].checked; }, '$.figures[0].checked', 'missing required field "checked"'],
  ['checked before the value it checks', (d) => { d.figures[0].checked = '2023-01-01'; }, '$.figures[0].checked', 'checked 2023-01-01 is before 2023-09-13'],
  ['checked in the future', (d) => { d.figures[0].checked = '2026-12-31'; }, '$.figures[0].checked', "after the dataset's released date"],
  ['unchanged_since after as_of', (d) => { d.figures[0].unchanged_since = '2024-01'; }, '$.figures[0].unchanged_since', 'unchanged_since 2024-01 is after as_of 2023-09-13'],
  ['source kind outside the vocabulary', (d) => { d.sources[0].kind = 'aggregator'; }, '$.sources[0].kind', 'expected one of "producer", "news", "copy"'],
  ['source without a date or a reason', (d) => { delete d.sources[0].date; }, '$.sources[0]', 'source has no publication date and no "date_note"'],
  ['source with a date and a date_note', (d) => { d.sources[0].date_note = 'Undated.'; }, '$.sources[0].date_note', '"date_note" explains a missing date'],
  ['copy domain not marked as a copy', (d) => { d.sources[0].url = 'https://menafn.com/1108267962/Ukraine-Is-Working'; }, '$.sources[0].kind', 'URL is on menafn.com, a domain listed as a copy or aggregator, so kind must be "copy"'],
  ['copy domain, subdomain', (d) => { d.sources[0].url = 'https://galeriavantag.blogspot.com/2024/06/x.html'; }, '$.sources[0].kind', 'blogspot.com'],
  ['read_via on a copy', (d) => { d.sources[0].kind = 'copy'; d.sources[0].read_via = 'https://menafn.com/1'; }, '$.sources[0].read_via', 'a source of kind "copy" is itself the copy'],
  ['read_via repeats url', (d) => { d.sources[0].read_via = d.sources[0].url; }, '$.sources[0].read_via', '"read_via" repeats "url"'],
  ['a copy as a figure\'s only source', (d) => { d.sources[1].kind = 'copy'; d.sources[1].url = 'https://menafn.com/1/x'; }, '$.figures[0].sources', 'every source of this figure is a copy (babel-2023-09-13); a copy may not be a figure\'s only source'],
  ['a copy as a series point\'s only source', (d) => { d.sources[2].kind = 'copy'; }, '$.series[1].points[1].sources', 'every source of this point is a copy (babel-2026-02-17)'],
  ['a hostile outlet as the source of someone else\'s figure', (d) => { d.sources[1].own_statements_only = 'hostile'; }, '$.figures[0].sources[0]', 'is marked own_statements_only: "hostile"; it may be cited only for what it itself says'],
  ['a disinformation outlet as the source of a place', (d) => { d.sources[5].own_statements_only = 'disinformation'; }, '$.places[3].sources[0]', 'own_statements_only: "disinformation"'],
  ['own_statements_only outside the vocabulary', (d) => { d.sources[0].own_statements_only = 'biased'; }, '$.sources[0].own_statements_only', 'expected one of "disinformation", "hostile"'],
  ['license', (d) => { d.license = 'CC-BY'; }, '$.license', 'must be "CC-BY-4.0", got "CC-BY"'],
  ['id not a slug', (d) => { d.events[0].id = 'ICC Applications'; }, '$.events[0].id', 'must be a lower-case slug'],
  ['empty source list', (d) => { d.figures[0].sources = []; }, '$.figures[0].sources', 'must have at least 1 item'],
  ['empty string', (d) => { d.sources[0].publisher = ''; }, '$.sources[0].publisher', 'must not be empty'],
  ['bad semver', (d) => { d.version = '1.0'; }, '$.version', 'must be a semantic version like 1.0.0, got "1.0"'],
  ['semver with a leading zero', (d) => { d.version = '1.01.0'; }, '$.version', 'must be a semantic version'],
  ['bad URL', (d) => { d.sources[0].url = 'babel.ua/en/news/91700'; }, '$.sources[0].url', 'must be an http(s) URL, got "babel.ua/en/news/91700"'],
  ['non-http URL', (d) => { d.sources[0].url = 'ftp://babel.ua/x'; }, '$.sources[0].url', 'must be an http(s) URL'],
  ['URL with a note pasted in', (d) => { d.sources[0].url += ' (original: icc-cpi.int)'; }, '$.sources[0].url', 'URL contains whitespace'],
  ['figure with both value and range', (d) => { d.figures[0].low = 1; }, '$.figures[0]', 'has both "value" and "low"/"high"'],
  ['place code of the wrong country', (d) => { d.places[3].iso = 'UA-23'; }, '$.places[3].iso', 'ISO code "UA-23" does not belong to country "RU"'],
  // references and ids
  ['dangling source (figure)', (d) => { d.figures[0].sources[0] = 'kyiv-indep'; }, '$.figures[0].sources[0]', 'unknown source id "kyiv-indep" (no such id in $.sources)'],
  ['dangling source, with a suggestion', (d) => { d.events[0].sources[0] = 'babel-2023-03-1'; }, '$.events[0].sources[0]', 'did you mean "babel-2023-03-17"'],
  ['dangling source (series point)', (d) => { d.series[1].points[1].sources = ['babel-2026']; }, '$.series[1].points[1].sources[0]', 'unknown source id "babel-2026"'],
  ['dangling source (place)', (d) => { d.places[2].sources.push('tass'); }, '$.places[2].sources[1]', 'unknown source id "tass"'],
  ['duplicate figure id', (d) => { d.figures[1].id = 'deported-verified'; d.figures[1].conflicts_with = []; }, '$.figures[1].id', 'duplicate id "deported-verified" in $.figures (first used at $.figures[0])'],
  ['duplicate source id', (d) => { d.sources[5].id = 'babel-2023-03-17'; }, '$.sources[5].id', 'duplicate id "babel-2023-03-17"'],
  ['duplicate series id', (d) => { d.series[1].id = 'verified-deportations'; }, '$.series[1].id', 'duplicate id'],
  ['conflicts_with a missing figure', (d) => { d.figures[0].conflicts_with = ['deported-roundd']; }, '$.figures[0].conflicts_with[0]', 'unknown figure id "deported-roundd" (no such id in $.figures); did you mean "deported-rounded"?'],
  ['conflicts_with itself', (d) => { d.figures[0].conflicts_with = ['deported-verified']; }, '$.figures[0].conflicts_with[0]', 'conflicts_with refers to the figure itself'],
  // quotes and values
  ['quote lacks the value', (d) => { d.figures[0].value = 19564; }, '$.figures[0].quote', 'quote does not contain the value 19564 as written (tried "19,564", "19 564", "19.564", "19564")'],
  ['series point quote lacks the value', (d) => { d.series[1].points[0].value = 368; }, '$.series[1].points[0].quote', 'quote does not contain the value 368'],
  ['a value found only inside a bigger number', (d) => { d.figures[0].value = 546; }, '$.figures[0].quote', 'quote does not contain the value 546'],
  ['as_written not in the quote', (d) => { d.figures[1].as_written = '19.5 thousand'; }, '$.figures[1].quote', 'quote does not contain as_written "19.5 thousand"'],
  ['as_written does not denote the value', (d) => { d.figures[1].value = 19600; }, '$.figures[1].as_written', 'as_written "19,5 тис." does not denote the value 19600'],
  ['number word does not denote the value', (d) => { d.series[1].points[1].value = 3000; }, '$.series[1].points[1].as_written', 'as_written "two thousand" does not denote the value 3000'],
  ['range low > high', (d) => { [d.figures[3].low, d.figures[3].high] = [d.figures[3].high, d.figures[3].low]; }, '$.figures[3].low', 'range low 891 must be less than high 338'],
  ['range low = high', (d) => { d.figures[3].low = 891; }, '$.figures[3].low', 'range low 891 must be less than high 891'],
  ['range quote lacks the high value', (d) => { d.figures[3].high = 900; }, '$.figures[3].quote', 'quote does not contain the high value 900'],
  // dates
  ['date after the release', (d) => { d.events[3].date = '2026-04-01'; }, '$.events[3].date', "date 2026-04-01 is after the dataset's released date 2026-03-15"],
  ['released in the future', (d) => { d.released = '2027-01-01'; }, '$.released', 'released date 2027-01-01 is in the future (today is 2026-11-22)'],
  ['30 February', (d) => { d.events[0].date = '2023-02-30'; }, '$.events[0].date', 'not a real date: day 30 does not exist (February 2023 has 28 days)'],
  ['29 February in a common year', (d) => { d.figures[0].as_of = '2023-02-29'; }, '$.figures[0].as_of', 'day 29 does not exist'],
  ['month 13', (d) => { d.series[0].points[0].date = '2023-13'; }, '$.series[0].points[0].date', 'month 13 does not exist'],
  ['not an ISO date', (d) => { d.figures[0].as_of = '13/09/2023'; }, '$.figures[0].as_of', 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD, got "13/09/2023"'],
  ['accessed is not a full date', (d) => { d.sources[0].accessed = '2026-03'; }, '$.sources[0].accessed', 'must be an ISO date YYYY-MM-DD'],
  ['precision disagrees with the date', (d) => { d.events[0].precision = 'month'; }, '$.events[0].precision', 'precision "month" does not match the date "2023-02-22"'],
  ['year precision with a full date', (d) => { d.events[2].date = '2024-05-01'; }, '$.events[2].precision', 'precision "year" does not match the date "2024-05-01"'],
  ['series out of order', (d) => { d.series[0].points.reverse(); }, '$.series[0].points[1].date', 'points out of date order: 2023-03-17 comes after 2023-09-13'],
  ['partial date sorts by its earliest day', (d) => { d.series[0].points[0].date = '2023-09-14'; d.series[0].points[1].date = '2023-09'; }, '$.series[0].points[1].date', 'points out of date order: 2023-09 comes after 2023-09-14'],
  ['break outside the series span', (d) => { d.series[1].breaks[0].after = '2022'; }, '$.series[1].breaks[0].after', "break date 2022 is outside the series' span (2023-09-13 to 2026-02-17)"],
  ['value as of a date after its source', (d) => { d.figures[2].as_of = '2023-04'; }, '$.figures[2].as_of', 'as_of 2023-04 is after the publication date 2023-03-17 of its source "babel-2023-03-17"'],
  ['accessed before publication', (d) => { d.sources[0].accessed = '2023-03-01'; }, '$.sources[0].accessed', 'accessed 2023-03-01 is before the publication date 2023-03-17'],
  // personal data
  ['personal-data key', (d) => { d.places[0].child_name = 'redacted'; }, '$.places[0].child_name', 'field name "child_name" suggests personal data'],
  ['personal-data key, camelCase, deep', (d) => { d.series[0].points[0].dateOfBirth = '2010'; }, '$.series[0].points[0].dateOfBirth', 'suggests personal data ("birth")'],
  ['personal-data key: photo', (d) => { d.events[0].photo = 'https://example.org/x.jpg'; }, '$.events[0].photo', 'suggests personal data ("photo")'],
  ['birth date in a value', (d) => { d.events[0].summary = 'A boy born on 12 May 2010 was taken to Russia.'; }, '$.events[0].summary', 'looks like a person\'s birth date ("born on 12 May 2010")'],
  ['birth date abbreviated', (d) => { d.figures[0].note = 'Case 14 (b. 2011-04-03).'; }, '$.figures[0].note', "looks like a person's birth date (\"b. 2011-04-03\")"],
  ['"date of birth" in a value', (d) => { d.places[0].summary = 'Records list the date of birth of each child.'; }, '$.places[0].summary', "birth date"],
  ['phone number in a value', (d) => { d.sources[1].note = 'Contact: +380 44 123 45 67'; }, '$.sources[1].note', 'looks like a phone number'],
  ['e-mail in a value', (d) => { d.sources[1].note = 'Write to family.contact@example.org'; }, '$.sources[1].note', 'looks like an e-mail address'],
  // trips and states parties (dataset 1.2.0)
  ['trip quote names neither place nor country', (d) => { d.trips = [trip({ quote: 'He arrived on Monday.' })]; }, '$.trips[0].quote', 'the quote names none of the place\'s parts ("Ulaanbaatar", "Mongolia")'],
  ['trip before the warrants', (d) => { d.trips = [trip({ date: '2023-01-05' })]; }, '$.trips[0].date', 'a trip since the warrants must be dated on or after 2023-03-17, not 2023-01-05'],
  ['trip country not alpha-3', (d) => { d.trips = [trip({ country: 'MN' })]; }, '$.trips[0].country', 'must be an ISO 3166-1 alpha-3 code'],
  ['trip cites an unknown source', (d) => { d.trips = [trip({ sources: ['no-such-source'] })]; }, '$.trips[0].sources[0]', 'unknown source id "no-such-source"'],
  ['trip precision disagrees with its date', (d) => { d.trips = [trip({ precision: 'month' })]; }, '$.trips[0].precision', 'precision "month" does not match the date "2024-09-02"'],
  ['trip refers to an unknown finding event', (d) => { d.trips = [trip({ finding_event: 'no-such-event' })]; }, '$.trips[0].finding_event', 'unknown event id "no-such-event"'],
  ['states parties: list and count disagree', (d) => { d.states_parties = parties({ count: 3 }); }, '$.states_parties.states', 'lists 2 states, but the count (from the quote) is 3'],
  ['states parties: quote lacks the count', (d) => { d.states_parties = parties({ quote: 'Two states are parties.' }); }, '$.states_parties.quote', 'the quote does not contain the count 2'],
  ['states parties: a state listed twice', (d) => { d.states_parties = parties({ states: ['MNG', 'MNG'] }); }, '$.states_parties.states[1]', 'MNG is listed twice'],
  ['states parties: withdrawal of a non-member', (d) => { d.states_parties = parties({ withdrawals: [{ state: 'USA', effective: '2026-06-02', sources: ['babel-2023-03-17'], quote: 'x' }] }); }, '$.states_parties.withdrawals[0].state', 'USA withdraws but is not in the list of states parties'],
];

/** A valid trip for the fixture, with fields replaced. */
function trip(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'putin-mongolia', person: 'putin', date: '2024-09-02', precision: 'day', country: 'MNG', place: 'Ulaanbaatar, Mongolia', sources: ['babel-2023-03-17'], quote: 'Putin arrived in Mongolia.', ...over };
}
/** A valid states-parties list for the fixture, with fields replaced. */
function parties(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { as_of: '2025-06', count: 2, states: ['MNG', 'TJK'], sources: ['babel-2023-03-17'], quote: 'There are 2 states parties.', ...over };
}

describe('trips and states parties', () => {
  it('pass when well formed, with withdrawals defaulting to none', () => {
    const d = good();
    d.trips = [trip()];
    d.states_parties = parties();
    const r = validateDataset(d, { file: 'fixture.json', today: TODAY });
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (r.ok) expect(r.data.states_parties?.withdrawals).toEqual([]);
  });
  it('are optional: a 1.1 dataset without them still validates, with no trips', () => {
    const r = validateDataset(good(), { file: 'fixture.json', today: TODAY });
    expect(r.ok && r.data.trips).toEqual([]);
  });
});

describe('each rule rejects its bad case with the exact path and rule', () => {
  it.each(cases)('%s', (_rule, mutate, path, fragment) => {
    const problems = broken(mutate);
    expect(problems).toContainEqual({ file: 'fixture.json', path, message: expect.stringContaining(fragment) });
    expect(problems.every((p) => p.file === 'fixture.json')).toBe(true);
  });

  it('a document that is not an object', () => {
    expect(check([])).toEqual([{ file: 'fixture.json', path: '$', message: 'expected object, got array' }]);
    expect(check('hello')[0]?.message).toBe('expected object, got string "hello"');
  });
});

describe('collecting and reporting', () => {
  it('reports every problem, not just the first, in document order', () => {
    const problems = broken((d) => {
      d.version = 'one';
      d.figures[0].sources = ['nope'];
      d.events[1].date = '2023-02-30';
      d.places[0].passport = 'x';
    });
    expect(problems.map((p) => p.path)).toEqual(['$.version', '$.figures[0].sources[0]', '$.events[1].date', '$.places[0].passport']);
  });

  it('a personal-data key is reported once, as personal data (not also as an unknown field)', () => {
    const problems = broken((d) => { d.figures[0].birth_date = 'x'; });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('suggests personal data');
  });

  it('a schema error in one entry does not hide rule errors in others', () => {
    const problems = broken((d) => {
      d.figures[0].value = 'many';
      d.figures[1].sources = ['nope'];
    });
    expect(problems.map((p) => p.path)).toEqual(['$.figures[0].value', '$.figures[1].sources[0]']);
  });

  it('a reference to an entry that fails the schema is not also called dangling', () => {
    const problems = broken((d) => { d.sources[0].url = 'nope'; });
    expect(problems.map((p) => p.path)).toEqual(['$.sources[0].url']);
  });

  it('adults named in their public role are fine', () => {
    expect(broken((d) => { d.figures[0].claimant = 'Ukraine – Ombudsman Dmytro Lubinets'; })).toEqual([]);
  });

  it('a restricted outlet may be cited for its own statement (journalists, claimant naming it)', () => {
    expect(broken((d) => {
      d.sources[3].own_statements_only = 'hostile';
      d.figures[1].producer = 'journalists';
      d.figures[1].claimant = 'RBC-Ukraine, in its own words';
    })).toEqual([]);
  });

  it('a copy is fine when the figure also has the publisher\'s page', () => {
    expect(broken((d) => {
      d.sources[3].kind = 'copy';
      d.figures[1].sources.push('babel-2023-03-17');
    })).toEqual([]);
  });

  it('today defaults to the real date', () => {
    const r = validateDataset(good(), { file: 'fixture.json' });
    expect(r.ok).toBe(true);
  });
});

describe('verdict words in labels (rule from release 2.3.0)', () => {
  /** The good fixture as a 2.3.0 document, with its labels in plain provenance words, then mutated. */
  function at230(mutate: (d: Loose) => void = () => {}): Problem[] {
    const d = good();
    d.version = '2.3.0';
    for (const f of d.figures) f.label = 'Children Ukraine has counted, case by case, as deported';
    for (const s of d.series) s.label = 'Children Ukraine has counted, case by case, as deported';
    mutate(d);
    return check(d);
  }
  const rule = 'rule: no verdict words in labels';

  it('passes labels in plain provenance words', () => {
    expect(at230()).toEqual([]);
  });

  it.each([
    ['a figure label', (d: Loose) => { d.figures[1].label = 'Children Ukraine has verified as deported'; }, '$.figures[1].label', '"verified"'],
    ['a series label', (d: Loose) => { d.series[0].label = 'Deportations Ukraine has Confirmed'; }, '$.series[0].label', '"Confirmed"'],
    ['a series break label', (d: Loose) => { d.series[0].breaks = [{ after: d.series[0].points[0].date, label: 'Unverified before this', note: 'A note.' }]; d.series[0].points.push({ ...d.series[0].points[d.series[0].points.length - 1] }); }, '$.series[0].breaks[0].label', '"Unverified"'],
    ['an event title', (d: Loose) => { d.events[0].title = 'Lvova-Belova claims 48 children reunited'; }, '$.events[0].title', '"claims"'],
  ])('rejects %s, naming the file, the path, the word and the rule', (_what, mutate, path, word) => {
    const problems = at230(mutate);
    expect(problems).toContainEqual({ file: 'fixture.json', path, message: expect.stringContaining(`${word} reads as a verdict on the number (${rule})`) });
  });

  it('reads whole words only, and leaves notes and summaries alone', () => {
    expect(
      at230((d) => {
        d.figures[0].label = 'Truthful claimants of reclaimed children';
        d.figures[0].note = 'A Russian statement, not independently verified.';
        d.events[0].summary = 'Ukraine verified the case.';
      }),
    ).toEqual([]);
  });

  it('does not re-judge releases before 2.3.0 (frozen files keep their words)', () => {
    const d = good();
    d.version = '2.2.0';
    d.figures[0].label = 'Children Ukraine has verified as deported';
    expect(check(d)).toEqual([]);
  });
});
