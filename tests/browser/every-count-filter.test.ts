/**
 * The every-count chart's stage filter, in headless Chromium against the built site (/charts/every-count/ and
 * /uk/charts/every-count/): without JavaScript no buttons show and every dot and row shows; with it, choosing a
 * stage leaves only that stage's dots drawn and reachable (the other groups hidden, their dots out of the keyboard
 * order and the accessibility tree), the drawing shrinks to the stage's rows, the table shows only its rows, the
 * change is announced in the page's language, and "All stages" restores the drawing to its built height.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site.ts';
import { LOCALES, type Locale } from '../../src/i18n/index.ts';
import { localePath } from '../../src/i18n/paths.ts';
import { ct } from '../../src/i18n/charts.ts';
import { latestDataset } from '../../src/data/load.ts';

const FIG = '.chart[data-chart="every-count"]';
const site = useBuiltSite();
const held = latestDataset().figures.filter((f) => f.unit !== 'percent' && f.stage === 'held').length;
const total = latestDataset().figures.filter((f) => f.unit !== 'percent').length;

/** The drawing on screen: its viewBox height, the stages of its groups shown, and its dots. */
async function drawing(page: Page) {
  return page.$eval(FIG, (fig) => {
    const svg = [...fig.querySelectorAll<SVGSVGElement>('.chart-variant > svg')].find((s) => s.getClientRects().length > 0)!;
    const dots = [...svg.querySelectorAll<SVGElement>('[data-tip]')];
    return {
      height: svg.viewBox.baseVal.height,
      stages: [...svg.querySelectorAll<SVGGElement>('g[data-stage]')].filter((g) => g.getClientRects().length > 0).map((g) => g.dataset.stage),
      shownDots: dots.filter((d) => d.getClientRects().length > 0 && !d.hasAttribute('data-hidden')).length,
      hiddenReachable: dots.filter((d) => d.hasAttribute('data-hidden') && (d.getAttribute('aria-hidden') !== 'true' || d.getAttribute('tabindex') !== '-1')).length,
      rows: [...fig.querySelectorAll<HTMLElement>('tbody tr[data-stage]')].filter((tr) => !tr.hidden).length,
    };
  });
}

for (const locale of LOCALES) describeFilter(locale);

function describeFilter(locale: Locale): void {
  const PATH = localePath('/charts/every-count/', locale);
  describe(`every-count stage filter (${locale})`, () => {
    it('without JavaScript: no buttons, every dot and every row', async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(site.server.origin + PATH);
        expect(await page.locator('.every-count-filter button:visible').count(), 'no buttons shown').toBe(0);
        const d = await drawing(page);
        expect(d.shownDots).toBe(total);
        expect(d.rows).toBe(total);
      } finally {
        await context.close();
      }
    });

    for (const width of [320, 1280]) {
      it(`at ${width} px: a stage shows only its rows, closes the gap, is announced, and "all" restores the chart`, async () => {
        const context = await site.browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        try {
          await page.goto(site.server.origin + PATH);
          const group = page.getByRole('group', { name: ct('every.filter.label', {}, locale) });
          await group.getByRole('button', { name: ct('every.stage.held', {}, locale), exact: true }).click();
          const before = await drawing(page);
          expect(before.stages).toEqual(['held']);
          expect(before.shownDots).toBe(held);
          expect(before.hiddenReachable, 'hidden dots are out of the keyboard order and the accessibility tree').toBe(0);
          expect(before.rows).toBe(held);
          await expect.poll(() => group.locator('[aria-live]').textContent()).toContain(String(held));
          await group.getByRole('button', { name: ct('every.filter.all', {}, locale), exact: true }).click();
          const after = await drawing(page);
          expect(after.shownDots).toBe(total);
          expect(after.rows).toBe(total);
          expect(after.height, 'the drawing grows back').toBeGreaterThan(before.height * 3);
        } finally {
          await context.close();
        }
      });
    }
  });
}
