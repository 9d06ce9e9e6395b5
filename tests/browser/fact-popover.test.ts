/**
 * Numbers you can tap (src/scripts/fact-popover.ts), in headless Chromium against the built site: a tap on an
 * inline number opens its popover without leaving the page; the popover shows the value, who produced it and how in
 * words ("Journalists · case count", no verdict), who said it, as of when, the quote and a link to the source; Escape closes it and focus returns to the number; a tap outside and
 * the close button close it too; it stays inside the viewport at 320 px wherever the number sits; keyboard users
 * open it with Enter. Without JavaScript the number is a plain link to its source. The same in Ukrainian
 * (/uk/chapters/…): the card, the labels and the quote's translation in Ukrainian, the original beside it in its
 * own language. The popover is announced when it opens (focus moves into the named, described dialog), can be
 * hovered without closing and is dismissed with Escape (WCAG 1.4.13). axe finds nothing with it open, in light and
 * dark.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';
import { axeViolations } from '../helpers/axe.ts';
import { provenanceLabel } from '../../src/i18n/provenance.ts';
import { t, type Locale } from '../../src/i18n/index.ts';

const site = useBuiltSite();
const PATH = '/chapters/filtration/';

async function popBox(page: Page) {
  return page.evaluate(() => {
    const p = document.getElementById('fact-pop')!;
    const r = p.getBoundingClientRect();
    return { open: p.matches(':popover-open'), left: r.left, right: r.right, top: r.top, bottom: r.bottom, vw: document.documentElement.clientWidth, vh: innerHeight, text: p.textContent ?? '' };
  });
}

describe('popover on an inline number', () => {
  for (const [PAGE, locale] of [[PATH, 'en'], ['/uk' + PATH, 'uk']] as Array<[string, Locale]>) {
  it(`${PAGE}: a tap opens it on the page with value, how, who, when, quote and source; Escape closes it and focus returns`, async () => {
    const { context, errors, external } = await guardedContext(site, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    try {
      const page = await context.newPage();
      await page.goto(site.server.origin + PAGE, { waitUntil: 'load' });
      const link = page.locator('.chapter-body a.fact-num[data-fact="kherson-childrens-home-46"]').first();
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      await page.waitForFunction(() => document.getElementById('fact-pop')?.matches(':popover-open'), null, { timeout: 5000 });
      expect(new URL(page.url()).pathname, 'the tap did not navigate').toBe(PAGE);
      const box = await popBox(page);
      const card = (await (await page.request.get(site.server.origin + (locale === 'uk' ? '/uk' : '') + '/data/figures/kherson-childrens-home-46.json')).json()) as Record<string, unknown>;
      for (const k of ['value', 'label', 'provenance', 'how', 'who', 'when', 'checked', 'quote'] as const) expect(box.text, `popover shows ${k}`).toContain(String(card[k]));
      // Who produced it and how, in words: never a verdict.
      const prov = provenanceLabel({ method: 'case-count', producer: 'journalists' }, locale);
      if (locale === 'en') expect(prov).toBe('Journalists · case count');
      expect(card.provenance).toBe(prov);
      expect(await page.textContent('#fact-pop .fact-pop-prov')).toBe(prov);
      // Its words are the page's language: the labels from the dictionary, the close button named in it.
      for (const k of ['factPop.how', 'factPop.who', 'factPop.when', 'factPop.checked', 'factPop.all'] as const) expect(box.text, k).toContain(t(k, {}, locale));
      expect(await page.getAttribute('#fact-pop .fact-pop-close', 'aria-label')).toBe(t('factPop.close', {}, locale));
      // The quote as the source wrote it, in its language; on a Ukrainian page our translation beside it.
      expect(await page.getAttribute('#fact-pop .fact-pop-quote [lang]', 'lang')).toBe(card.quoteLang);
      if (locale === 'uk') {
        expect(card.quoteTranslation, 'a translation of the English quote').toBeTruthy();
        expect(box.text).toContain(String(card.quoteTranslation));
        expect(box.text).toContain(t('factPop.translation', {}, 'uk'));
      }
      // Announced when it opens: a named dialog, described by who produced the number and how.
      expect(await page.evaluate(() => document.getElementById(document.getElementById('fact-pop')!.getAttribute('aria-describedby')!)?.textContent)).toBe(prov);
      expect(await page.evaluate(() => document.getElementById(document.getElementById('fact-pop')!.getAttribute('aria-labelledby')!)?.textContent)).toContain(String(card.value));
      expect(await page.getAttribute('#fact-pop .fact-pop-mark', 'class'), "the method's mark").toContain('m-case-count');
      const src = card.source as { url: string };
      expect(await page.locator(`#fact-pop a[href="${src.url}"]`).count(), 'a link to the source').toBe(1);
      expect(await page.getAttribute('#fact-pop', 'role')).toBe('dialog');
      expect(await link.getAttribute('aria-expanded')).toBe('true');
      expect(await page.evaluate(() => document.getElementById('fact-pop')!.contains(document.activeElement)), 'focus moved into the popover').toBe(true);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.getElementById('fact-pop')?.matches(':popover-open'));
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-fact')), 'focus returned to the number').toBe('kherson-childrens-home-46');
      expect(await link.getAttribute('aria-expanded')).toBe('false');
      // A tap outside closes it as well.
      await link.tap();
      await page.waitForFunction(() => document.getElementById('fact-pop')?.matches(':popover-open'));
      await page.touchscreen.tap(200, 20);
      await page.waitForFunction(() => !document.getElementById('fact-pop')?.matches(':popover-open'));
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await context.close();
    }
  });
  }

  it('works from the keyboard: Enter opens it, Tab reaches its links, the close button closes it and focus returns', async () => {
    const { context, errors } = await guardedContext(site, { viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(site.server.origin + PATH, { waitUntil: 'load' });
      const link = page.locator('.key-facts a.fact-num').first();
      const id = await link.getAttribute('data-fact');
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('fact-pop')?.matches(':popover-open'), null, { timeout: 5000 });
      expect(new URL(page.url()).pathname).toBe(PATH);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.getElementById('fact-pop')!.contains(document.activeElement) && document.activeElement!.tagName)).toBe('A');
      await page.locator('#fact-pop .fact-pop-close').click();
      await page.waitForFunction(() => !document.getElementById('fact-pop')?.matches(':popover-open'));
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-fact'))).toBe(id);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const PAGE of [PATH, '/uk' + PATH]) {
    it(`${PAGE}: with a mouse, the popover stays open while hovered and Escape dismisses it (WCAG 1.4.13)`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(site.server.origin + PAGE, { waitUntil: 'load' });
        const link = page.locator('.chapter-body a.fact-num').first();
        await link.scrollIntoViewIfNeeded();
        await link.click();
        await page.waitForFunction(() => document.getElementById('fact-pop')?.matches(':popover-open'), null, { timeout: 5000 });
        // Move the pointer off the number and across the popover: it stays.
        const box = (await page.locator('#fact-pop').boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
        await page.mouse.move(box.x + 10, box.y + box.height - 5, { steps: 5 });
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => document.getElementById('fact-pop')!.matches(':popover-open')), 'open while hovered').toBe(true);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.getElementById('fact-pop')?.matches(':popover-open'));
        expect(await page.evaluate(() => document.activeElement?.classList.contains('fact-num')), 'focus back on the number').toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  // On the landing page (its key figures open the same popover; a chapter's length would triple axe's time).
  for (const PAGE of ['/', '/uk/']) {
    it(`${PAGE}: axe finds nothing with a popover open, in light and dark`, async () => {
      const { context, errors } = await guardedContext(site, { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        await page.goto(site.server.origin + PAGE, { waitUntil: 'load' });
        const link = page.locator('main a.fact-num').first();
        await link.scrollIntoViewIfNeeded();
        await link.click();
        await page.waitForFunction(() => document.getElementById('fact-pop')?.matches(':popover-open'), null, { timeout: 5000 });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          const found = await axeViolations(page);
          expect(found, `${PAGE} (${scheme}, popover open):\n${found.join('\n')}`).toEqual([]);
          // Still open: axe looked at the page with the popover on it.
          expect(await page.evaluate(() => document.getElementById('fact-pop')!.matches(':popover-open'))).toBe(true);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('stays inside the viewport at 320 px, for numbers at the left and right edges of the column', async () => {
    const { context, errors } = await guardedContext(site, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    try {
      const page = await context.newPage();
      await page.goto(site.server.origin + PATH, { waitUntil: 'load' });
      // The leftmost and rightmost numbers in the prose, and one in the key facts.
      const picks = await page.$$eval('a.fact-num', (as) => {
        const withX = as.map((a, i) => ({ i, x: a.getBoundingClientRect().left, r: a.getBoundingClientRect().right }));
        const left = withX.reduce((m, a) => (a.x < m.x ? a : m));
        const right = withX.reduce((m, a) => (a.r > m.r ? a : m));
        return [...new Set([left.i, right.i, 0])];
      });
      for (const i of picks) {
        const link = page.locator('a.fact-num').nth(i);
        await link.scrollIntoViewIfNeeded();
        await link.tap();
        await page.waitForFunction(() => document.getElementById('fact-pop')?.matches(':popover-open'), null, { timeout: 5000 });
        const b = await popBox(page);
        expect(b.left, `number ${i}: popover left edge`).toBeGreaterThanOrEqual(0);
        expect(b.right, `number ${i}: popover right edge`).toBeLessThanOrEqual(b.vw);
        expect(b.top, `number ${i}: popover top`).toBeGreaterThanOrEqual(0);
        expect(b.bottom, `number ${i}: popover bottom`).toBeLessThanOrEqual(b.vh);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.getElementById('fact-pop')?.matches(':popover-open'));
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll').toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, on a Ukrainian page too, the number is a link to its source (in Ukrainian where that page exists, else marked English)', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(site.server.origin + '/uk' + PATH, { waitUntil: 'load' });
      const link = page.locator('.chapter-body a.fact-num').first();
      const href = (await link.getAttribute('href'))!;
      if (href.startsWith('/uk/')) expect(href).toMatch(/^\/uk\/sources\/#/);
      else {
        expect(href).toMatch(/^\/sources\/#/);
        expect(await link.getAttribute('hreflang')).toBe('en');
      }
    } finally {
      await context.close();
    }
  });

  it('without JavaScript the number is a link to its source', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(site.server.origin + PATH, { waitUntil: 'load' });
      const link = page.locator('.chapter-body a.fact-num').first();
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/sources\/#/);
      await link.click();
      await page.waitForURL((u) => u.pathname === '/sources/');
      expect(new URL(page.url()).hash).toBe(href!.slice('/sources/'.length));
    } finally {
      await context.close();
    }
  });
});
