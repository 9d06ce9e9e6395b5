/**
 * The site under its own content security policy. dist/ is served with exactly
 * the headers the build wrote into dist/_headers (tests/helpers/server.ts), and
 * each interactive feature must work with zero CSP violations: the theme toggle
 * and the stored theme before paint, chart tooltips and keyboard marks, the
 * popover of an inline number (English and Ukrainian chapters), the
 * timeline filter, search (Pagefind's WebAssembly), and an embed sizing itself
 * in a host page on another origin. Violations are caught twice: the
 * `securitypolicyviolation` event in every frame, and Chromium's console
 * message. A control proves the policy is enforced: an unhashed inline script
 * injected at run time is refused and reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();
/** Polls wait this long: a loaded CI machine can take seconds to run a page's scripts. */
const SLOW = { timeout: 20_000, interval: 250 };

interface Watched {
  context: BrowserContext;
  /** CSP violations: `securitypolicyviolation` events (from every frame) and console messages that name the policy. */
  violations: string[];
  errors: string[];
}

async function watched(options: Parameters<typeof site.browser.newContext>[0] = {}): Promise<Watched> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const violations: string[] = [];
  const errors: string[] = [];
  await context.exposeBinding('__reportCsp', ({ frame }, text: string) => violations.push(`${frame.url()}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`);
    });
  });
  context.on('page', (p) => {
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
      else if (m.type() === 'error') errors.push(m.text());
    });
    p.on('pageerror', (e) => errors.push(e.message));
  });
  return { context, violations, errors };
}

async function open(w: Watched, path: string): Promise<Page> {
  const page = await w.context.newPage();
  const res = await page.goto(site.server.origin + path, { waitUntil: 'load' });
  const csp = res?.headers()['content-security-policy'] ?? '';
  expect(csp, `${path} is served with the built CSP`).toMatch(/script-src 'self'/);
  expect(csp, 'no unsafe-inline for scripts').not.toMatch(/script-src[^;]*'unsafe-inline'/);
  return page;
}

