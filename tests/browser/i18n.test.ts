/**
 * The Ukrainian edition in Chromium: the language switch lands on the same section of the page in the other
 * language (the #hash is carried; section ids are the same in both), and /uk/search/ searches the Ukrainian
 * pages by a Ukrainian word, in Ukrainian words, from this site only.
 */
import { describe, expect, it } from 'vitest';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';
import { uk } from '../../src/i18n/uk.ts';

const site = useBuiltSite();
const guarded = () => guardedContext(site, { viewport: { width: 390, height: 800 } });

describe('language switch', () => {
  it('keeps the reader on the same section, both ways', async () => {
    const { context, errors, external } = await guarded();
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + '/uk/glossary/#filtration', { waitUntil: 'load' });
      await page.click('a[data-lang-switch]');
      await page.waitForURL('**/glossary/#filtration');
      expect(new URL(page.url()).pathname).toBe('/glossary/');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      // The section is in view, near the top of the window.
      await page.waitForLoadState('load');
      await expect.poll(() => page.locator('#filtration').evaluate((el) => Math.round(el.getBoundingClientRect().top)), { timeout: 5000 }).toBeLessThan(200);
      expect(await page.locator('#filtration').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-2);
      // Back to Ukrainian, on a section reached after load.
      await page.evaluate(() => { location.hash = '#deportation'; });
      await page.click('a[data-lang-switch]');
      await page.waitForURL('**/uk/glossary/#deportation');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('Ukrainian search', () => {
  it('finds a Ukrainian page by a Ukrainian word and answers in Ukrainian', async () => {
    const { context, errors, external } = await guarded();
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + '/uk/search/', { waitUntil: 'load' });
      await page.getByLabel(uk['search.label'].split('{')[0]!).pressSequentially('перевиховання', { delay: 20 });
      await page.waitForSelector('[data-search-results] li a.result-title', { timeout: 15_000 });
      const hrefs = await page.$$eval('[data-search-results] li > a.result-title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      // Only Ukrainian pages: the English index is separate.
      for (const h of hrefs) expect(h).toMatch(/^\/uk\//);
      expect(hrefs).toContain('/uk/glossary/');
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/Запиту «перевиховання» відпові/);
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says so in Ukrainian when nothing matches', async () => {
    const { context, errors } = await guarded();
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + '/uk/search/?q=щщщщщщ', { waitUntil: 'load' });
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toBe('За запитом «щщщщщщ» нічого не знайдено.');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
