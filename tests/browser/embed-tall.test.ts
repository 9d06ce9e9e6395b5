/**
 * The tallest an embed gets stays under the height /embed.js accepts (MAX_HEIGHT, src/lib/embed-messages.ts):
 * every latest embed, in every language built, at 240 and 320 px with every <details> (the data table, the notes)
 * open. Above the ceiling the host clamps the frame, an inner scroll bar comes back and the credit line is hidden
 * (reliability.md 3.15: the events timeline reached 11,016 px against a 10,000 px ceiling). The timeline grows with
 * every release, so this fails before a reader meets the clamp; then raise the ceiling or cap the table.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHARTS } from '../../src/charts/index.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { MAX_HEIGHT } from '../../src/lib/embed-messages.ts';
import { DIST } from '../helpers/dist.ts';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();
const prefix = (locale: string): string => (locale === 'en' ? '' : `/${locale}`);
const embeds = LOCALES.flatMap((locale) => CHARTS.map((c) => `${prefix(locale)}/embed/${c.id}/`)).filter((p) => existsSync(join(DIST, p, 'index.html')));

describe(`every embed, with everything open, stays under the ${MAX_HEIGHT.toLocaleString('en-US')} px the host accepts`, () => {
  it('finds the English embeds (so the check below checks something)', () => {
    for (const c of CHARTS) expect(embeds).toContain(`/embed/${c.id}/`);
  });

  it('at 240 and 320 px, the document with every <details> open is at most MAX_HEIGHT, with room to grow', async () => {
    const { context, errors } = await guardedContext(site);
    const heights: string[] = [];
    const over: string[] = [];
    try {
      for (const width of [240, 320]) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 800 });
        for (const path of embeds) {
          await page.goto(site.server.origin + path, { waitUntil: 'load' });
          const h = await page.evaluate(() => {
            for (const d of document.querySelectorAll('details')) d.open = true;
            return document.documentElement.scrollHeight;
          });
          heights.push(`${path} ${width}: ${h}`);
          // Three quarters of the ceiling: a failure leaves time to act before the timeline outgrows it.
          if (h > MAX_HEIGHT * 0.75) over.push(`${path} at ${width} px: ${h} px`);
        }
        await page.close();
      }
    } finally {
      await context.close();
    }
    expect(over, heights.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
