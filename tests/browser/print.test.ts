/**
 * Printing, in headless Chromium against the built site:
 * - page.pdf() of every chapter, handout, the glossary and /teach/ succeeds (the handouts, activity sheets and
 *   /teach/ in Ukrainian too);
 *   each handout is one A4 sheet, two sides at most, and each activity sheet
 *   at most two pages plus one per chart it carries (each with its data table) (pages counted from the PDF's `/Type /Page` objects;
 *   the counts are printed when PRINT_PAGES is set);
 * - under print media, nothing interactive or navigational shows (site
 *   header, chapter nav, pager, buttons, section tools), the theme is light
 *   even for a reader in dark mode, and the chapter's print footer shows;
 * - every chart prints whole on one page: its title-to-SVG block is shorter
 *   than the printable page, computes `break-inside: avoid` (and nothing
 *   between its title and its SVG allows a break), and, laid out in page-high
 *   columns (the same fragmentation rules as printing) at several offsets,
 *   always lands whole in one column with its title;
 * - every chart's data table prints: the print script opens closed tables
 *   before printing and closes them after, and without the script the CSS
 *   fallback still renders the table;
 * - "Copy link" works from the keyboard and says "Link to “<section>” copied" in a live region;
 * - shorter prints for a class set (issue 15), chosen from the keyboard: a chapter without its end matter prints on
 *   fewer pages than the whole chapter (text and charts, no data tables), and "Print section" prints the chapter's title, that section alone and the
 *   print footer, on fewer pages still (PRINT_PAGES prints the counts); the mode is undone after printing;
 * - citations copy as rich text: text/html with the style's italics in <i>, and text/plain, in one clipboard item.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { useBuiltSite } from '../helpers/site.ts';
import { translatedChapters } from '../../src/i18n/translated.ts';
import { latestDataset } from '../../src/data/load.ts';

const chapters = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
/** Every chapter page, English and Ukrainian. */
const chapterPaths = [...chapters.map((id) => `/chapters/${id}/`), ...translatedChapters('uk').map((id) => `/uk/chapters/${id}/`)];
const version = latestDataset().version;
/** A4 minus the 14 mm @page margins, in CSS px (96 per inch). */
const MM = 96 / 25.4;
const PAGE = { width: Math.floor((210 - 28) * MM), height: Math.floor((297 - 28) * MM) };

const site = useBuiltSite();
/** The teaching unit prints in each language: English at the root, Ukrainian under /uk/ (the same sheets, the same limits). */
const SHEET_PREFIXES = ['', '/uk'];

