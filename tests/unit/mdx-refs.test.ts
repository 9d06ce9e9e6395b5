/**
 * An unknown id in an MDX file stops the build naming the file, line and
 * column, the id and a near match (reliability.md F1, F2, F9, D16), and every
 * MDX file on main names only ids that exist.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { knownIds, mdxRefProblems, mdxRefs, refProblems } from '../../src/lib/mdx-refs.ts';
import { CHARTS } from '../../src/charts/index.ts';

const known = knownIds(
  { figures: [{ id: 'deported-verified' }, { id: 'returned' }], sources: [{ id: 'kyiv-independent-2025' }] },
  ['returned-share', 'placement-map'],
  [{ id: 'filtration' }],
);

describe('MDX references', () => {
  it('finds each component id with its line and column', () => {
    const text = 'Intro\nIt was <Fact id="returned" unit /> and <Cite id=\'kyiv-independent-2025\'>x</Cite>.\n<Scrolly chart="returned-share">\n<Term id="filtration">f</Term><Chart lazy id="placement-map" />';
    // Where each id stands, counted from the text itself: line and column (1-based) of its first character.
    const at = (id: string, line: number) => [line, text.split('\n')[line - 1]!.indexOf(id) + 1];
    expect(at('returned', 2)).toEqual([2, 18]);
    expect(mdxRefs(text).map((r) => [r.kind, r.id, r.line, r.column])).toEqual([
      ['figure', 'returned', ...at('returned', 2)],
      ['source', 'kyiv-independent-2025', ...at('kyiv-independent-2025', 2)],
      ['chart', 'returned-share', ...at('returned-share', 3)],
      ['term', 'filtration', ...at('filtration', 4)],
      ['chart', 'placement-map', ...at('placement-map', 4)],
    ]);
  });

  it('names the file, line, column, tag and a near match for each unknown id of every kind', () => {
    const text = '<Fact id="deported-verifed" />\n<Cite id="kyiv-indep">q</Cite>\n<Chart id="no-such-chart" />\n<Scrolly chart="returned-shar">\n<Term id="filtraton">t</Term>';
    expect(refProblems('content/chapters/x.mdx', text, known)).toEqual([
      'content/chapters/x.mdx:1:11: <Fact id>: unknown figure id "deported-verifed"; did you mean "deported-verified"?',
      'content/chapters/x.mdx:2:11: <Cite id>: unknown source id "kyiv-indep"; did you mean "kyiv-independent-2025"?',
      'content/chapters/x.mdx:3:12: <Chart id>: unknown chart id (src/charts/index.ts) "no-such-chart"',
      'content/chapters/x.mdx:4:17: <Scrolly chart>: unknown chart id (src/charts/index.ts) "returned-shar"; did you mean "returned-share"?',
      'content/chapters/x.mdx:5:11: <Term id>: unknown glossary term id (content/glossary.json) "filtraton"; did you mean "filtration"?',
    ]);
  });

  it('leaves a kind unchecked when its list could not be read (the loader reports that file)', () => {
    const noTerms = knownIds({ figures: [], sources: [] }, [], null);
    expect(refProblems('a.mdx', '<Term id="anything">t</Term>', noTerms)).toEqual([]);
  });

  it('is linear on a long line of unclosed tags', () => {
    const text = '<Fact '.repeat(50_000);
    const t0 = performance.now();
    expect(mdxRefs(text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('every MDX file in both languages names only ids that exist', () => {
    const dataset = JSON.parse(readFileSync('content/data/dataset.json', 'utf8'));
    const glossary = JSON.parse(readFileSync('content/glossary.json', 'utf8'));
    const ids = knownIds(dataset, CHARTS.map((c) => c.id), glossary);
    expect(mdxRefProblems(ids)).toEqual([]);
    // The check sees the chapters: a renamed figure in one would be caught.
    const chapter = readFileSync('content/chapters/negotiations.mdx', 'utf8');
    expect(mdxRefs(chapter).length).toBeGreaterThan(20);
  });
});
