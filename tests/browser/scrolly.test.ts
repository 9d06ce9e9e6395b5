/**
 * Scrolling sequences (<Scrolly>), in headless Chromium against the built site. For each sequence, at 320, 390,
 * 768 and 1280 px: as each step reaches the reading line, the chart shows exactly that step's state (the chart's own
 * state drawing, data-state = the step's show); the chart is on screen and not covered by text (the point at the
 * centre of the drawing belongs to the chart), and the step's text is not covered by the chart; every step changes
 * the state; a polite live region says the new state. Counted while scrolling through every step, in both languages
 * (issue 17): the live region says nothing before the first step reaches the line, then each step's state exactly once,
 * when its step is reached, and the chart's one image keeps the full text alternative as its name throughout. Without
 * JavaScript every step reads, in order, under the full chart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';
import { clearShifts, recordShifts, shifts } from '../helpers/layout-shift.ts';

/** The sequences the chapters hold: chapter, chart, and the steps' show values read from the MDX. */
const SEQUENCES = (['negotiations', 'filtration', 'adoption-pipeline'] as const).flatMap((chapter) => {
  const mdx = readFileSync(`content/chapters/${chapter}.mdx`, 'utf8');
  return [...mdx.matchAll(/<Scrolly chart="([^"]+)"[^>]*>([\s\S]*?)<\/Scrolly>/g)].map((m) => ({
    path: `/chapters/${chapter}/`,
    chart: m[1]!,
    shows: [...m[2]!.matchAll(/<Step show="([^"]+)">/g)].map((x) => x[1]!),
  }));
});

const site = useBuiltSite();

async function frame(page: Page, sel: string, i: number) {
  return page.evaluate(
    ([sel, i]) => {
      const section = document.querySelector(sel as string)!;
      const visible = [...section.querySelectorAll<HTMLElement>('.scrolly-state')].filter((e) => !e.hidden && e.getClientRects().length > 0);
      const svg = visible[0] && [...visible[0].querySelectorAll('svg')].find((s) => s.getClientRects().length > 0);
      const box = svg?.getBoundingClientRect();
      const step = section.querySelectorAll<HTMLElement>('.scrolly-step')[i as number]!;
      const sb = step.getBoundingClientRect();
      const atChart = box ? document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) : null;
      // A point on the step's first line of text.
      const atStep = document.elementFromPoint(sb.left + 12, sb.top + 14);
      return {
        states: visible.map((e) => e.dataset.state),
        box: box && { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
        chartOnTop: !!atChart && !!svg && (svg.contains(atChart) || atChart === svg),
        stepOnTop: !!atStep && step.contains(atStep),
        overlap: !!box && !(sb.bottom <= box.top || sb.top >= box.bottom || sb.right <= box.left || sb.left >= box.right),
        live: section.querySelector('[data-scrolly-live]')?.textContent ?? '',
        vh: innerHeight,
      };
    },
    [sel, i] as const,
  );
}

