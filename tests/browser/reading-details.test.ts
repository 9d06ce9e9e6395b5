/**
 * The smaller things the reader review found (issue 12), in both languages: the theme control shows which theme is on
 * (not "Dark theme" in both states); in forced colours the key-facts box keeps a visible border; on /data/ at 320 px
 * each figure is a card that shows every field, with nothing scrolled out of sight; and a section's link tools never
 * depend on hovering: on a touch screen the # shows, on a desktop the tools appear on pointing or on Tab.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();
// Generous: a loaded test machine can take seconds for one evaluate.
const POLL = { timeout: 10_000 };
const LANGS = [
  { locale: 'en', prefix: '' },
  { locale: 'uk', prefix: '/uk' },
] as const;

async function visibleMark(page: Page): Promise<string> {
  return page.locator('[data-theme-toggle]').evaluate((b) => getComputedStyle(b, '::after').content);
}

describe('reading details', () => {
  for (const { locale, prefix } of LANGS) {
    it(`${locale}: the theme control shows "off", then "on" once pressed, in the page's language`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 390, height: 800 }, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${prefix}/chapters/filtration/`, { waitUntil: 'load' });
        const toggle = page.locator('[data-theme-toggle]');
        await expect.poll(() => toggle.isVisible(), POLL).toBe(true);
        const [on, off] = await toggle.evaluate((b) => [b.getAttribute('data-on'), b.getAttribute('data-off')]);
        expect(on && off && on !== off, 'two different words for on and off').toBeTruthy();
        expect(await visibleMark(page)).toContain(off!);
        await toggle.click();
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(await visibleMark(page)).toContain(on!);
        expect(await toggle.evaluate((b) => getComputedStyle(b, '::after').display)).not.toBe('none');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`${locale}: in forced colours the key-facts box keeps a visible border`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 390, height: 800 } });
      try {
        const page = await context.newPage();
        await page.emulateMedia({ forcedColors: 'active' });
        await page.goto(`${site.server.origin}${prefix}/chapters/negotiations/`, { waitUntil: 'load' });
        const box = await page.locator('.key-facts').first().evaluate((e) => {
          const s = getComputedStyle(e);
          return { width: parseFloat(s.borderTopWidth) + parseFloat(s.borderLeftWidth), style: s.borderTopStyle, color: s.borderTopColor, bg: getComputedStyle(document.body).backgroundColor };
        });
        expect(box.width, 'a border on the box').toBeGreaterThan(0);
        expect(box.style).not.toBe('none');
        expect(box.color, 'the border is not the page colour').not.toBe(box.bg);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`${locale}: /data/ at 320 px shows each figure as a card with every field, nothing scrolled away`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 320, height: 700 } });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${prefix}/data/`, { waitUntil: 'load' });
        const r = await page.evaluate(() => {
          const table = document.querySelector('.figures-table')!;
          const rows = [...table.querySelectorAll('tbody tr')];
          const tooWide = [...table.querySelectorAll('tr, td')].filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5).length;
          const unlabelled = rows.flatMap((tr) => [...tr.querySelectorAll('td')]).filter((td) => !getComputedStyle(td, '::before').content.replace(/^"|"$/g, '').trim()).length;
          return {
            rows: rows.length,
            display: getComputedStyle(rows[0]!).display,
            cellsPerRow: Math.min(...rows.map((tr) => tr.querySelectorAll('td').length)),
            tooWide,
            unlabelled,
            sideways: document.documentElement.scrollWidth - innerWidth,
          };
        });
        expect(r.rows).toBeGreaterThan(10);
        expect(r.display, 'a row is a card (a block), not a table row').toBe('block');
        expect(r.cellsPerRow, 'value, how produced, who, when, source').toBeGreaterThanOrEqual(4);
        expect(r.tooWide, 'cells running past the screen').toBe(0);
        expect(r.unlabelled, 'cells without their column name').toBe(0);
        expect(r.sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`${locale}: a section's link tools do not depend on hovering`, async () => {
      // A phone: no hover. The # link shows; the copy button is reachable by keyboard.
      const touch = await guardedContext(site, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
      try {
        const page = await touch.context.newPage();
        await page.goto(`${site.server.origin}${prefix}/chapters/icc-warrants/`, { waitUntil: 'load' });
        expect(await page.evaluate(() => matchMedia('(hover: none)').matches), 'the phone context cannot hover').toBe(true);
        const tools = page.locator('.section-tools').first();
        expect(await tools.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
        expect(await page.locator('.section-link').first().isVisible()).toBe(true);
        expect(touch.errors).toEqual([]);
      } finally {
        await touch.context.close();
      }
      // A desktop: quiet until pointed at or tabbed into, then fully visible.
      const desk = await guardedContext(site, { viewport: { width: 1280, height: 900 } });
      try {
        const page = await desk.context.newPage();
        await page.goto(`${site.server.origin}${prefix}/chapters/icc-warrants/`, { waitUntil: 'load' });
        const head = page.locator('.section-head').first();
        const tools = head.locator('.section-tools');
        await page.mouse.move(5, 5);
        await expect.poll(() => tools.evaluate((e) => getComputedStyle(e).opacity), POLL).toBe('0');
        await head.locator('.section-link').focus();
        await expect.poll(() => tools.evaluate((e) => getComputedStyle(e).opacity), POLL).toBe('1');
        await page.locator('body').click({ position: { x: 2, y: 2 } });
        await head.hover();
        await expect.poll(() => tools.evaluate((e) => getComputedStyle(e).opacity), POLL).toBe('1');
        const box = await tools.boundingBox();
        expect(box && box.x >= 0, 'the tools in the left margin stay on screen').toBe(true);
        expect(desk.errors).toEqual([]);
      } finally {
        await desk.context.close();
      }
    });
  }
});
