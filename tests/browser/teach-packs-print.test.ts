/**
 * Each evidence pack (/teach/<chapter>/sources/, English and Ukrainian) prints on A4 on at most three pages, with the
 * content note, every extract kept whole on one page, and the comparison task. PRINT_PAGES=1 prints the counts.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site.ts';
import { CHAPTER_IDS } from '../../src/data/schema.ts';

const site = useBuiltSite();

/** Pages in a PDF: its page objects, "/Type /Page" (not "/Type /Pages", the page tree). */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

describe('evidence packs in print', () => {
  for (const path of ['', '/uk'].flatMap((pre) => CHAPTER_IDS.map((id) => `${pre}/teach/${id}/sources/`))) {
    it(`${path} prints on at most 3 A4 pages, every extract whole`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(site.server.origin + path, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await page.emulateMedia({ media: 'print' });
        const shown = await page.evaluate(() => ({
          note: !!document.querySelector('.safety-student') && getComputedStyle(document.querySelector('.safety-student')!).display !== 'none',
          avoid: [...document.querySelectorAll('section.extract')].map((s) => getComputedStyle(s).breakInside),
          compare: getComputedStyle(document.querySelector('.compare')!).display !== 'none',
        }));
        expect(shown.note, `${path}: content note printed`).toBe(true);
        expect(shown.compare).toBe(true);
        expect(new Set(shown.avoid)).toEqual(new Set(['avoid']));
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        if (process.env.PRINT_PAGES) console.log(`${path}: ${pdfPageCount(pdf)} A4 pages`);
        expect(pdfPageCount(pdf), `${path}: pages`).toBeGreaterThanOrEqual(1);
        expect(pdfPageCount(pdf), `${path}: pages`).toBeLessThanOrEqual(3);
      } finally {
        await context.close();
      }
    });
  }
});
