// `npm run unit-pdf` (after `npm run build`): the offline teaching unit as one PDF per language, for lessons without
// power or devices. Serves dist/, reads the printing order from /teach/unit/ (the guide, then per chapter the core
// reading, handout, activity sheet and evidence pack, then the glossary, src/lib/teach-unit.ts), prints each part to A4 with
// Chromium's print layout, joins them with pdf-lib into .shots/unit-en.pdf and .shots/unit-uk.pdf, and prints the
// page count of every part and of the whole. A tool, not part of the build: the build never needs Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { serveDist } from '../tests/helpers/server.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';

const out = '.shots';
mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launchChromium();
try {
  for (const prefix of ['', '/uk']) {
    const ctx = await browser.newContext({ colorScheme: 'light' });
    const page = await ctx.newPage();
    page.setDefaultTimeout(180_000);
    await page.goto(`${server.origin}${prefix}/teach/unit/`, { waitUntil: 'load' });
    const parts = await page.$$eval('.unit-contents a', (as) => as.map((a) => ({ href: a.getAttribute('href')!, label: a.textContent!.trim() })));
    if (parts.length === 0) throw new Error(`${prefix}/teach/unit/ lists no parts (.unit-contents a)`);
    const unit = await PDFDocument.create();
    for (const part of parts) {
      await page.goto(server.origin + part.href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      const pages = await unit.copyPages(pdf, pdf.getPageIndices());
      for (const p of pages) unit.addPage(p);
      console.log(`${String(pages.length).padStart(3)}  ${part.href}`);
    }
    const file = `${out}/unit-${prefix ? prefix.slice(1) : 'en'}.pdf`;
    writeFileSync(file, await unit.save());
    console.log(`${file}: ${unit.getPageCount()} A4 pages from ${parts.length} parts\n`);
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}
