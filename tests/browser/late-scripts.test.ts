/**
 * A page is laid out the same before and after its scripts run. On a phone's connection the browser paints the page
 * as it arrives and runs the module scripts only once all of it has: anything a script reveals, inserts or resizes
 * above or on the first screen then moves what the reader is looking at (a layout shift). Controls that need a script
 * are therefore in the HTML from the start (.needs-js), shown from the first paint. Here each page is loaded twice:
 * once with every script but the head's theme script taken out (the page as first painted), once as served; every
 * text block and figure on the first screen must be where it was. Found this way: the chapter's print buttons (24 px
 * at 375 px), the chart filters' buttons (230 px on every-count's page), the theme button (0.016 at 375 px).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();
const PAGES = [
  '/', '/uk/', '/chapters/icc-warrants/', '/chapters/filtration/', '/chapters/adoption-pipeline/', '/chapters/negotiations/',
  '/uk/chapters/filtration/', '/uk/chapters/negotiations/', '/timeline/', '/charts/every-count/', '/charts/events-timeline/',
  '/glossary/', '/teach/icc-warrants/handout/', '/embed/events-timeline/', '/embed/every-count/',
];

/**
 * Serves the page's HTML without its scripts, but for the head's inline script that sets the `js` class and the data
 * blocks. Without the font loader the web fonts' rules stay on from the start (src/lib/late-fonts.ts), so both loads
 * end in the same typeface.
 */
async function withoutScripts(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (s) =>
      /^<script type="application\//.test(s) || s.includes("classList.add('js')") ? s : '',
    );
    await route.fulfill({ response, body });
  });
}

/** Where each text block and figure on the first screen sits: "tag "text"#n" → "left,top" (page coordinates). */
async function firstScreen(page: Page): Promise<Map<string, string>> {
  const rows = await page.evaluate(() => {
    const seen = new Map<string, number>();
    const out: Array<[string, string, boolean]> = [];
    const sel = 'h1, h2, h3, p, li, figure, figcaption, details, table, blockquote, .chart-body, .site-title, .bar-tools, button, a';
    for (const e of document.querySelectorAll<HTMLElement>(sel)) {
      if (e.closest('.visually-hidden, .chart-variant, [hidden]')) continue;
      const r = e.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const base = `${e.tagName.toLowerCase()} "${(e.innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      out.push([`${base}#${n}`, `${Math.round(r.left)},${Math.round(r.top + scrollY)}`, r.top < innerHeight && r.bottom > 0]);
    }
    return out;
  });
  return new Map(rows.filter(([, , onScreen]) => onScreen).map(([k, v]) => [k, v]));
}

describe('scripts arriving late move nothing on the first screen', () => {
  for (const path of PAGES) {
    for (const width of [375, 1280]) {
      it(`${path} at ${width} px`, async () => {
        const { context } = await guardedContext(site, { viewport: { width, height: 800 }, colorScheme: 'light' });
        try {
          const load = async (strip: boolean) => {
            const page = await context.newPage();
            if (strip) await withoutScripts(page);
            await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
            await page.evaluate(() => document.fonts.ready);
            await page.waitForTimeout(300);
            const where = await firstScreen(page);
            const scripts = await page.evaluate(() => document.querySelectorAll('script[src], script:not([type])').length);
            await page.close();
            return { where, scripts };
          };
          const before = await load(true);
          const after = await load(false);
          expect(after.scripts, 'the page as served has scripts').toBeGreaterThan(before.scripts);
          expect(before.where.size, 'elements found on the first screen').toBeGreaterThan(5);
          const moved: string[] = [];
          for (const [k, at] of before.where) {
            const now = after.where.get(k);
            if (now === undefined) continue; // changed its text (a button's label) or scrolled off: not a move of the page
            const [x0, y0] = at.split(',').map(Number);
            const [x1, y1] = now.split(',').map(Number);
            if (Math.abs(x1! - x0!) > 1 || Math.abs(y1! - y0!) > 1) moved.push(`${k}: ${at} → ${now}`);
          }
          expect(moved, 'moved when the scripts ran').toEqual([]);
        } finally {
          await context.close();
        }
      }, 30_000);
    }
  }
});

