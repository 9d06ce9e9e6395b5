/**
 * A figure's wide drawing arrives without moving the page. At desktop widths chart-breakout.ts swaps a figure's 640 px
 * drawing for its 960 px one once that has loaded; the wide one is taller, so everything below the figure used to
 * jump down in front of the reader (Chromium measured a 0.0086 layout shift on the landing page at 1280 px). With
 * script, the figure now keeps the wide drawing's room from the start. Here each breakout response is held until the
 * page has settled, then released, and the layout shifts after the release are collected.
 */
import { describe, expect, it } from 'vitest';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';
import { clearShifts, recordShifts, shifts } from '../helpers/layout-shift.ts';

const site = useBuiltSite();
const PAGES = ['/', '/uk/', '/chapters/icc-warrants/', '/uk/chapters/icc-warrants/'];

describe('breakout drawings', () => {
  for (const path of PAGES) {
    it(`${path} at 1280 px: the wide drawings arrive without a layout shift, and are shown`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        let release: () => void = () => undefined;
        const held = new Promise<void>((r) => (release = r));
        let asked = 0;
        await page.route('**/charts/**/breakout*.svg', async (route) => {
          asked++;
          await held;
          await route.continue();
        });
        await recordShifts(page);
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await expect.poll(() => asked, { timeout: 10_000 }).toBeGreaterThan(0);
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
});
