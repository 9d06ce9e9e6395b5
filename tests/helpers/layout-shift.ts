/**
 * Records the page's layout shifts, as Lighthouse counts them (shifts not caused by input), for tests that check that
 * something arriving late (fonts, a sequence's states, a wide drawing) does not move the page. Call `recordShifts`
 * before `goto`; `clearShifts` marks the start of the window under test; `shifts` lists each shift with its value and
 * the class (or tag) of the elements that moved.
 */
import type { Page } from 'playwright-core';

interface ShiftLog { __shifts: Array<{ value: number; what: string }> }

export async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as ShiftLog;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean; sources: Array<{ node?: Node }> }>) {
        if (e.hadRecentInput) continue;
        w.__shifts.push({ value: e.value, what: e.sources.map((x) => (x.node as Element | undefined)?.className ?? x.node?.nodeName).join(', ') });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export async function clearShifts(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as ShiftLog).__shifts = []));
}

/** The shifts since the page loaded or since `clearShifts`, as "0.0117 chart-foot". */
export async function shifts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as ShiftLog).__shifts.map((s) => `${s.value.toFixed(4)} ${s.what}`));
}

/** Their sum: the cumulative layout shift of that window. */
export async function shiftTotal(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as ShiftLog).__shifts.reduce((a, s) => a + s.value, 0));
}
