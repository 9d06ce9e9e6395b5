/** Byte budgets per page (gzipped), from docs/design.md §4. Bytes are deterministic; timings live in `npm run bench`. */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { BUDGETS, pageWeight } from '../helpers/weight.ts';

describe('page budgets (gzipped)', () => {
  for (const page of builtPages()) {
    it(`${page.url} stays within HTML ${BUDGETS.html / 1000} KB, CSS ${BUDGETS.css / 1000} KB, JS ${BUDGETS.js / 1000} KB, fonts ${BUDGETS.fonts / 1000} KB`, () => {
      const w = pageWeight(page.url, page.html);
      const over = (Object.keys(BUDGETS) as Array<keyof typeof BUDGETS>)
        .filter((k) => w[k].gz > BUDGETS[k])
        .map((k) => `${k}: ${w[k].gz} B gzipped > ${BUDGETS[k]} B`);
      expect(over, `${page.url} is over budget:\n${over.join('\n')}`).toEqual([]);
    });
  }
});