describe('scrolling sequences', () => {
  it('the chapters hold at least two sequences (the map journey and the every-count walk among them), each with steps that all change the state', () => {
    expect(SEQUENCES.length).toBeGreaterThanOrEqual(2);
    expect(SEQUENCES.map((s) => s.chart)).toEqual(expect.arrayContaining(['placement-map', 'every-count']));
    for (const s of SEQUENCES) {
      expect(s.shows.length, `${s.chart}: steps`).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < s.shows.length; i++) expect(s.shows[i], `${s.chart}: step ${i + 1} repeats the state of step ${i}`).not.toBe(s.shows[i - 1]);
    }
  });

  for (const seq of SEQUENCES) {
    const SEQ = `[data-scrolly="${seq.chart}"]`;
    for (const width of [320, 390, 768, 1280]) {
      it(`${seq.chart} at ${width} px: each step at the reading line shows its own state, chart and text uncovered`, async () => {
        const height = width < 600 ? 700 : 850;
        const { context, errors, external } = await guardedContext(site, { viewport: { width, height } });
        try {
          const page = await context.newPage();
          await page.goto(site.server.origin + seq.path, { waitUntil: 'load' });
          await page.locator(SEQ).scrollIntoViewIfNeeded();
          await page.waitForSelector(`${SEQ}.is-live`, { timeout: 15_000 });
          const line = width >= 1024 ? 0.5 : 0.75;
          const steps = page.locator(`${SEQ} .scrolly-step`);
          expect(await steps.count()).toBe(seq.shows.length);
          const lives: string[] = [];
          for (let i = 0; i < seq.shows.length; i++) {
            // Put the step's top just above the reading line, as a reader scrolling down would.
            await steps.nth(i).evaluate((el, y) => scrollBy({ top: el.getBoundingClientRect().top - y, behavior: 'instant' }), Math.round(height * line) - 30);
            await page.waitForFunction(([sel, idx]) => document.querySelectorAll(`${sel} .scrolly-step`)[idx as number]?.classList.contains('is-active'), [SEQ, i] as const, { timeout: 5000 });
            const f = await frame(page, SEQ, i);
            expect(f.states, `step ${i + 1}: the visible state`).toEqual([seq.shows[i]]);
            expect(f.box!.top, `step ${i + 1}: chart top on screen`).toBeGreaterThanOrEqual(-1);
            expect(f.box!.bottom, `step ${i + 1}: chart bottom on screen`).toBeLessThanOrEqual(f.vh + 1);
            expect(f.chartOnTop, `step ${i + 1}: the chart is not covered`).toBe(true);
            expect(f.stepOnTop, `step ${i + 1}: the step's text is not covered`).toBe(true);
            expect(f.overlap, `step ${i + 1}: text and chart overlap`).toBe(false);
            lives.push(f.live);
          }
          // Every step after the first changed the state, and the live region said so.
          for (let i = 1; i < lives.length; i++) expect(lives[i], `step ${i + 1}: announced`).not.toBe(lives[i - 1]);
          // Scrolling back up returns to the first step's state.
          await steps.nth(0).evaluate((el, y) => scrollBy({ top: el.getBoundingClientRect().top - y, behavior: 'instant' }), Math.round(height * line) - 30);
          await page.waitForFunction((sel) => document.querySelector(`${sel} .scrolly-step`)?.classList.contains('is-active'), SEQ);
          expect((await frame(page, SEQ, 0)).states).toEqual([seq.shows[0]]);
          expect(errors).toEqual([]);
          expect(external).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }

    for (const [prefix, width] of [['', 390], ['/uk', 1280], ['', 1280], ['/uk', 320]] as const) {
      it(`${prefix}${seq.path} at ${width} px: each state is announced once, when its step is reached, and the image keeps its full name`, async () => {
        const height = width < 600 ? 700 : 850;
        const { context, errors } = await guardedContext(site, { viewport: { width, height } });
        // Every change to the sequence's live region from the moment the page is parsed, with the step active then.
        await context.addInitScript(() => {
          const w = window as unknown as { __live: Array<{ text: string; active: number }> };
          w.__live = [];
          document.addEventListener('DOMContentLoaded', () => {
            for (const live of document.querySelectorAll('[data-scrolly-live]')) {
              const steps = [...live.closest('[data-scrolly]')!.querySelectorAll('.scrolly-step')];
              new MutationObserver(() => {
                const text = live.textContent?.trim() ?? '';
                if (text) w.__live.push({ text, active: steps.findIndex((st) => st.classList.contains('is-active')) });
              }).observe(live, { subtree: true, childList: true, characterData: true });
            }
          });
        });
        try {
          const page = await context.newPage();
          await page.goto(site.server.origin + prefix + seq.path, { waitUntil: 'load' });
          const heard = () => page.evaluate(() => (window as unknown as { __live: Array<{ text: string; active: number }> }).__live.slice());
          // The sequence just below the screen: near enough to go live, no step at the reading line.
          await page.locator(SEQ).evaluate((el) => scrollBy({ top: el.getBoundingClientRect().top - innerHeight + 10, behavior: 'instant' }));
          await page.waitForSelector(`${SEQ}.is-live`, { timeout: 15_000 });
          await page.waitForTimeout(300);
          expect(await heard(), 'announced before the first step was reached').toEqual([]);
          const labels = JSON.parse((await page.locator(SEQ).getAttribute('data-labels'))!) as Record<string, string>;
          const frame = page.locator(`${SEQ} .scrolly-frame`);
          const alt = (await frame.getAttribute('aria-label'))!;
          expect(alt.length, 'the full text alternative').toBeGreaterThan(60);
          const line = width >= 1024 ? 0.5 : 0.75;
          const steps = page.locator(`${SEQ} .scrolly-step`);
          for (let i = 0; i < seq.shows.length; i++) {
            await steps.nth(i).evaluate((el, y) => scrollBy({ top: el.getBoundingClientRect().top - y, behavior: 'instant' }), Math.round(height * line) - 30);
            await page.waitForFunction(([sel, idx]) => document.querySelectorAll(`${sel} .scrolly-step`)[idx as number]?.classList.contains('is-active'), [SEQ, i] as const, { timeout: 5000 });
            await page.waitForTimeout(150);
            // One announcement per step so far, each its own step's state, said while that step was active.
            expect(await heard(), `after step ${i + 1}`).toEqual(seq.shows.slice(0, i + 1).map((k, j) => ({ text: labels[k], active: j })));
            // One image, named with the full text alternative, whatever the state; no state drawing is named.
            const tree = await page.evaluate((sel) => {
              const named = [...document.querySelectorAll(`${sel} .scrolly-graphic [role="img"], ${sel} .scrolly-graphic [aria-label]`)].filter((e) => !e.closest('[hidden]'));
              return named.map((e) => `${e.getAttribute('role')}: ${e.getAttribute('aria-label')}`);
            }, SEQ);
            expect(tree, `step ${i + 1}`).toEqual([`img: ${alt}`]);
          }
          expect((await heard()).length, 'announcements over the whole sequence').toBe(seq.shows.length);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }

    for (const width of [390, 1280]) {
      it(`${seq.chart} at ${width} px: going live moves nothing on screen (no layout shift)`, async () => {
        // The sequence is laid out for script before first paint (class "js" on <html>): when its states arrive and it
        // goes live, in front of the reader, only the drawing changes. It used to move the steps and shrink the chart.
        const { context, errors } = await guardedContext(site, { viewport: { width, height: 800 } });
        try {
          const page = await context.newPage();
          let release: () => void = () => undefined;
          const held = new Promise<void>((r) => (release = r));
          await page.route(`**/charts/${seq.chart}/*-*.svg`, async (route) => {
            await held;
            await route.continue();
          });
          // Other figures' 960 px drawings are held back (never answered), so that only the sequence can move the page here
          // (their own arrival is tested in breakout-shift.test.ts).
          await page.route('**/charts/**/breakout*.svg', () => new Promise<void>(() => undefined));
          await recordShifts(page);
          await page.goto(site.server.origin + seq.path, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready);
          await page.locator(`${SEQ} .scrolly-graphic`).evaluate((e) => e.scrollIntoView({ block: 'start' }));
          await page.waitForTimeout(300);
          await clearShifts(page);
          release();
          await page.waitForSelector(`${SEQ}.is-live`, { timeout: 15_000 });
          await page.waitForTimeout(300);
          expect(await shifts(page), 'layout shifts while going live').toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }

    it(`${seq.chart} without JavaScript: every step is shown, in order, under the full chart`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(site.server.origin + seq.path, { waitUntil: 'load' });
        expect(await page.locator(`${SEQ}.is-live`).count()).toBe(0);
        const steps = await page.$$eval(`${SEQ} .scrolly-step`, (els) =>
          els.map((e) => ({ show: e.getAttribute('data-show'), shown: e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden', top: e.getBoundingClientRect().top })),
        );
        expect(steps.map((s) => s.show)).toEqual(seq.shows);
        expect(steps.every((s) => s.shown)).toBe(true);
        const tops = steps.map((s) => s.top);
        expect(tops).toEqual([...tops].sort((a, b) => a - b));
        const shown = await page.$$eval(`${SEQ} .scrolly-state`, (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute('data-state')));
        expect(shown, 'only the full chart').toEqual(['']);
        // The chart comes before the steps, and no step overlaps it.
        const chartBottom = await page.$eval(`${SEQ} .scrolly-graphic`, (e) => e.getBoundingClientRect().bottom);
        expect(tops[0]!).toBeGreaterThanOrEqual(chartBottom);
      } finally {
        await context.close();
      }
    });
  }
});