describe('strict CSP from dist/_headers', () => {
  it('is enforced: an unhashed inline script is refused and reported', async () => {
    const w = await watched();
    try {
      const page = await open(w, '/');
      const ran = await page.evaluate(async () => {
        const s = document.createElement('script');
        s.textContent = 'window.__ranInline = true';
        document.body.append(s);
        await new Promise((r) => setTimeout(r, 100));
        return (window as unknown as { __ranInline?: boolean }).__ranInline === true;
      });
      expect(ran, 'the injected script must not run').toBe(false);
      await expect.poll(() => w.violations.length, SLOW).toBeGreaterThan(0);
    } finally {
      await w.context.close();
    }
  });

  it('theme: the stored choice applies before paint, and the toggle works', async () => {
    const w = await watched({ colorScheme: 'light' });
    try {
      await w.context.addInitScript(() => {
        if (location.search.includes('stored')) localStorage.setItem('theme', 'dark');
      });
      let page = await open(w, '/chapters/filtration/?stored');
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
      await page.close();
      page = await open(w, '/chapters/filtration/');
      await page.evaluate(() => localStorage.removeItem('theme'));
      await page.reload({ waitUntil: 'load' });
      const toggle = page.locator('[data-theme-toggle]').first();
      await expect.poll(() => toggle.isVisible(), SLOW).toBe(true);
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(w.violations).toEqual([]);
      expect(w.errors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('chart tooltips and keyboard marks are enhanced on a chapter', async () => {
    const w = await watched();
    try {
      const page = await open(w, '/chapters/filtration/');
      await expect.poll(() => page.locator('[data-tip][tabindex="0"]').count(), SLOW).toBeGreaterThan(0);
      // Scrolling the chart into view at this width fetches its 960 px drawing, which replaces the 640 px one: a mark
      // picked just before the swap is hidden by the time it is focused, and focus goes nowhere. So each try takes the
      // tab stop among the marks shown now, focuses it, and looks for its tip.
      // (Each drawing keeps its own first point as a tab stop; only the shown drawing's can take focus.)
      await page.locator('[data-tip][tabindex="0"]:visible').first().scrollIntoViewIfNeeded();
      await expect
        .poll(async () => {
          await page.locator('[data-tip][tabindex="0"]:visible').first().focus();
          return page.locator('.chart-tip:not([hidden])').count();
        }, SLOW)
        .toBeGreaterThan(0);
      expect(w.violations).toEqual([]);
      expect(w.errors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('an inline number opens its popover, on a Ukrainian chapter too', async () => {
    const w = await watched();
    try {
      for (const path of ['/chapters/filtration/', '/uk/chapters/filtration/']) {
        const page = await open(w, path);
        const number = page.locator('.chapter-body a.fact-num[data-fact]').first();
        await number.scrollIntoViewIfNeeded();
        await number.click();
        await page.waitForFunction(() => document.getElementById('fact-pop')?.matches(':popover-open'), null, SLOW);
        expect(new URL(page.url()).pathname, `${path}: the click opened the popover, not the source`).toBe(path);
      }
      expect(w.violations).toEqual([]);
      expect(w.errors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('the timeline filter appears and filters', async () => {
    const w = await watched();
    try {
      const page = await open(w, '/charts/events-timeline/');
      const group = page.getByRole('group', { name: 'Show events from' });
      await expect.poll(() => group.getByRole('button').count(), SLOW).toBeGreaterThan(2);
      const filtration = group.getByRole('button', { name: 'Filtration' });
      await filtration.click();
      expect(await filtration.getAttribute('aria-pressed')).toBe('true');
      expect(w.violations).toEqual([]);
      expect(w.errors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('search returns results (Pagefind needs only wasm-unsafe-eval)', async () => {
    const w = await watched();
    try {
      const page = await open(w, '/search/?q=filtration');
      await page.waitForSelector('[data-search-results] li a[href="/chapters/filtration/"]', { timeout: 20_000 });
      expect(w.violations).toEqual([]);
      expect(w.errors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  describe('an embed in a host page on another origin', () => {
    let host: Server;
    let hostOrigin = '';
    beforeAll(async () => {
      host = createServer((req, res) => {
        const src = `${site.server.origin}/embed/deportation-scale/`;
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">
<p>Article text.</p>
<iframe data-taken-embed src="${src}" title="Chart" height="600" style="width:100%;min-width:100%;border:0"></iframe>
<script src="${site.server.origin}/embed.js" async></script></body></html>`);
      });
      await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
      hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => host.close(() => r())));

    it('sizes itself to its document, and may be framed by any site', async () => {
      const w = await watched({ viewport: { width: 390, height: 800 } });
      try {
        const page = await w.context.newPage();
        await page.goto(hostOrigin + '/', { waitUntil: 'load' });
        const frame = await (await page.waitForSelector('iframe[data-taken-embed]')).contentFrame();
        if (!frame) throw new Error('the embed did not load in its iframe');
        await frame.waitForLoadState('load');
        const docHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        await expect
          .poll(async () => Math.abs((await page.locator('iframe[data-taken-embed]').evaluate((f) => f.getBoundingClientRect().height)) - (await docHeight())), {
            timeout: 20_000,
          })
          .toBeLessThanOrEqual(2);
        expect(await page.locator('iframe[data-taken-embed]').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(600);
        expect(w.violations).toEqual([]);
        expect(w.errors).toEqual([]);
      } finally {
        await w.context.close();
      }
    });

    it('while the site itself refuses to be framed', async () => {
      const w = await watched();
      try {
        const page = await w.context.newPage();
        await page.setContent(`<iframe src="${site.server.origin}/chapters/filtration/"></iframe>`);
        await page.waitForTimeout(1500);
        const framed = page.frames().find((f) => f.url().includes('/chapters/filtration/'));
        const loaded = framed ? await framed.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '') : '';
        expect(loaded, 'the chapter must not render inside another page').toBe('');
      } finally {
        await w.context.close();
      }
    });
  });
});
