/**
 * The /timeline/ page's event list in headless Chromium: without JavaScript every event and year shows and the
 * "buttons above also filter this list" note stays hidden; with it, the chart's chapter buttons filter the list
 * too (items by chapter, years with nothing left hidden) and "All" restores it; an event's anchor scrolls to it.
 * In English (/timeline/) and Ukrainian (/uk/timeline/), with the words of the page's dictionary and dataset text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site.ts';
import { latestDataset } from '../../src/data/load.ts';
import { localizeDataset } from '../../src/data/translations.ts';
import { LOCALES, t, type Locale } from '../../src/i18n/index.ts';
import { localePath } from '../../src/i18n/paths.ts';

const site = useBuiltSite();

async function listState(page: Page) {
  return page.evaluate(() => ({
    items: [...document.querySelectorAll<HTMLElement>('[data-timeline-list] li[data-chapter]')].map((li) => ({
      id: li.querySelector('h4')?.id ?? '',
      chapter: li.dataset.chapter!,
      shown: li.getClientRects().length > 0,
    })),
    years: [...document.querySelectorAll<HTMLElement>('[data-timeline-list] [data-timeline-group]')].map((g) => ({
      year: g.querySelector('h3')?.textContent ?? '',
      shown: g.getClientRects().length > 0,
    })),
    note: document.querySelector<HTMLElement>('[data-timeline-filter-note]')!.getClientRects().length > 0,
  }));
}

for (const locale of LOCALES) describeList(locale);

function describeList(locale: Locale): void {
const ds = localizeDataset(latestDataset(), locale);
const PATH = localePath('/timeline/', locale);
describe(`${PATH} event list`, () => {
  it('without JavaScript: every event of the dataset shows, in its year, and the filter note is hidden', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + PATH);
      const s = await listState(page);
      expect(s.items.map((i) => i.id).sort()).toEqual(ds.events.map((e) => e.id).sort());
      expect(s.items.every((i) => i.shown)).toBe(true);
      expect(s.years.every((y) => y.shown)).toBe(true);
      expect(s.note).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('with JavaScript: the chart’s chapter buttons filter the list, and "All" restores it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(site.server.origin + PATH, { waitUntil: 'load' });
      const group = page.getByRole('group', { name: t('timeline.filter.label', {}, locale) });
      expect((await listState(page)).note, 'the note appears with the buttons').toBe(true);
      for (const chapter of ['icc-warrants', 'negotiations'] as const) {
        const label = t(`chapter.${chapter}`, {}, locale);
        await group.getByRole('button', { name: label }).click();
        const s = await listState(page);
        const expected = ds.events.filter((e) => e.chapter === chapter).map((e) => e.id).sort();
        expect(s.items.filter((i) => i.shown).map((i) => i.id).sort(), `${label}: shown events`).toEqual(expected);
        const yearsWith = new Set(ds.events.filter((e) => e.chapter === chapter).map((e) => e.date.slice(0, 4)));
        expect(s.years.filter((y) => y.shown).map((y) => y.year).sort(), `${label}: shown years`).toEqual([...yearsWith].sort());
      }
      await group.getByRole('button', { name: t('timeline.filter.all', {}, locale), exact: true }).click();
      const all = await listState(page);
      expect(all.items.every((i) => i.shown) && all.years.every((y) => y.shown), '"All" shows every event again').toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an event’s anchor (/timeline/#<event-id>) brings it into view', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    try {
      const id = 'icc-warrants-putin-lvova-belova';
      await page.goto(`${site.server.origin}${PATH}#${id}`, { waitUntil: 'load' });
      await page.waitForFunction((i) => {
        const r = document.getElementById(i)?.getBoundingClientRect();
        return !!r && r.top >= -1 && r.top < innerHeight;
      }, id, { timeout: 20_000 }); // a loaded machine (CI running browsers in parallel) can take several seconds to settle the page
      expect(await page.locator(`h4#${id}`).textContent()).toBe(ds.events.find((e) => e.id === id)!.title);
    } finally {
      await context.close();
    }
  });
});
}
