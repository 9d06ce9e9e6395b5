/**
 * The pinned credit line of a clipped embed (src/styles/embed.css, `data-clipped`) is painted, never laid out: turning
 * it on or off must not change the document's height, because that height is what the frame reports to its host.
 * When it did (a padded strip), the report depended on whether the frame was clipped at the moment of measuring: in CI
 * a frame stayed 11 px taller than its chart under /embed.js, and WordPress's frame showed a scroll bar although it
 * fitted. Checked for every embed in every language built, at the two widths of WordPress's default column (327 and
 * 650 px), closed and with the data table open; and, in a frame shorter than the chart, the credit line must be in
 * view on its own strip, lifted off the frame's bottom edge.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHARTS } from '../../src/charts/index.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { DIST } from '../helpers/dist.ts';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();
const prefix = (locale: string): string => (locale === 'en' ? '' : `/${locale}`);
const embeds = LOCALES.flatMap((locale) => CHARTS.map((c) => `${prefix(locale)}/embed/${c.id}/`)).filter((p) => existsSync(join(DIST, p, 'index.html')));

describe('the pinned credit line of a clipped embed', () => {
  it('finds the embeds of both languages (so the checks below check something)', () => {
    expect(embeds.filter((p) => p.startsWith('/embed/'))).toHaveLength(CHARTS.length);
    expect(embeds.filter((p) => p.startsWith('/uk/embed/')).length).toBeGreaterThan(0);
  });

  it('does not change the document height, closed or with the data table open, at 327 and 650 px', async () => {
    const { context, errors } = await guardedContext(site);
    const changed: string[] = [];
    try {
      const page = await context.newPage();
      for (const width of [327, 650]) {
        await page.setViewportSize({ width, height: 1000 });
        for (const path of embeds) {
          await page.goto(site.server.origin + path, { waitUntil: 'load' });
          for (const open of [false, true]) {
            const [off, on] = await page.evaluate((open) => {
              const root = document.documentElement;
              if (open) for (const d of document.querySelectorAll('.chart-table details, details.chart-table')) (d as HTMLDetailsElement).open = true;
              const h = () => root.getBoundingClientRect().height;
              root.removeAttribute('data-clipped');
              const a = h();
              root.setAttribute('data-clipped', '');
              const b = h();
              root.removeAttribute('data-clipped');
              return [a, b];
            }, open);
            if (Math.abs(on - off) > 0.5) changed.push(`${path} at ${width} px${open ? ', table open' : ''}: ${off.toFixed(1)} px → ${on.toFixed(1)} px pinned`);
          }
        }
      }
      await page.close();
    } finally {
      await context.close();
    }
    expect(changed, 'embeds whose height depends on the pinned credit').toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the credit in view on a solid strip in a frame shorter than the chart', async () => {
    const { context, errors } = await guardedContext(site);
    const bad: string[] = [];
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 327, height: 400 });
      for (const path of embeds) {
        await page.goto(site.server.origin + path, { waitUntil: 'load' });
        const r = await page.evaluate(() => {
          const root = document.documentElement;
          root.setAttribute('data-clipped', '');
          const credit = document.querySelector<HTMLElement>('[data-embed-credit]')!;
          const b = credit.getBoundingClientRect();
          const cs = getComputedStyle(credit);
          return {
            inView: b.top >= 0 && b.bottom <= innerHeight + 0.5,
            gap: innerHeight - b.bottom,
            solid: cs.backgroundColor !== 'rgba(0, 0, 0, 0)' && cs.boxShadow !== 'none',
          };
        });
        if (!r.inView) bad.push(`${path}: the credit is out of view`);
        if (!r.solid) bad.push(`${path}: no solid strip behind the credit`);
        if (r.gap < 2) bad.push(`${path}: the credit touches the frame's bottom (${r.gap.toFixed(1)} px)`);
      }
      await page.close();
    } finally {
      await context.close();
    }
    expect(bad).toEqual([]);
    expect(errors).toEqual([]);
  });
});
