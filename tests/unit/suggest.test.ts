/** src/lib/suggest.ts: result matching and "did you mean" suggestions for search. */
import { describe, expect, it } from 'vitest';
import { closest, distance, resultMatches, suggest, typedInResults, words } from '../../src/lib/suggest.ts';
import { vocabulary } from '../../src/lib/search-terms.ts';

const VOCAB = ['adoption', 'adopted', 'filtration', 'deportation', 'deported', 'warrant', 'warrants', 'children', 'camps', 'qatar'];

describe('search suggestions', () => {
  it('measures edit distance with transpositions', () => {
    expect(distance('adoption', 'adoption')).toBe(0);
    expect(distance('adpotion', 'adoption')).toBe(1);
    expect(distance('adopshun', 'adoption')).toBe(3);
    expect(distance('', 'abc')).toBe(3);
  });
  it('a result matches only when its highlighted words answer every query word', () => {
    expect(resultMatches(['a', 'a', 'A'], 'adopshun')).toBe(false);
    expect(resultMatches(['adoption', 'adopted'], 'adoption')).toBe(true);
    expect(resultMatches(['adopted'], 'adoptions')).toBe(true);
    expect(resultMatches(['Qatar'], 'qatar camps')).toBe(false);
    // Ukrainian: Pagefind keeps the «» quotes inside the highlighted word.
    expect(resultMatches(['«перевиховання»'], 'перевиховання')).toBe(true);
    expect(resultMatches(['«пе'], 'перевиховання')).toBe(false);
    expect(resultMatches(['Qatar', 'camp'], 'qatar camps')).toBe(true);
    expect(resultMatches([], 'of')).toBe(true);
  });
  it('suggests the closest known word for a misspelling, and nothing for a far-off or known word', () => {
    expect(closest('adopshun', VOCAB)).toBe('adoption');
    expect(closest('filtraton', VOCAB)).toBe('filtration');
    expect(closest('xyzzy', VOCAB)).toBeUndefined();
    expect(suggest('adopshun', VOCAB)).toBe('adoption');
    expect(suggest('childrn camps', VOCAB)).toBe('children camps');
    expect(suggest('warrants', VOCAB)).toBeUndefined();
  });
  it('tells a word found as typed (or the start of one) from one matched only on its first letters', () => {
    expect(typedInResults(['deportation', 'Deported'], 'deport')).toBe(true);
    expect(typedInResults(['Deportation'], 'deportation')).toBe(true);
    expect(typedInResults(['deportation', 'deported'], 'deportaton')).toBe(false);
    expect(typedInResults(['Qatar', 'camp'], 'qatar camps')).toBe(false);
    expect(typedInResults(['«перевиховання»'], 'перевих')).toBe(true);
    expect(typedInResults(['депортації'], 'депортацыя')).toBe(false);
    // Words under three letters are not checked (Pagefind's own matching decides them).
    expect(typedInResults(['Qatar'], 'qatar of')).toBe(true);
    expect(suggest('deportaton', VOCAB)).toBe('deportation');
  });
  it("counts a locale's words, most frequent first, without MDX markup", () => {
    const list = vocabulary(['<Figure id="x" /> Deportation and {props.n} deportation', 'Депортація дітей', 'депортація']);
    expect(list).toEqual(['deportation', 'депортація', 'дітей']);
    expect(list).not.toContain('figure');
    expect(list).not.toContain('props.n');
  });
  it('splits text into lower-case words', () => {
    expect(words("Russia's 700,000 — Lvova-Belova")).toEqual(['russia', 'lvova-belova']);
  });
});