/** Pages in a PDF: its page objects, "/Type /Page" (not "/Type /Pages", the page tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

async function open(path: string, opts: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const res = await page.goto(site.server.origin + path, { waitUntil: 'load' });
  expect(res?.status(), `${path}: HTTP status`).toBe(200);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

async function printPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
}

describe('PDFs', () => {
  it('the page counter counts pages, not the page tree', () => {
    expect(pdfPageCount(Buffer.from('<< /Type /Pages /Kids [3 0 R 4 0 R] >> << /Type /Page >> << /Type/Page /Parent 2 0 R >>'))).toBe(2);
  });

  const teach = JSON.parse(readFileSync('content/teach.json', 'utf8')) as Array<{ id: string; activity?: { charts: string[] } }>;
  const chartsOf = (id: string) => teach.find((t) => t.id === id)?.activity?.charts.length ?? 0;
  for (const [path, most] of SHEET_PREFIXES.flatMap((pre) => chapters.flatMap((id): Array<[string, number]> => [[`${pre}/teach/${id}/handout/`, 2], [`${pre}/teach/${id}/activity/`, 2 + chartsOf(id)]]))) {
    it(`${path} prints on at most ${most} A4 pages`, async () => {
      const page = await open(path);
      try {
        const pdf = await printPdf(page);
        expect(pdf.subarray(0, 5).toString(), 'a PDF').toBe('%PDF-');
        if (process.env.PRINT_PAGES) console.log(`${path}: ${pdfPageCount(pdf)} A4 pages`);
        expect(pdfPageCount(pdf), `${path} prints on ${pdfPageCount(pdf)} pages`).toBeLessThanOrEqual(most);
      } finally {
        await page.context().close();
      }
    });
  }

  for (const path of [...chapterPaths, '/glossary/', ...SHEET_PREFIXES.map((pre) => `${pre}/teach/`)]) {
    it(`${path} prints to a PDF`, async () => {
      const page = await open(path);
      try {
        const pdf = await printPdf(page);
        expect(pdf.subarray(0, 5).toString(), 'a PDF').toBe('%PDF-');
        expect(pdfPageCount(pdf), `${path}: pages`).toBeGreaterThanOrEqual(1);
      } finally {
        await page.context().close();
      }
    });
  }
});

describe('print media: a clean, light handout', () => {
  const paths = [...chapterPaths, ...SHEET_PREFIXES.flatMap((pre) => chapters.flatMap((id) => [`${pre}/teach/${id}/handout/`, `${pre}/teach/${id}/activity/`])), '/glossary/'];
  for (const path of paths) {
    it(`${path}: no navigation, buttons or section tools; light theme; printed content visible`, async () => {
      const page = await open(path, { colorScheme: 'dark' });
      try {
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        const shown = await page.evaluate(() => {
          const visible = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          return [...document.querySelectorAll('nav, header.site-header, button, .section-tools, .pager, .skip-link, .theme-toggle, .no-print')]
            .filter(visible)
            .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 40)}"`);
        });
        expect(shown, `${path}: shown in print:\n${shown.join('\n')}`).toEqual([]);
        const colours = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
        expect(colours, `${path}: print must be black on white even in dark mode`).toEqual({ bg: 'rgb(255, 255, 255)', fg: 'rgb(0, 0, 0)' });
        if (path.includes('/teach/')) {
          const note = await page.evaluate(() => {
            const n = document.querySelector('.safety-student');
            return n && n.getClientRects().length > 0 && getComputedStyle(n).visibility !== 'hidden' ? n.textContent : null;
          });
          expect(note?.length ?? 0, `${path}: the content note and ground rules must print`).toBeGreaterThan(200);
        }
        if (/^(\/uk)?\/chapters\//.test(path)) {
          const footer = await page.evaluate(() => {
            const f = document.querySelector('.print-footer');
            return f && f.getClientRects().length > 0 ? f.textContent : null;
          });
          expect(footer, `${path}: the print footer does not show in print`).toMatch(/v\d+\.\d+\.\d+|версії \d+\.\d+\.\d+/);
          expect(footer, `${path}: the print footer names the dataset version`).toContain(version);
        }
      } finally {
        await page.context().close();
      }
    });
  }
});

describe('charts in print', () => {
  for (const path of chapterPaths) {
    it(`${path}: every chart fits a page, avoids breaks and prints whole, with its title`, async () => {
      const page = await open(path, { width: PAGE.width });
      try {
        await page.setViewportSize(PAGE);
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        // Figures placed with `lazy` fetch their drawings after load (chart-lazy.ts): a page that has settled prints them all.
        await page.waitForFunction(() => !document.querySelector('.chart-body[data-lazy]:not([data-lazy="done"])'), undefined, { timeout: 10_000 });
        const charts = await page.evaluate((P) => {
          const out = [...document.querySelectorAll('figure.chart[data-chart]')].map((f) => {
            const title = f.querySelector('.chart-title')!;
            const body = f.querySelector('.chart-body')!;
            const svg = body.querySelector('.chart-variant.v-wide svg') ?? body.querySelector('svg');
            return {
              id: f.getAttribute('data-chart')!,
              block: body.getBoundingClientRect().bottom - title.getBoundingClientRect().top,
              svgWidth: svg?.getBoundingClientRect().width ?? 0,
              bodyBreak: getComputedStyle(body).breakInside,
              titleAfter: getComputedStyle(title).breakAfter,
              titleInside: getComputedStyle(title).breakInside,
              // Every element between the title and the SVG must refuse a page break after it, or the body must refuse one before it.
              gaps: [...f.children]
                .slice(0, [...f.children].indexOf(body))
                .filter((e) => getComputedStyle(e).breakAfter !== 'avoid' && getComputedStyle(body).breakBefore !== 'avoid')
                .map((e) => e.className),
            };
          });
          // Paginate: the body laid out in columns exactly one printable page high, with the content pushed down by
          // several offsets so that each chart meets a page boundary at a different place.
          document.body.style.cssText += `;columns:${P.width}px;column-gap:0;column-fill:auto;height:${P.height}px;width:${P.width}px;margin:0`;
          const spacer = document.createElement('div');
          document.body.prepend(spacer);
          const problems = out.map(() => [] as string[]);
          for (const offset of [0, 150, 300, 450, 600, 750, 900]) {
            spacer.style.height = `${offset}px`;
            [...document.querySelectorAll('figure.chart[data-chart]')].forEach((f, i) => {
              const body = [...f.querySelector('.chart-body')!.getClientRects()];
              const title = [...f.querySelector('.chart-title')!.getClientRects()];
              if (body.length !== 1) problems[i]!.push(`offset ${offset}px: the chart splits into ${body.length} pieces`);
              else if (title.length === 0 || Math.round(body[0]!.left) !== Math.round(title[0]!.left)) problems[i]!.push(`offset ${offset}px: the title prints on another page than the chart`);
            });
          }
          return out.map((c, i) => ({ ...c, problems: problems[i]! }));
        }, PAGE);
        expect(charts.length, `${path} has no charts`).toBeGreaterThan(0);
        for (const c of charts) {
          expect(c.block, `${path} ${c.id}: the chart is ${Math.round(c.block)}px tall, more than a printed page (${PAGE.height}px)`).toBeLessThanOrEqual(PAGE.height);
          expect(c.svgWidth, `${path} ${c.id}: the SVG is wider than the page`).toBeLessThanOrEqual(PAGE.width + 1);
          expect(c.svgWidth, `${path} ${c.id}: no SVG in print`).toBeGreaterThan(0);
          expect(c.bodyBreak, `${path} ${c.id}: .chart-body must be break-inside: avoid`).toBe('avoid');
          expect([c.titleAfter, c.titleInside], `${path} ${c.id}: the title must stay with the chart`).toEqual(['avoid', 'avoid']);
          expect(c.gaps, `${path} ${c.id}: a page may break between the title and the chart after these elements`).toEqual([]);
          expect(c.problems, `${path} ${c.id}: printed pages cut the chart:\n${c.problems.join('\n')}`).toEqual([]);
        }
      } finally {
        await page.context().close();
      }
    });
  }

  // A table's name and header row never print alone at the foot of a page: the name (the disclosure's summary or the
  // caption), the header row and the first row of data land on one page, wherever the page boundary falls.
  for (const path of ['/chapters/negotiations/', '/uk/chapters/negotiations/', '/chapters/icc-warrants/', '/uk/chapters/icc-warrants/', '/teach/negotiations/handout/']) {
    it(`${path}: no table's name or header row is orphaned at the foot of a printed page`, async () => {
      const page = await open(path, { width: PAGE.width });
      try {
        await page.setViewportSize(PAGE);
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        await page.waitForFunction(() => !document.querySelector('.chart-body[data-lazy]:not([data-lazy="done"])'), undefined, { timeout: 10_000 });
        const problems = await page.evaluate((P) => {
          document.body.style.cssText += `;columns:${P.width}px;column-gap:0;column-fill:auto;height:${P.height}px;width:${P.width}px;margin:0`;
          const spacer = document.createElement('div');
          document.body.prepend(spacer);
          const tables = [...document.querySelectorAll('main table')].filter((t) => t.getBoundingClientRect().height > 0);
          const out: string[] = [];
          // The printed page (column) an element starts on; a pixel or two of border or padding is no other page.
          const col = (e: Element | null | undefined) => (e ? Math.floor(((e.getClientRects()[0]?.left ?? NaN) + 4) / P.width) + 1 : undefined);
          // Offsets a row height apart over most of a page, so that a boundary falls just after each part in turn.
          for (let offset = 0; offset < P.height; offset += 23) {
            spacer.style.height = `${offset}px`;
            tables.forEach((t, i) => {
              // The name as printed: the disclosure's summary where print shows it, else the table's caption.
              const label = [t.closest('details')?.querySelector(':scope > summary'), t.querySelector('caption')].find((e) => e && e.getClientRects().length > 0);
              const head = t.querySelector('thead tr') ?? t.querySelector('tr');
              const first = t.querySelector('tbody tr');
              const cols = [label, head, first].filter((e) => e).map(col);
              if (new Set(cols).size > 1) out.push(`table ${i + 1} ("${(label?.textContent ?? '').trim().slice(0, 40)}") at offset ${offset}px: name, header row and first row print on pages ${cols.join(', ')}`);
            });
          }
          return { count: tables.length, out: [...new Set(out)] };
        }, PAGE);
        expect(problems.count, `${path} prints no table`).toBeGreaterThan(0);
        expect(problems.out.slice(0, 10), `${path}:\n${problems.out.slice(0, 10).join('\n')}`).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('the print script opens every closed data table before printing and closes it again after', async () => {
    const page = await open('/chapters/filtration/');
    try {
      const before = await page.evaluate(() => [...document.querySelectorAll<HTMLDetailsElement>('details.chart-table')].map((d) => d.open));
      expect(before.length).toBeGreaterThan(0);
      expect(before.every((o) => !o), 'tables start closed on screen').toBe(true);
      await page.emulateMedia({ media: 'print' });
      const during = await page.evaluate(() => {
        dispatchEvent(new Event('beforeprint'));
        return [...document.querySelectorAll<HTMLDetailsElement>('details.chart-table')].map((d) => d.open && (d.querySelector('table')?.getBoundingClientRect().height ?? 0) > 0);
      });
      expect(during.every(Boolean), 'every table open and laid out while printing').toBe(true);
      const after = await page.evaluate(() => {
        dispatchEvent(new Event('afterprint'));
        return [...document.querySelectorAll<HTMLDetailsElement>('details.chart-table')].map((d) => d.open);
      });
      expect(after.every((o) => !o), 'tables closed again after printing').toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('without JavaScript, the CSS fallback still prints each data table', async () => {
    const page = await open('/chapters/filtration/', { javaScriptEnabled: false });
    try {
      await page.emulateMedia({ media: 'print' });
      const heights = await page.evaluate(() => [...document.querySelectorAll('details.chart-table:not([open]) table')].map((t) => t.getBoundingClientRect().height));
      expect(heights.length, 'closed tables on the page').toBeGreaterThan(0);
      expect(heights.every((h) => h > 0), `closed tables laid out in print: ${heights.join(', ')}`).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      // On screen a closed table is just its summary line (the skipped content keeps stale boxes, so measure the details).
      const screen = await page.evaluate(() => [...document.querySelectorAll('details.chart-table:not([open])')].map((d) => d.getBoundingClientRect().height));
      expect(screen.every((h) => h > 0 && h < 60), `and still closed on screen: ${screen.join(', ')}`).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});

describe('shorter prints for a class set', () => {
  /** Opens `path` with print() stubbed (headless Chromium has no dialog), presses `button` from the keyboard, then prints. */
  async function printVia(path: string, button: string | null): Promise<{ pages: number; shown: string[]; tables: number; page: Page }> {
    const page = await open(path);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    if (button) {
      await page.locator(button).focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed), `${path}: ${button} calls print()`).toBe(1);
    }
    // What print shows: the h1, the sections' headings and the end matter, each only if laid out. Measured before
    // page.pdf(), which fires afterprint and so ends the mode (as a real print dialog's closing does).
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('main h1, .chapter-body .section-head > h2, .end-matter, .print-footer')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => (e.matches('.end-matter') ? 'end-matter' : e.matches('.print-footer') ? 'footer' : `${e.tagName.toLowerCase()}#${e.id}`)),
    );
    const tables = await page.evaluate(() => [...document.querySelectorAll('details.chart-table')].filter((d) => d.getClientRects().length > 0).length);
    const pdf = await printPdf(page);
    return { pages: pdfPageCount(pdf), shown, tables, page };
  }

  for (const path of chapterPaths) {
    it(`${path}: without tables and sources, and one section, print on fewer pages than the chapter, from the keyboard`, async () => {
      const full = await printVia(path, null);
      await full.page.context().close();
      const short = await printVia(path, 'button[data-print="short"]');
      expect(short.shown, `${path}: no end matter in the short print`).not.toContain('end-matter');
      expect(full.tables, `${path}: the full print has the data tables`).toBeGreaterThan(0);
      expect(short.tables, `${path}: no data tables in the short print`).toBe(0);
      expect(short.shown, `${path}: the footer still prints`).toContain('footer');
      await short.page.context().close();
      const ids = full.shown.filter((s) => s.startsWith('h2#')).map((s) => s.slice(3));
      expect(ids.length, `${path}: sections`).toBeGreaterThan(2);
      const sectionPages: number[] = [];
      for (const id of [ids[0]!, ids.at(-1)!]) {
        const one = await printVia(path, `button[data-print-section="${id}"]`);
        try {
          expect(one.shown, `${path} #${id}: prints the title, that section's heading and the footer, nothing else`).toEqual([full.shown[0], `h2#${id}`, 'footer']);
          sectionPages.push(one.pages);
          // The mode is undone after printing: the whole chapter shows again.
          await one.page.evaluate(() => dispatchEvent(new Event('afterprint')));
          expect(await one.page.evaluate(() => [document.documentElement.dataset.print ?? '', document.querySelectorAll('.print-keep').length]), 'mode cleared').toEqual(['', 0]);
        } finally {
          await one.page.context().close();
        }
      }
      if (process.env.PRINT_PAGES) console.log(`${path}: ${full.pages} A4 pages in full, ${short.pages} without tables and sources; first and last sections ${sectionPages.join(' and ')}`);
      expect(short.pages, `${path}: without tables and sources (${short.pages}) vs full (${full.pages})`).toBeLessThanOrEqual(Math.ceil((full.pages * 2) / 3));
      for (const n of sectionPages) expect(n, `${path}: a section (${n}) vs the short print (${short.pages})`).toBeLessThan(short.pages);
    });
  }

  it('"Print section" is named for its section, in the page\'s language', async () => {
    for (const [path, name] of [['/chapters/filtration/', /^Print section: .+/], ['/uk/chapters/filtration/', /^Друкувати підрозділ: .+/]] as const) {
      const page = await open(path);
      try {
        const names = await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('button[data-print-section]')].map((b) => (b.hidden ? '(hidden)' : b.getAttribute('aria-label') ?? '')));
        expect(names.length).toBeGreaterThan(2);
        for (const n of names) expect(n).toMatch(name);
      } finally {
        await page.context().close();
      }
    }
  });
});

