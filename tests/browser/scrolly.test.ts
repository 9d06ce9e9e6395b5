/**
 * The scrolling sequence in the negotiations chapter (<Scrolly chart="returned-share">), in headless Chromium
 * against the built site. With JavaScript, scrolling each step to the middle of the screen shows exactly one chart
 * state, the step's data-show, and the chart stays on screen; the "returned" state marks returned squares and the
 * "deported" state marks none. Without JavaScript, every step reads in order and the full chart (with the returned
 * squares) is shown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site.ts';

const PATH = '/chapters/negotiations/';
const SEQ = '[data-scrolly="returned-share"]';
/** The steps' data-show values, in the order the MDX gives them. */
const MDX_SHOWS = [
  ...(/<Scrolly chart="returned-share">([\s\S]*?)<\/Scrolly>/.exec(readFileSync('content/chapters/negotiations.mdx', 'utf8'))?.[1] ?? '').matchAll(
    /<Step show="([^"]+)">/g,
  ),
].map((m) => m[1]!);

const site = useBuiltSite();

/** The chart states a reader can see: not hidden, laid out, and the marked (returned) squares drawn in the visible variant. */
async function visibleStates(page: Page) {
  return page.$$eval(`${SEQ} .scrolly-state`, (els) =>
    els
      .filter((e) => !(e as HTMLElement).hidden && e.getClientRects().length > 0)
      .map((e) => {
        const svg = [...e.querySelectorAll('svg')].find((s) => s.getClientRects().length > 0);
        const box = e.getBoundingClientRect();
        return {
          state: e.getAttribute('data-state'),
          returnedMarks: svg ? svg.querySelectorAll('[data-tip^="Returned"] path').length : -1,
          top: box.top,
          bottom: box.bottom,
        };
      }),
  );
}

describe('scrolling sequence: returned-share in the negotiations chapter', () => {
  it('the MDX has steps to test', () => {
    expect(MDX_SHOWS.length).toBeGreaterThanOrEqual(3);
  });

  for (const width of [390, 1280]) {
    it(`with JavaScript at ${width} px: each step scrolled into view shows its own chart state`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(site.server.origin + PATH, { waitUntil: 'load' });
        await page.waitForSelector(`${SEQ}.is-live`, { timeout: 10_000 });
        const steps = page.locator(`${SEQ} .scrolly-step`);
        expect(await steps.count()).toBe(MDX_SHOWS.length);
        const seen: string[] = [];
        for (let i = 0; i < MDX_SHOWS.length; i++) {
          const step = steps.nth(i);
          await step.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
          const show = MDX_SHOWS[i]!;
          await page.waitForFunction(
            ([sel, idx]) => document.querySelectorAll(`${sel} .scrolly-step`)[idx as number]?.classList.contains('is-active'),
            [SEQ, i] as const,
            { timeout: 5_000 },
          );
          const states = await visibleStates(page);
          expect(states.map((s) => s.state), `step ${i + 1} (${show}): visible chart states`).toEqual([show]);
          const [st] = states;
          if (show === 'deported') expect(st!.returnedMarks, `step ${i + 1}: no square is marked returned yet`).toBe(0);
          if (show === 'returned') expect(st!.returnedMarks, `step ${i + 1}: returned squares are marked`).toBeGreaterThan(0);
          // The chart is on screen beside the step (sticky), not scrolled away.
          expect(st!.bottom, `step ${i + 1}: chart above the screen`).toBeGreaterThan(0);
          expect(st!.top, `step ${i + 1}: chart below the screen`).toBeLessThan(800);
          seen.push(st!.state!);
        }
        // The state really changed on the way through: from the whole to the part.
        expect(new Set(seen)).toEqual(new Set(['deported', 'returned']));
        // Scrolling back up returns to the first step's state.
        await steps.nth(0).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
        await page.waitForFunction((sel) => document.querySelector(`${sel} .scrolly-step`)?.classList.contains('is-active'), SEQ);
        expect((await visibleStates(page)).map((s) => s.state)).toEqual([MDX_SHOWS[0]]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('without JavaScript: every step is shown, in order, beside the full chart', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + PATH, { waitUntil: 'load' });
      expect(await page.locator(`${SEQ}.is-live`).count(), 'the sequence must not be live without its script').toBe(0);
      const steps = await page.$$eval(`${SEQ} .scrolly-step`, (els) =>
        els.map((e) => {
          const cs = getComputedStyle(e);
          return { show: e.getAttribute('data-show'), shown: e.getClientRects().length > 0 && cs.visibility !== 'hidden' && Number(cs.opacity) === 1, top: e.getBoundingClientRect().top };
        }),
      );
      expect(steps.map((s) => s.show)).toEqual(MDX_SHOWS);
      expect(steps.every((s) => s.shown), 'every step visible').toBe(true);
      const tops = steps.map((s) => s.top);
      expect(tops, 'steps read top to bottom in order').toEqual([...tops].sort((a, b) => a - b));
      const states = await visibleStates(page);
      expect(states.map((s) => s.state), 'only the full chart is shown').toEqual(['']);
      expect(states[0]!.returnedMarks, 'the full chart marks the returned squares').toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
