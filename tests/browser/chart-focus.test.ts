/**
 * Keyboard focus in charts. Tab enters each chart once, on the first point of the drawing shown, at any width. And a
 * keyboard reader keeps their place in a chart when a wider drawing arrives (issue 17): at desktop widths a chart
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

  // Each drawing of a chart keeps its first point as a tab stop, set without reading layout while the page settles
  // (src/scripts/chart-enhance.ts); a hidden drawing's stop cannot take focus. So Tab must enter every chart once, on
  // the first point of the drawing shown, whatever the width and whichever drawings have arrived.
  for (const [prefix, width] of [['', 320], ['/uk', 1280]] as const) {
    it(`${prefix || '/en'} at ${width} px: Tab enters each chart once, on the first point of the drawing shown`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width, height: 800 }, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${prefix}/chapters/negotiations/`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-charts-ready'), null, POLL);
        const charts = await page.locator('.chart-body[data-enhance]').count();
        expect(charts, 'the chapter has several charts').toBeGreaterThan(1);
        const entered: Array<{ chart: number; shown: boolean; first: boolean }> = [];
        await page.locator('body').focus();
        for (let i = 0; i < 600; i++) {
          await page.keyboard.press('Tab');
          const at = await page.evaluate(() => {
            const a = document.activeElement as HTMLElement | null;
            if (!a || a === document.body) return null;
            const body = a.closest('.chart-body[data-enhance]');
            if (!body || !a.classList.contains('chart-mark')) return { mark: false as const, footer: !!a.closest('footer') };
            const variant = a.closest('.chart-variant') ?? body;
            const points = [...variant.querySelectorAll('.chart-mark:not([data-note]):not([data-hidden])')];
            return { mark: true as const, chart: [...document.querySelectorAll('.chart-body[data-enhance]')].indexOf(body), shown: a.getClientRects().length > 0, first: points[0] === a };
          });
          if (!at) break;
          if (!at.mark) {
            if (at.footer) break;
            continue;
          }
          entered.push({ chart: at.chart, shown: at.shown, first: at.first });
        }
        expect(entered.map((e) => e.chart), 'each chart entered once, in order').toEqual([...Array(charts).keys()]);
        expect(entered.every((e) => e.shown && e.first), JSON.stringify(entered)).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