describe('citations copy with their italics', () => {
  for (const path of ['/chapters/filtration/', '/uk/glossary/', '/teach/', '/data/']) {
    it(`${path}: the APA and MLA buttons put text/html (with <i>) and text/plain on the clipboard`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
      const page = await context.newPage();
      try {
        await page.goto(site.server.origin + path, { waitUntil: 'load' });
        await page.evaluate(() => document.querySelectorAll('details.cite-details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
        for (const style of ['apa', 'mla']) {
          const plain = (await page.locator(`.cite-this [data-style="${style}"]`).first().textContent())!.trim();
          await page.locator(`.cite-this button[data-copy-style="${style}"]`).first().focus();
          await page.keyboard.press('Enter');
          await expect.poll(() => page.locator(`.cite-this button[data-copy-style="${style}"]`).first().textContent(), { timeout: 3000 }).not.toMatch(/^(Copy|Копіювати)/);
          const got = await page.evaluate(async () => {
            const [item] = await navigator.clipboard.read();
            const read = async (type: string) => (item!.types.includes(type) ? await (await item!.getType(type)).text() : null);
            return { types: [...item!.types], html: await read('text/html'), plain: await read('text/plain') };
          });
          expect(got.plain, `${path} ${style}: text/plain is the citation as shown`).toBe(plain);
          expect(got.html, `${path} ${style}: text/html keeps the italics`).toMatch(/<i>[^<]+<\/i>/);
          expect(got.html!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'), `${path} ${style}: the same words`).toContain(plain.slice(0, 40));
        }
      } finally {
        await context.close();
      }
    });
  }
});

describe('copy link', () => {
  it('works from the keyboard: Tab to "Copy link", Enter copies the section URL and the live region says which section\'s link was copied', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + '/chapters/filtration/', { waitUntil: 'load' });
      const id = await page.locator('button.copy-link').first().getAttribute('data-copy-anchor');
      // Focus the "#" link just before it, then Tab: the button must be the next stop in the tab order.
      await page.locator(`a.section-link[href="#${id}"]`).focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.copyAnchor ?? document.activeElement?.outerHTML.slice(0, 80));
      expect(focused, 'Tab from the # link reaches its Copy link button').toBe(id);
      await page.keyboard.press('Enter');
      // The message names the section (tests/browser/screen-reader.test.ts checks it is said once).
      const message = `Link to “${(await page.locator(`h2#${id}`).textContent())!.trim()}” copied`;
      await page.waitForFunction((m) => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent === m), message, { timeout: 3000 });
      const live = page.locator('[role="status"][aria-live="polite"]', { hasText: message });
      expect(await live.count(), `a polite live region announces "${message}"`).toBe(1);
      expect(await page.locator(`button[data-copy-anchor="${id}"]`).textContent()).toBe('Copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${site.server.origin}/chapters/filtration/#${id}`);
    } finally {
      await context.close();
    }
  });

  it('Space works too, and a "Copy link" button is visible for every section once scripts run', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + '/chapters/negotiations/', { waitUntil: 'load' });
      const hidden = await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('button.copy-link')].filter((b) => b.hidden || b.getClientRects().length === 0).length);
      expect(hidden, 'copy buttons still hidden after the script ran').toBe(0);
      const button = page.locator('button.copy-link').nth(1);
      await button.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => button.textContent(), { timeout: 3000 }).toBe('Copied');
    } finally {
      await context.close();
    }
  });
});
