/**
 * A keyboard reader keeps their place in a chart when a wider drawing arrives (issue 17). At desktop widths a chart
 * in a chapter swaps its 640 px drawing for the breakout drawing once that has loaded (src/scripts/chart-breakout.ts);
 * the drawing that held focus is then hidden, and the browser used to drop focus to the page, so the next arrow key
 * did nothing and Tab started again from the top. Here the breakout's response is held until a point has focus.
 */
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();
const POLL = { timeout: 10_000 };

describe('chart focus when the breakout drawing arrives', () => {
  for (const prefix of ['', '/uk']) {
    it(`${prefix || '/en'}: the focused point stays focused, in the drawing now shown, and the arrows go on from it`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        let release: () => void = () => undefined;
        const held = new Promise<void>((r) => (release = r));
        await page.route('**/charts/returns-over-time/breakout.svg', async (route: Route) => {
          await held;
          await route.continue();
        });
        await page.goto(`${site.server.origin}${prefix}/chapters/negotiations/`, { waitUntil: 'load' });
        const body = page.locator('.chart-body[data-breakout$="/returns-over-time/breakout.svg"]');
        await body.scrollIntoViewIfNeeded();
        await expect.poll(() => body.locator('.v-wide .chart-mark').count(), POLL).toBeGreaterThan(3);
        // The third data point of the 640 px drawing (annotations come after the points on the arrow keys' path).
        const label = await body.locator('.v-wide .chart-mark:not([data-note])').nth(2).evaluate((m) => {
          (m as SVGElement).focus();
          return m.getAttribute('aria-label');
        });
        expect(label, 'the point has a name').toBeTruthy();
        release();
        await expect.poll(() => body.evaluate((b) => b.classList.contains('has-xl')), POLL).toBe(true);
        const focused = () =>
          page.evaluate(() => {
            const a = document.activeElement as Element | null;
            return { mark: !!a?.classList.contains('chart-mark'), inXl: !!a?.closest('.v-xl'), label: a?.getAttribute('aria-label') ?? '', tabStop: a?.getAttribute('tabindex') };
          });
        await expect.poll(async () => (await focused()).inXl, POLL).toBe(true);
        expect(await focused()).toEqual({ mark: true, inXl: true, label, tabStop: '0' });
        await page.keyboard.press('ArrowRight');
        const next = await focused();
        expect(next.inXl, 'the arrow moves within the drawing shown').toBe(true);
        expect(label, 'the third point').toMatch(/^3\b/);
        expect(next.label, 'to the fourth point').toMatch(/^4\b/);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
