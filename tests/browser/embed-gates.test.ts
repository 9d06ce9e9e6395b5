/**
 * The browser gates for every embed page, which the sitemap leaves out:
 * latest, pinned and the embed 404 (also as served for a missing address),
 * in English and in Ukrainian (/uk/embed/…),
 * plain (light, transparent) and with ?theme=dark. No console errors, no
 * request to another host, zero axe WCAG 2.2 AA violations, no horizontal
 * scroll at 320, 768 and 1280 px.
 *
 * The Ukrainian pinned embeds, to keep their cost small (measured: each gate run is about 1.5 s of a quiet machine):
 * one of each set that differ only in their version numbers (v2.3.1 and v2.3.2 of a chart whose data did not change
 * between them: the same page to a browser, down to each character's width) is gated, 32 of 85 today; and plain only,
 * since their dark colours are those of the Ukrainian latest embeds and of every English pinned one, gated in dark.
 */
import { describe, expect, it } from 'vitest';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';
import { builtPages } from '../helpers/dist.ts';
import { axeViolations } from '../helpers/axe.ts';

const built = builtPages().filter((p) => p.url.startsWith('/embed/') || p.url.startsWith('/uk/embed/'));
const embedPages = built.map((p) => p.url);
const ukPinned = (path: string) => /^\/uk\/embed\/v[\d.]+\/[a-z-]+\/$/.test(path);
/** A page's HTML with every version number made the same, so pages that differ only in them compare equal. */
const sameBut = (html: string) => html.replace(/\d+\.\d+\.\d+/g, 'N.N.N');
const seen = new Set<string>();
const gated = built
  .filter((p) => {
    if (!ukPinned(p.url)) return true;
    const key = sameBut(p.html);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  })
  .map((p) => p.url);
const paths = [...gated, '/embed/no-such-chart/', '/uk/embed/no-such-chart/', '/uk/embed/v1.0.0/no-such-chart/'];

const site = useBuiltSite();

describe('embed gates', () => {
  it('there are embed pages to check, the 404 among them', () => {
    expect(embedPages.length).toBeGreaterThan(9);
    expect(embedPages).toContain('/embed/404.html');
    expect(embedPages).toContain('/uk/embed/404.html');
    expect(embedPages.filter((u) => u.startsWith('/uk/embed/')).length).toBeGreaterThan(10);
    // Every Ukrainian pinned embed is gated or equal, but for its version numbers, to one that is.
    const ukGated = new Set(built.filter((p) => gated.includes(p.url) && ukPinned(p.url)).map((p) => sameBut(p.html)));
    expect(ukGated.size).toBeGreaterThan(0);
    for (const p of built.filter((x) => ukPinned(x.url))) expect(ukGated.has(sameBut(p.html)), p.url).toBe(true);
  });

  for (const path of paths) {
    for (const theme of ukPinned(path) ? ([''] as const) : (['', '?theme=dark'] as const)) {
      it(`${path}${theme}: no console errors, no external requests, no axe violations, no horizontal scroll`, async () => {
        // The miss is served with status 404 on purpose; Chromium logs that as a failed load.
        const expected404 = (text: string) => path.includes('no-such') && /status of 404/.test(text);
        const { context, errors, external } = await guardedContext(site, { viewport: { width: 1280, height: 900 }, colorScheme: 'light' }, expected404);
        const page = await context.newPage();
        try {
          const response = await page.goto(site.server.origin + path + theme, { waitUntil: 'load' });
          expect(response?.status(), `${path}: HTTP status`).toBe(path.includes('no-such') ? 404 : 200);
          // A miss is answered in the language of its address.
          expect(await page.evaluate(() => document.documentElement.lang), `${path}: lang`).toBe(path.startsWith('/uk/') ? 'uk' : 'en');
          await page.evaluate(() => document.fonts.ready);
          if (theme) expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');

          // As in the site gates: axe at 1280 px for the plain embed, at 320 px for the dark one.
          if (!theme) {
            const wide = await axeViolations(page);
            expect(wide, `${path} (1280px): axe violations:\n${wide.join('\n')}`).toEqual([]);
          }

          const overflow: string[] = [];
          for (const width of [320, 768, 1280]) {
            await page.setViewportSize({ width, height: 800 });
            const { scroll, client } = await page.evaluate(() => ({
              scroll: document.documentElement.scrollWidth,
              client: document.documentElement.clientWidth,
            }));
            if (scroll > client) overflow.push(`${width}px: content is ${scroll}px wide`);
          }
          expect(overflow, `${path}${theme}: horizontal scroll:\n${overflow.join('\n')}`).toEqual([]);

          if (theme) {
            await page.setViewportSize({ width: 320, height: 800 });
            const narrow = await axeViolations(page);
            expect(narrow, `${path}${theme} (320px): axe violations:\n${narrow.join('\n')}`).toEqual([]);
          }

          expect(errors, `${path}${theme}: console errors:\n${errors.join('\n')}`).toEqual([]);
          expect(external, `${path}${theme}: requests to other hosts:\n${external.join('\n')}`).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