// A phone paints the page as it arrives, so the first paint can hold part of the header: the title and the first tools
// without the theme button. Which row each part of the header sits on must not depend on how much of it is there.
describe('the header is laid out the same with only part of it arrived', () => {
  for (const path of ['/chapters/negotiations/', '/uk/chapters/negotiations/']) {
    for (const width of [320, 375, 480]) {
      it(`${path} at ${width} px`, async () => {
        const { context } = await guardedContext(site, { viewport: { width, height: 800 }, colorScheme: 'light' });
        try {
          const page = await context.newPage();
          await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready);
          const tops = () => page.evaluate(() => ['.bar-tools', '.chapter-nav', 'main'].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().top)));
          const whole = await tops();
          for (const remove of ['.theme-toggle', '.search-link']) {
            await page.evaluate((s) => document.querySelector(s)!.remove(), remove);
            expect(await tops(), `without ${remove} (and what followed it)`).toEqual(whole);
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});

// Module scripts are imported after the first paint (src/lib/late-modules.ts): on a phone's connection they would
// otherwise share the line with the document and the fonts the first screen waits for. Each must be requested after
// the page's first contentful paint, and all of them must have run (the loader marks <html data-modules-ready>).
describe('module scripts are requested after the first paint', () => {
  for (const path of ['/', '/uk/chapters/icc-warrants/', '/chapters/icc-warrants/', '/chapters/filtration/', '/chapters/adoption-pipeline/', '/chapters/negotiations/', '/embed/placement-map/', '/search/']) {
    it(path, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 375, height: 667 }, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        const t = await page.evaluate(() => ({
          ready: document.documentElement.hasAttribute('data-modules-ready'),
          listed: (document.querySelector('script[data-modules]')?.getAttribute('data-modules') ?? '').split(' ').filter(Boolean).length,
          tags: document.querySelectorAll('script[type="module"][src]').length,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          modules: performance
            .getEntriesByType('resource')
            .filter((e) => new URL(e.name).pathname.startsWith('/_astro/') && e.name.endsWith('.js'))
            .map((e) => [new URL(e.name).pathname, Math.round(e.startTime)] as const),
        }));
        expect(t.tags, 'module script tags left in the page').toBe(0);
        expect(t.listed, 'modules the loader imports').toBeGreaterThan(0);
        expect(t.ready, 'the loader marked <html data-modules-ready>').toBe(true);
        expect(t.modules.length, 'module files fetched').toBeGreaterThanOrEqual(t.listed);
        expect(Number.isFinite(t.fcp), 'first contentful paint recorded').toBe(true);
        const early = t.modules.filter(([, start]) => start < t.fcp).map(([p, s]) => `${p} at ${s} ms`);
        expect(early, `requested before the first paint (${Math.round(t.fcp)} ms)`).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

// The web fonts are made live after the first paint (src/lib/late-fonts.ts): the first screen is drawn in the
// metric-matched local fallbacks, so on a phone's connection it does not wait for the font files. Every /fonts/ file
// must be requested after the first contentful paint, and have loaded by the end (the loader marks <html
// data-fonts-ready>). The tab then has the files in its cache, and its next page uses them from the start: there the
// fonts' rules are live before the body arrives, so that page is never drawn in the fallbacks at all.
describe('web fonts are requested after the first paint, and the next page in the tab has them from the start', () => {
  const PAIRS = [
    ['/chapters/filtration/', '/chapters/negotiations/'],
    ['/', '/about/'],
    ['/about/', '/'],
    ['/uk/chapters/adoption-pipeline/', '/uk/'],
  ] as const;
  for (const [first, next] of PAIRS) {
    it(`${first}, then ${next}`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 375, height: 667 }, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { fontsMediaAtBody?: string | null };
          new MutationObserver((_, o) => {
            if (!document.body) return;
            o.disconnect();
            w.fontsMediaAtBody = document.querySelector('style[data-fonts]')?.getAttribute('media') ?? null;
          }).observe(document, { childList: true, subtree: true });
          // At the first paint: how many of a chapter's blocks were skipped (staged) rather than laid out.
          new PerformanceObserver((l, o) => {
            if (!l.getEntriesByName('first-contentful-paint').length) return;
            o.disconnect();
            (window as unknown as { skippedAtPaint?: number }).skippedAtPaint = [...document.querySelectorAll('.chapter-body > *, .chapter-foot')].filter(
              (e) => getComputedStyle(e).contentVisibility === 'auto',
            ).length;
          }).observe({ type: 'paint', buffered: true });
        });
        const visit = async (path: string) => {
          await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
          return page.evaluate(() => ({
            atBody: (window as unknown as { fontsMediaAtBody?: string | null }).fontsMediaAtBody,
            ready: document.documentElement.hasAttribute('data-fonts-ready'),
            fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
            fonts: performance
              .getEntriesByType('resource')
              .filter((e) => new URL(e.name).pathname.startsWith('/fonts/'))
              .map((e) => [new URL(e.name).pathname, Math.round(e.startTime)] as const),
            loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')),
            mainCyrillic: /[\u0400-\u04ff]/.test(
              (() => {
                const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
                for (const d of main.querySelectorAll('details:not([open])')) d.remove();
                return main.textContent ?? '';
              })(),
            ),
            skippedAtPaint: (window as unknown as { skippedAtPaint?: number }).skippedAtPaint,
            staged: document.documentElement.hasAttribute('data-staged'),
            skippedAtEnd: [...document.querySelectorAll('.chapter-body > *, .chapter-foot')].filter((e) => getComputedStyle(e).contentVisibility === 'auto').length,
          }));
        };
        const one = await visit(first);
        expect(one.atBody, 'the fonts\' rules as the body arrived, on the tab\'s first page').toBe('not all');
        expect(one.ready, 'the loader marked <html data-fonts-ready>').toBe(true);
        expect(Number.isFinite(one.fcp), 'first contentful paint recorded').toBe(true);
        expect(one.fonts.length, 'font files fetched').toBeGreaterThan(0);
        const early = one.fonts.filter(([, start]) => start < one.fcp).map(([p, s]) => `${p} at ${s} ms`);
        expect(early, `requested before the first paint (${Math.round(one.fcp)} ms)`).toEqual([]);
        expect(one.loaded, 'the web fonts in use by the end').toEqual(expect.arrayContaining(['Source Sans 3', 'Source Serif 4']));
        // A chapter's blocks below its first figure wait while the first screen is drawn, and are all laid out (so in
        // the accessibility tree) once the page has settled.
        if (first.includes('/chapters/')) expect(one.skippedAtPaint, 'blocks skipped at the first paint').toBeGreaterThan(5);
        expect(one.staged, '<html data-staged> dropped once settled').toBe(false);
        expect(one.skippedAtEnd, 'blocks still skipped once settled').toBe(0);
        // Only the faces whose characters the page shows: a Cyrillic file only where <main>, outside closed disclosures,
        // holds Cyrillic letters (an English chapter's endnotes name Russian sources; the language switch has its own face).
        const cyrillic = one.fonts.filter(([p]) => p.includes('cyrillic')).length > 0;
        expect(cyrillic, `Cyrillic faces fetched (main has Cyrillic: ${one.mainCyrillic})`).toBe(one.mainCyrillic);
        const two = await visit(next);
        expect(two.atBody, 'the fonts\' rules as the body arrived, on the tab\'s next page (left on: no media)').toBeNull();
        expect(two.ready, 'the next page marked <html data-fonts-ready>').toBe(true);
        expect(two.loaded).toEqual(expect.arrayContaining(['Source Sans 3', 'Source Serif 4']));
        expect(two.staged || two.skippedAtEnd > 0, 'the next page settled with every block laid out').toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

// A skipped block is missing from the accessibility tree, so the staging must not wait on a slow font file: with every
// font response held for 6 s, the chapter is fully laid out within 3 s of load, the fonts still pending.
describe('a slow font does not keep a chapter staged', () => {
  for (const path of ['/chapters/filtration/', '/uk/chapters/negotiations/']) {
    it(`${path}, fonts held 6 s`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 375, height: 667 }, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        await page.route('**/fonts/*.woff2', async (route) => {
          await new Promise((r) => setTimeout(r, 6000));
          await route.continue().catch(() => undefined);
        });
        // 'domcontentloaded': the settle wait (tests/helpers/chromium.ts) would wait for the held fonts.
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'domcontentloaded' });
        await page.waitForLoadState('load');
        const loadedAt = Date.now();
        await page.waitForFunction(() => !document.documentElement.hasAttribute('data-staged'), null, { timeout: 3000 });
        const state = await page.evaluate(() => ({
          skipped: [...document.querySelectorAll('.chapter-body > *, .chapter-foot')].filter((e) => getComputedStyle(e).contentVisibility === 'auto').length,
          fontsReady: document.documentElement.hasAttribute('data-fonts-ready'),
        }));
        expect(Date.now() - loadedAt, 'ms from load until nothing was staged').toBeLessThan(3000);
        expect(state.skipped, 'blocks still skipped').toBe(0);
        expect(state.fontsReady, 'the fonts are still held, so not yet marked ready').toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
