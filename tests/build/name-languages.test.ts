/**
 * Publishers' and speakers' names in Latin letters on a Ukrainian page are marked lang="en", so a screen reader reads
 * "International Criminal Court" in English rather than spelling it out in Ukrainian: in each chart's source line and
 * in the names columns of its data table (who said it, the sources), on every Ukrainian chart page and chapter, and
 * in the chart tables of the Ukrainian worksheets. A name the dataset writes in Cyrillic keeps the page's language.
 * Run after `astro build`.
 */
import { describe, expect, it } from 'vitest';
import { latestDataset } from '../../src/data/load.ts';
import { assertBuilt, builtPages, parse } from '../helpers/dist.ts';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('names in Latin letters on Ukrainian pages', () => {
  it('are marked lang="en" in chart source lines and data tables (chart pages, chapters, worksheets)', () => {
    assertBuilt();
    const publishers = new Set(latestDataset().sources.map((s) => s.publisher).filter((p) => LATIN.test(p) && !CYRILLIC.test(p)));
    const pages = builtPages().filter((p) => /^\/uk\/(charts\/[^/]+|chapters\/[^/]+|teach\/[^/]+\/(handout|activity))\/$/.test(p.url));
    expect(pages.length).toBeGreaterThan(15);
    const bad: string[] = [];
    let checked = 0;
    for (const p of pages) {
      const doc = parse(p.html);
      const langOf = (e: Element) => e.closest('[lang]')?.getAttribute('lang');
      // The source line: each publisher's link.
      for (const a of doc.querySelectorAll('.chart-source a')) {
        const name = (a.textContent ?? '').trim();
        if (!publishers.has(name)) continue;
        checked++;
        if (langOf(a) !== 'en') bad.push(`${p.url} source line: "${name}" is read as ${langOf(a)}`);
      }
      // Table cells that are publishers' names, or lists of them.
      for (const cell of doc.querySelectorAll('.chart-table td, .chart-table th, table.ws-table td')) {
        const text = (cell.textContent ?? '').trim();
        if (!text || CYRILLIC.test(text) || !text.split('; ').every((n) => publishers.has(n))) continue;
        checked++;
        if (langOf(cell) !== 'en') bad.push(`${p.url} table cell: "${text.slice(0, 60)}" is read as ${langOf(cell)}`);
      }
    }
    expect(checked, 'names found to check').toBeGreaterThan(50);
    expect(bad.slice(0, 15), `${bad.length} names read in Ukrainian:\n${bad.slice(0, 15).join('\n')}`).toEqual([]);
  });
});
