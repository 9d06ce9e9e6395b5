/**
 * Printing the core readings and the offline unit page, in headless Chromium against the built site, English and
 * Ukrainian: each core reading prints on one A4 sheet (two sides at most), the content note and ground rules print on
 * it; the unit page (/teach/unit/) prints its contents and then each reading and the glossary from a new page, so
 * it runs to at least one page per part (PRINT_PAGES prints the counts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site.ts';
import { CHAPTER_IDS } from '../../src/data/schema.ts';

const site = useBuiltSite();
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

async function printed(path: string): Promise<{ pages: number; page: Page }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const page = await context.newPage();
  const res = await page.goto(site.server.origin + path, { waitUntil: 'load' });
  expect(res?.status(), `${path}: HTTP status`).toBe(200);
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pages = pdfPageCount(pdf);
  if (process.env.PRINT_PAGES) console.log(`${path}: ${pages} A4 pages`);
  return { pages, page };
}

describe('core readings print on one A4 sheet', () => {
  for (const prefix of ['', '/uk']) {
    for (const id of CHAPTER_IDS) {
      const path = `${prefix}/teach/${id}/reading/`;
      it(path, async () => {
        const { pages, page } = await printed(path);
        try {
          expect(pages, `${path}: pages`).toBeGreaterThanOrEqual(1);
          expect(pages, `${path}: pages`).toBeLessThanOrEqual(2);
          await page.emulateMedia({ media: 'print' });
          const shown = await page.evaluate(() => {
            const visible = (s: string) => [...document.querySelectorAll(s)].some((e) => (e as HTMLElement).offsetParent !== null);
            return { kit: visible('.safety-student'), header: visible('.site-header'), text: visible('.reading-text p') };
          });
          expect(shown, `${path}: under print media`).toEqual({ kit: true, header: false, text: true });
        } finally {
          await page.context().close();
        }
      });
    }
  }
});

describe('the offline unit page prints each part from a new page', () => {
  for (const prefix of ['', '/uk']) {
    const path = `${prefix}/teach/unit/`;
    it(path, async () => {
      const { pages, page } = await printed(path);
      try {
        const parts = await page.locator('.unit-part').count();
        expect(parts, `${path}: parts`).toBe(CHAPTER_IDS.length + 1);
        expect(pages, `${path}: pages (contents, then each part from a new page)`).toBeGreaterThanOrEqual(parts + 1);
      } finally {
        await page.context().close();
      }
    });
  }
});
