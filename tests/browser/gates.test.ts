/**
 * The browser gates for every URL in the sitemap (and the 404 page), in
 * headless Chromium against the built site on 127.0.0.1: no console errors,
 * no request to another host, zero axe WCAG 2.2 AA violations in light and
 * dark, and no horizontal scroll at 320, 768 and 1280 px.
 */
import { describe, expect, it } from 'vitest';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { axeViolations } from '../helpers/axe.ts';

// The not-found pages are not in the sitemap; the Ukrainian one is visited like the English one.
const paths = [...sitemapPaths(), '/404.html', '/uk/404/'];

const site = useBuiltSite();

describe('browser gates', () => {
  it('the sitemap lists the landing page and methodology', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/methodology/');
  });

  for (const path of paths) {
    it(`${path}: no console errors, no external requests, no axe violations, no horizontal scroll`, async () => {
      const { context, errors, external } = await guardedContext(site, { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
      const page = await context.newPage();
      try {
        const response = await page.goto(site.server.origin + path, { waitUntil: 'load' });
        expect(response?.status(), `${path}: HTTP status`).toBe(200);
        await page.evaluate(() => document.fonts.ready);

        const light = await axeViolations(page);
        expect(light, `${path} (light): axe violations:\n${light.join('\n')}`).toEqual([]);

        const overflow: string[] = [];
        for (const width of [320, 768, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          const { scroll, client } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          if (scroll > client) overflow.push(`${width}px: content is ${scroll}px wide`);
        }
        expect(overflow, `${path}: horizontal scroll:\n${overflow.join('\n')}`).toEqual([]);

        await page.emulateMedia({ colorScheme: 'dark' });
        await page.setViewportSize({ width: 320, height: 800 });
        const dark = await axeViolations(page);
        expect(dark, `${path} (dark, 320px): axe violations:\n${dark.join('\n')}`).toEqual([]);

        expect(errors, `${path}: console errors:\n${errors.join('\n')}`).toEqual([]);
        expect(external, `${path}: requests to other hosts:\n${external.join('\n')}`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('theme', () => {
  it('a stored dark choice applies before the body is parsed (no flash)', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      const seen: Array<string | null> = [];
      (window as unknown as { __themeAtBody: Array<string | null> }).__themeAtBody = seen;
      new MutationObserver((_, obs) => {
        if (document.body) {
          seen.push(document.documentElement.getAttribute('data-theme'));
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(site.server.origin + '/methodology/');
    const atBody = await page.evaluate(() => (window as unknown as { __themeAtBody: Array<string | null> }).__themeAtBody[0]);
    expect(atBody, 'data-theme must be "dark" by the time <body> exists').toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg, 'dark theme background').toBe('rgb(20, 20, 20)');
    await context.close();
  });

  it('follows prefers-color-scheme without any stored choice, and the toggle switches and remembers', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.server.origin + '/');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 20, 20)');
    await page.getByRole('button', { name: 'Dark theme', pressed: true }).click();
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
    await page.reload();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
    await context.close();
  });
});
