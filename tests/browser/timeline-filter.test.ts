/**
 * The events timeline's chapter filter, in headless Chromium against the
 * built site: without JavaScript nothing is hidden and no buttons show;
 * with it, choosing "Filtration" leaves only filtration events reachable by
 * keyboard and in the accessibility tree, dims the rest, filters the data
 * table, and "All" restores everything. In English (/charts/events-timeline/) and in Ukrainian (/uk/timeline/),
 * with the buttons' words from the page's dictionary.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site.ts';
import { CHAPTER_IDS } from '../../src/data/schema.ts';
import { LOCALES, t, tn, type Locale } from '../../src/i18n/index.ts';
import { localePath } from '../../src/i18n/paths.ts';

const FIG = '.chart[data-chart="events-timeline"]';


const site = useBuiltSite();

/** The marks of the variant on screen: chapter, whether hidden from the filter's point of view, tabindex, aria-hidden, opacity. */
async function shownMarks(page: Page) {
  return page.$$eval(`${FIG} [data-tip]`, (els) =>
    els
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({
        chapter: e.getAttribute('data-chapter'),
        hidden: e.hasAttribute('data-hidden'),
        tabindex: e.getAttribute('tabindex'),
        ariaHidden: e.getAttribute('aria-hidden'),
        opacity: getComputedStyle(e).opacity,
      })),
  );
}

async function rows(page: Page) {
  return page.$$eval(`${FIG} tbody tr`, (trs) => trs.map((tr) => ({ chapter: tr.getAttribute('data-chapter'), hidden: (tr as HTMLElement).hidden })));
}

for (const locale of LOCALES) describeFilter(locale);

function describeFilter(locale: Locale): void {
// The chart's own page in English; in Ukrainian the timeline page, which draws the same chart with the same filter
// (the Ukrainian chart pages, /uk/charts/<id>/, are not built yet).
const PATH = locale === 'en' ? '/charts/events-timeline/' : localePath('/timeline/', locale);
const label = t('timeline.filter.label', {}, locale);
const all = t('timeline.filter.all', {}, locale);
const chapter = (id: (typeof CHAPTER_IDS)[number]) => t(`chapter.${id}`, {}, locale);
describe(`events-timeline chapter filter (${locale})`, () => {
  it('without JavaScript: no buttons, every mark shown, every row in the table', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + PATH);
      expect(await page.locator('.timeline-filter button:visible').count(), 'no buttons shown').toBe(0);
      const marks = await shownMarks(page);
      const allRows = await rows(page);
      expect(marks.length).toBeGreaterThan(10);
      expect(marks.length, 'one mark per table row').toBe(allRows.length);
      expect(marks.every((m) => !m.hidden && m.opacity === '1')).toBe(true);
      expect(allRows.every((r) => !r.hidden && r.chapter)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('in Chromium’s own fonts, no two texts of the chart overlap and none leaves the viewBox, at 320 and 1280 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + PATH, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const problems = await page.evaluate((fig) => {
          const svg = [...document.querySelectorAll<SVGSVGElement>(`${fig} svg`)].find((s) => s.getClientRects().length > 0)!;
          const vb = svg.viewBox.baseVal;
          const boxes = [...svg.querySelectorAll<SVGTextElement>('text')].map((t) => ({ t: t.textContent, b: t.getBBox() }));
          const out: string[] = [];
          for (const { t, b } of boxes) {
            if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5) out.push(`outside: "${t}"`);
          }
          // Lines of one label sit 14 px apart and their font boxes touch by a pixel or two: only a real overlap counts.
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i]!.b;
              const c = boxes[j]!.b;
              const ox = Math.min(a.x + a.width, c.x + c.width) - Math.max(a.x, c.x);
              const oy = Math.min(a.y + a.height, c.y + c.height) - Math.max(a.y, c.y);
              if (ox > 0.5 && oy > 4) out.push(`overlap: "${boxes[i]!.t}" / "${boxes[j]!.t}"`);
            }
          }
          return out;
        }, FIG);
        expect(problems, `${width}px`).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  for (const width of [1280, 320]) {
    it(`at ${width} px: "Filtration" leaves only filtration events focusable and filters the table; "All" restores`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      try {
        await page.goto(site.server.origin + PATH, { waitUntil: 'load' });
        const group = page.getByRole('group', { name: label });
        const names = await group.getByRole('button').allTextContents();
        expect(names).toEqual([all, ...CHAPTER_IDS.map(chapter)]);
        expect(await group.getByRole('button', { name: all, exact: true }).getAttribute('aria-pressed')).toBe('true');

        const before = await shownMarks(page);
        const filtrationCount = before.filter((m) => m.chapter === 'filtration').length;
        expect(filtrationCount).toBeGreaterThan(3);
        expect(filtrationCount).toBeLessThan(before.length);

        await group.getByRole('button', { name: chapter('filtration') }).click();
        expect(await group.getByRole('button', { name: chapter('filtration') }).getAttribute('aria-pressed')).toBe('true');
        expect(await group.getByRole('button', { name: all, exact: true }).getAttribute('aria-pressed')).toBe('false');

        const after = await shownMarks(page);
        for (const m of after) {
          if (m.chapter === 'filtration') {
            expect(m.hidden).toBe(false);
            expect(m.ariaHidden).toBeNull();
            expect(m.opacity).toBe('1');
          } else {
            expect(m.hidden).toBe(true);
            expect(m.ariaHidden).toBe('true');
            expect(m.tabindex).toBe('-1');
            expect(Number(m.opacity)).toBeLessThan(0.5);
          }
        }
        expect(after.filter((m) => m.tabindex === '0'), 'one tab stop, on a filtration mark').toEqual([
          expect.objectContaining({ chapter: 'filtration' }),
        ]);

        // Keyboard: Tab from the last button enters the chart on a filtration mark; arrows visit only filtration marks.
        await group.getByRole('button', { name: chapter('negotiations') }).focus();
        await page.keyboard.press('Tab');
        const visited: Array<string | null> = [];
        const seen = new Set<string>();
        for (let i = 0; i < filtrationCount + 3; i++) {
          const info = await page.evaluate(() => {
            const a = document.activeElement!;
            return { chapter: a.getAttribute('data-chapter'), tip: a.getAttribute('data-tip') ?? '' };
          });
          visited.push(info.chapter);
          seen.add(info.tip);
          await page.keyboard.press('ArrowRight');
        }
        expect(new Set(visited)).toEqual(new Set(['filtration']));
        expect(seen.size, 'every filtration event reachable with the arrow keys').toBe(filtrationCount);

        const filtered = await rows(page);
        const visible = filtered.filter((r) => !r.hidden);
        expect(visible.length).toBe(filtrationCount);
        expect(visible.every((r) => r.chapter === 'filtration')).toBe(true);
        expect(await page.locator(`${FIG} .timeline-filter [aria-live]`).textContent()).toBe(
          tn('timeline.filter.showing', filtered.length, { shown: filtrationCount }, locale),
        );

        await group.getByRole('button', { name: all, exact: true }).click();
        const restored = await shownMarks(page);
        expect(restored.every((m) => !m.hidden && m.ariaHidden === null && m.opacity === '1')).toBe(true);
        expect((await rows(page)).every((r) => !r.hidden)).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
}
