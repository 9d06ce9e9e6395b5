/**
 * Byte budgets per page (gzipped), from docs/design.md §4. Bytes are deterministic; timings live in `npm run bench`.
 * A page in Ukrainian has the HTML budget its language's text needs (UK_HTML_BUDGET, measured in tests/helpers/weight.ts)
 * and stays within UK_PREMIUM_MAX of its English counterpart.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages, fileForUrl } from '../helpers/dist.ts';
import { BUDGETS, UK_HTML_BUDGET, UK_PREMIUM_MAX, pageWeight } from '../helpers/weight.ts';
import { alternatePath, localeOfPath } from '../../src/i18n/paths.ts';

const budgetsFor = (url: string) => (localeOfPath(url) === 'uk' ? { ...BUDGETS, html: UK_HTML_BUDGET } : BUDGETS);

describe('page budgets (gzipped)', () => {
  for (const page of builtPages()) {
    const budgets = budgetsFor(page.url);
    it(`${page.url} stays within HTML ${budgets.html / 1000} KB, CSS ${budgets.css / 1000} KB, JS ${budgets.js / 1000} KB, fonts ${budgets.fonts / 1000} KB`, () => {
      const w = pageWeight(page.url, page.html);
      const over = (Object.keys(budgets) as Array<keyof typeof budgets>)
        .filter((k) => w[k].gz > budgets[k])
        .map((k) => `${k}: ${w[k].gz} B gzipped > ${budgets[k]} B`);
      expect(over, `${page.url} is over budget:\n${over.join('\n')}`).toEqual([]);
    });
  }
});

describe('a Ukrainian page weighs at most its language’s premium more than the English one', () => {
  // The chapters: the heaviest pages, and the ones the premium was measured on.
  const pairs = builtPages().filter((p) => p.url.startsWith('/uk/chapters/'));
  it('there are Ukrainian chapter pages to compare', () => {
    expect(pairs.length).toBe(4);
  });
  for (const page of pairs) {
    it(`${page.url}: HTML at most ${UK_PREMIUM_MAX} × the English page's`, () => {
      const en = alternatePath(page.url, 'en');
      const uk = pageWeight(page.url, page.html).html.gz;
      const base = pageWeight(en, readFileSync(fileForUrl(en)!, 'utf8')).html.gz;
      expect(uk / base, `${page.url}: ${uk} B vs ${en}: ${base} B`).toBeLessThanOrEqual(UK_PREMIUM_MAX);
    });
  }
});
