/**
 * The reading layout in headless Chromium against the built site:
 * - on a phone (375 × 667) the first graphic of every chapter starts within the first two screens (≤ 1,334 px), and
 *   the landing page (English and Ukrainian) shows its whole headline and the unit grid on the first screen;
 * - at 1280 px every chart in a chapter breaks out of the text column, gets its breakout drawing (960 px), and no
 *   visible chart drawing is shown larger than it was drawn (chart text never scaled up);
 * - the end matter (endnotes, citation formats) is closed behind disclosures, and a link to an endnote opens it.
 */
import { describe, expect, it } from 'vitest';
import { CHAPTER_IDS } from '../../src/data/schema.ts';
import { translatedChapters } from '../../src/i18n/translated.ts';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';
import { builtPages } from '../helpers/dist.ts';

const site = useBuiltSite();
/** Every chapter page, English and Ukrainian. */
const CHAPTER_PATHS = [...CHAPTER_IDS.map((id) => `/chapters/${id}/`), ...translatedChapters('uk').map((id) => `/uk/chapters/${id}/`)];

describe('first graphic within two phone screens', () => {
  for (const path of CHAPTER_PATHS) {
    it(`${path} at 375 × 667: the top of the first figure is at most 1,334 px down`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 375, height: 667 } });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        const top = await page.evaluate(() => {
          const f = document.querySelector('main figure.chart, main .scrolly');
          return f ? f.getBoundingClientRect().top + scrollY : Infinity;
        });
        expect(top, `${path}: first figure top (px)`).toBeLessThanOrEqual(1334);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('breakout figures at 1280 px', () => {
  for (const path of CHAPTER_PATHS) {
    it(`${path}: every chart is wider than the text column and drawn for its width`, async () => {
      const { context, errors, external } = await guardedContext(site, { viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        const column = await page.evaluate(() => document.querySelector('.chapter-body')!.getBoundingClientRect().width);
        const figures = page.locator('main figure.chart[data-chart]');
        const n = await figures.count();
        expect(n).toBeGreaterThan(0);
        for (let i = 0; i < n; i++) {
          const fig = figures.nth(i);
          await fig.scrollIntoViewIfNeeded();
          // The breakout drawing is fetched when the figure nears the screen.
          await fig.locator('.chart-body.has-xl').waitFor({ timeout: 10_000 });
          const m = await fig.evaluate((f) => {
            const shown = [...f.querySelectorAll<SVGSVGElement>('.chart-body svg')].filter((s) => s.getClientRects().length > 0);
            return {
              id: f.getAttribute('data-chart'),
              width: f.getBoundingClientRect().width,
              shown: shown.map((s) => ({ cls: s.parentElement!.className, w: s.getBoundingClientRect().width, vb: s.viewBox.baseVal.width })),
            };
          });
          expect(m.width, `${m.id}: figure width vs text column ${column}`).toBeGreaterThan(column + 100);
          expect(m.shown.length, `${m.id}: one drawing shown`).toBe(1);
          expect(m.shown[0]!.cls, `${m.id}: the breakout drawing is shown`).toContain('v-xl');
          expect(m.shown[0]!.w, `${m.id}: drawing not scaled up`).toBeLessThanOrEqual(m.shown[0]!.vb + 0.5);
          expect(m.shown[0]!.w, `${m.id}: drawing fills most of the figure`).toBeGreaterThan(m.width * 0.9);
        }
        expect(errors).toEqual([]);
        expect(external).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('no chart drawing is shown larger than drawn at 375, 768 and 1280 px (chapters, a chart page, an embed)', async () => {
    for (const width of [375, 768, 1280]) {
      const { context } = await guardedContext(site, { viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        for (const path of ['/chapters/filtration/', '/chapters/negotiations/', '/charts/placement-map/', '/embed/placement-map/']) {
          await page.goto(site.server.origin + path, { waitUntil: 'load' });
          const scaled = await page.evaluate(() =>
            [...document.querySelectorAll<SVGSVGElement>('.chart-variant > svg')]
              .filter((s) => s.getClientRects().length > 0 && s.viewBox.baseVal.width > 0)
              .map((s) => ({ w: Math.round(s.getBoundingClientRect().width), vb: s.viewBox.baseVal.width }))
              .filter((x) => x.w > x.vb + 0.5),
          );
          expect(scaled, `${path} at ${width}: drawings shown larger than drawn`).toEqual([]);
        }
      } finally {
        await context.close();
      }
    }
  });
});

describe('the landing page\'s first phone screen, in each language', () => {
  for (const path of ['/', '/uk/']) {
    it(`${path} at 375 × 667: the whole headline and at least two rows of the unit grid are on the first screen`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 375, height: 667 } });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const m = await page.evaluate(() => ({
          h1: document.querySelector('h1')!.getBoundingClientRect().bottom,
          grid: document.querySelector('.home-chart figure.chart .chart-body')!.getBoundingClientRect().top,
          scroll: document.documentElement.scrollWidth,
        }));
        expect(m.h1, `${path}: the headline ends below the first screen`).toBeLessThanOrEqual(667);
        // Two rows of the grid's squares (about 21 px each) show above the fold.
        expect(m.grid, `${path}: the unit grid starts ${m.grid} px down`).toBeLessThanOrEqual(667 - 45);
        expect(m.scroll, `${path}: sideways scroll`).toBe(375);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('end matter behind disclosures', () => {
  it('endnotes and citations start closed; a link to an endnote opens its disclosure', async () => {
    const { context, errors } = await guardedContext(site, { viewport: { width: 375, height: 667 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/chapters/filtration/`, { waitUntil: 'load' });
      const open = await page.$$eval('details.end-matter', (ds) => ds.map((d) => (d as HTMLDetailsElement).open));
      expect(open).toEqual([false, false]);
      const note = await page.$eval('.endnotes li[id]', (li) => li.id);
      await page.goto(`${site.server.origin}/chapters/filtration/#${note}`, { waitUntil: 'load' });
      await page.waitForFunction(() => (document.querySelector('details.endnotes') as HTMLDetailsElement).open, null, { timeout: 5000 });
      expect(await page.locator(`#${note}`).isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('headings at 320 px keep their words whole (issue 14)', () => {
  // A word a heading cannot fit was cut anywhere («Стамбульсь|кий»): every word of every heading on every Ukrainian
  // page (and the English ones beside them) must sit on one line, or break only at a hyphen the browser adds.
  const pages = ['/uk/', '/uk/data/', '/uk/sources/', '/uk/timeline/', '/uk/glossary/', '/uk/teach/', '/uk/methodology/', '/uk/about/',
    ...translatedChapters('uk').map((id) => `/uk/chapters/${id}/`), '/', ...CHAPTER_IDS.map((id) => `/chapters/${id}/`)];
  it('no heading word is split across lines without a hyphen', async () => {
    const { context, errors } = await guardedContext(site, { viewport: { width: 320, height: 640 } });
    const broken: string[] = [];
    try {
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        broken.push(...(await page.evaluate((p) => {
          const out: string[] = [];
          for (const h of document.querySelectorAll('h1, h2, h3, h4')) {
            if (!(h as HTMLElement).offsetParent) continue;
            const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.textContent ?? '';
              for (const m of text.matchAll(/[^\s\u00a0\u2014\u2013-]+/g)) {
                const r = document.createRange();
                r.setStart(n, m.index!);
                r.setEnd(n, m.index! + m[0].length);
                const lines = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
                const style = getComputedStyle(h);
                if (lines.size > 1 && style.hyphens !== 'auto') out.push(`${p}: «${m[0]}» in "${h.textContent!.trim().slice(0, 60)}"`);
              }
            }
          }
          return out;
        }, path)));
      }
      expect(broken).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * In the page: visible text that runs past the viewport (outside a sideways scroller or a clipping box), and words of headings, key facts
 * and figure text that the line broke with no hyphen. Text a reader cannot see (closed disclosures, visually hidden
 * labels, a table head hidden on phones) and SVG text (the chart-label tests measure it) are left out.
 */
function textOverflow(): { scroll: number; client: number; past: string[]; split: string[] } {
  const vw = document.documentElement.clientWidth;
  const past: string[] = [];
  const split: string[] = [];
  // A sideways scroller's text is reached by scrolling; a clipping box's (a visually hidden label) is not seen.
  const scroller = (el: Element) => {
    for (let e: Element | null = el; e && e !== document.documentElement && e !== document.body; e = e.parentElement) {
      if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX)) return true;
    }
    return false;
  };
  const where = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/)[0]}` : ''}`;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    const text = n.textContent ?? '';
    if (!text.trim() || el.closest('svg') || !el.checkVisibility() || el.getBoundingClientRect().width < 2) continue;
    const all = document.createRange();
    all.selectNodeContents(n);
    if (!scroller(el) && [...all.getClientRects()].some((r) => r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5))) past.push(`${where(el)}: “${text.trim().slice(0, 60)}”`);
    const block = el.closest('h1, h2, h3, h4, dt, dd, figcaption, caption, summary');
    if (!block || getComputedStyle(el).hyphens === 'auto') continue;
    for (const m of text.matchAll(/[^\s\u00a0\u2014\u2013\-/]+/g)) {
      const r = document.createRange();
      r.setStart(n, m.index!);
      r.setEnd(n, m.index! + m[0].length);
      if (new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size > 1) split.push(`${where(block)}: «${m[0]}»`);
    }
  }
  return { scroll: document.documentElement.scrollWidth, client: vw, past, split };
}

describe('no text past the screen at 320 px (issue 14)', () => {
  // Every built Ukrainian page (chapters, chart pages, embeds, teaching sheets, the 404s) and the English page of each
  // path that has one: the document does not scroll sideways, no visible text runs past the viewport, and no word of a
  // heading, a key fact or a figure's caption is cut across lines. Ukrainian words run long («місцеперебування»).
  const uk = builtPages().map((p) => p.url).filter((u) => u.startsWith('/uk/') && !u.endsWith('.html'));
  const en = new Set(builtPages().map((p) => p.url));
  const paths = [...uk, ...uk.map((u) => u.slice(3)).filter((u) => en.has(u) && !u.startsWith('/embed/'))];

  it(`every page of ${paths.length}: nothing runs past 320 px`, async () => {
    const { context, errors } = await guardedContext(site, { viewport: { width: 320, height: 640 } });
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const m = await page.evaluate(textOverflow);
        if (m.scroll > m.client) problems.push(`${path}: the page is ${m.scroll} px wide`);
        problems.push(...m.past.map((x) => `${path}: past the screen: ${x}`), ...m.split.map((x) => `${path}: word cut: ${x}`));
      }
      expect(uk.length).toBeGreaterThan(100);
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 600_000);

  it('the check sees a word that runs past the screen and one cut across lines', async () => {
    const { context } = await guardedContext(site, { viewport: { width: 320, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/uk/chapters/negotiations/`, { waitUntil: 'load' });
      await page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        h1.append(' Найдовшенеподільнеукраїнськеслово');
        h1.style.overflowWrap = 'normal';
      });
      expect((await page.evaluate(textOverflow)).past.join()).toContain('Найдовшенеподільнеукраїнськеслово');
      await page.evaluate(() => (document.querySelector('h1')!.style.overflowWrap = 'break-word'));
      const cut = await page.evaluate(textOverflow);
      expect(cut.past).toEqual([]);
      expect(cut.split.join()).toContain('Найдовшенеподільнеукраїнськеслово');
    } finally {
      await context.close();
    }
  });
});
