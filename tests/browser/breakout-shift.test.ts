/**
 * A figure's wide drawing arrives without moving the page. At desktop widths chart-breakout.ts swaps a figure's 640 px
 * drawing for its 960 px one once that has loaded; the wide one is taller, so everything below the figure used to
 * jump down in front of the reader (Chromium measured a 0.0086 layout shift on the landing page at 1280 px). With
 * script, the figure now keeps the wide drawing's room from the start. Here each breakout response is held until the
 * page has settled, then released, and the layout shifts after the release are collected.
 *
 * A wide drawing can also be shorter: placement-map's is 514 px tall at 960 px, its 640 px one 789 px. Swapped in
 * while the reader looks at the map, it pulled the text below up by 275 px (0.0117-0.0477 on the adoption chapter). It
 * is now shown at once but keeps the figure's height until the figure is off screen; above the screen, scroll
 * anchoring keeps the text still.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';
import { clearShifts, recordShifts, shifts } from '../helpers/layout-shift.ts';
import { svgHeight } from '../../src/charts/svg.ts';
import { DIST } from '../helpers/dist.ts';

const site = useBuiltSite();
const PAGES = ['/', '/uk/', '/chapters/icc-warrants/', '/uk/chapters/icc-warrants/'];

/**
 * `path` at 1280 px, shifts recorded from the start, with the breakout drawings matching `drawings` held back until
 * `release` is called; `asked` counts the requests for them.
 */
async function heldBreakouts(path: string, drawings: string) {
  const { context, errors } = await guardedContext(site, { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  let asked = 0;
  await page.route(drawings, async (route) => {
    asked++;
    await held;
    await route.continue();
  });
  await recordShifts(page);
  await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return { context, errors, page, release, asked: () => asked };
}

describe('breakout drawings', () => {
  for (const path of PAGES) {
    it(`${path} at 1280 px: the wide drawings arrive without a layout shift, and are shown`, async () => {
      const { context, errors, page, release, asked } = await heldBreakouts(path, '**/charts/**/breakout*.svg');
      try {
        await expect.poll(asked, { timeout: 10_000 }).toBeGreaterThan(0);
        await page.waitForTimeout(300);
        await clearShifts(page);
        release();
        await expect.poll(() => page.locator('.chart-body.has-xl').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        await page.waitForTimeout(300);
        expect(await shifts(page), 'layout shifts when the wide drawings arrived').toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 30_000);
  }

  const CHAPTER = '/chapters/adoption-pipeline/';
  const MAP = '#chart-placement-map .chart-body';

  /** The adoption chapter with placement-map's wide drawing held back. */
  const heldMap = () => heldBreakouts(CHAPTER, '**/charts/placement-map/breakout*.svg');
  const hasXl = (page: Page) => page.locator(MAP).evaluate((b) => b.classList.contains('has-xl'));
  const wideHeight = (page: Page) =>
    page.locator(`${MAP} > .v-wide`).evaluate((v) => v.getBoundingClientRect().height);

  it('a shorter wide drawing that arrives while the figure is on screen is shown, keeping the height until scrolled away', async () => {
    const { context, errors, page, release, asked } = await heldMap();
    try {
      await page.locator(MAP).evaluate((b) => b.scrollIntoView({ block: 'center' }));
      await expect.poll(asked, { timeout: 10_000 }).toBeGreaterThan(0);
      // The premise: this wide drawing is shorter than the one on screen.
      const xl = svgHeight(readFileSync(join(DIST, 'charts/placement-map/breakout-destinations.svg'), 'utf8'));
      const before = await wideHeight(page);
      expect(xl, 'the wide drawing is shorter than the 640 px one').toBeLessThan(before - 100);
      await page.waitForTimeout(300);
      await clearShifts(page);
      release();
      await expect.poll(() => hasXl(page), { timeout: 10_000 }).toBe(true);
      await page.waitForTimeout(500);
      const xlBox = () => page.locator(`${MAP} > .v-xl`).evaluate((v) => Math.round(v.getBoundingClientRect().height));
      expect(await xlBox(), 'the wide drawing keeps the figure height while on screen').toBe(Math.round(before));
      expect(await page.locator(`${MAP} > .v-xl svg`).evaluate((s) => s.getBoundingClientRect().width), 'the wide drawing is drawn 960 px wide').toBeGreaterThan(950);
      expect(await shifts(page), 'layout shifts while the reader looks at the map').toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(xlBox, { timeout: 10_000 }).toBeLessThan(Math.round(before) - 100);
      await page.waitForTimeout(300);
      expect(await shifts(page), 'layout shifts when the figure let go of its height off screen').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 40_000);

  it('a shorter wide drawing that arrives while the figure is above the screen keeps the text still', async () => {
    const { context, errors, page, release, asked } = await heldMap();
    try {
      await page.locator(MAP).evaluate((b) => b.scrollIntoView({ block: 'center' }));
      await expect.poll(asked, { timeout: 10_000 }).toBeGreaterThan(0);
      // Past the figure: its bottom 200 px above the top of the screen.
      await page.locator(MAP).evaluate((b) => window.scrollBy(0, b.getBoundingClientRect().bottom + 200));
      const heading = async () =>
        page.evaluate(() => {
          const el = [...document.querySelectorAll('main p, main h2, main h3')].find((e) => e.getBoundingClientRect().top > 50);
          return el ? [el.textContent?.slice(0, 40), Math.round(el.getBoundingClientRect().top)] : null;
        });
      await page.waitForTimeout(300);
      const before = await heading();
      await clearShifts(page);
      release();
      await expect.poll(() => hasXl(page), { timeout: 10_000 }).toBe(true);
      await page.waitForTimeout(300);
      expect(await heading(), 'the text on screen after the swap').toEqual(before);
      expect(await shifts(page), 'layout shifts when the wide drawing was swapped in above the screen').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 40_000);
});
