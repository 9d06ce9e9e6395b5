/**
 * Our oEmbed HTML in a WordPress post, without a WordPress: host pages on a
 * second origin hold each chart's oEmbed `html` exactly as WordPress rewrites
 * it (tests/helpers/wp-oembed.ts: sandboxed, with its secret, hidden until it
 * reports) inside the embed block's markup, and load WordPress's own
 * wp-embed.js from Debian's `wordpress` package (read at test time, never
 * copied into this repository; missing, the test fails naming the package).
 * At 375 and 1280 px every chart must show, sized to its content within 2 px
 * with no inner scroll, or, where it is taller than WordPress's 1000 px cap,
 * at 1000 px with its title and credit line in view; the credit line must lie
 * inside the frame; a click on the credit's link must open the chart page. In English and in Ukrainian (a post of
 * the /uk/embed/ oEmbed documents, whose credits open /uk/charts/<id>/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { fileForUrl } from '../helpers/dist.ts';
import { WP_EMBED_JS, requireWordPress } from '../helpers/wordpress.ts';
import { wordpressRewrite } from '../helpers/wp-oembed.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { SITE } from '../../src/site.ts';
import { WP_MAX_HEIGHT } from '../../src/lib/embed-messages.ts';
import { chartPagePath, chartsIndexPath, oembedPath } from '../../src/lib/embed.ts';
import type { Locale } from '../../src/i18n/index.ts';

let browser: Browser;
let site: StaticServer;
let host: Server;
let hostOrigin: string;
let wpEmbed: Buffer;
/** WordPress's ten-character secret, one per frame. */
const secretOf = (i: number, id: string, locale: Locale) => `${locale}${i}Sec${id.length}x`.padEnd(10, 'y').slice(0, 10);

function oembedHtml(id: string, locale: Locale): string {
  const file = fileForUrl(oembedPath(id, locale));
  if (!file) throw new Error(`no built oEmbed document ${oembedPath(id, locale)}`);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { html: string };
  return doc.html.split(SITE.url).join(site.origin);
}

/** A post in a block theme holding every chart: a 650 px content column, the embed block's wrapper, wp-embed.js in the footer. */
const post = (locale: Locale) => `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A WordPress post</title>
<style>
body{margin:0;font:18px/1.6 Georgia,serif;background:#fff;color:#111}
main{max-width:650px;margin:0 auto;padding:0 24px}
.wp-block-embed{margin:0 0 1.5em}.wp-block-embed iframe{max-width:100%}
</style></head>
<body><main><h1>A post with charts</h1>
${CHARTS.map(
  (c, i) => `<p>A paragraph before ${c.id}.</p>
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">
${wordpressRewrite(oembedHtml(c.id, locale), secretOf(i, c.id, locale))}
</div></figure>`,
).join('\n')}
<p>A paragraph after the charts.</p></main>
<script src="/wp-includes/js/wp-embed.js" id="wp-embed-js"></script>
</body></html>`;

beforeAll(async () => {
  requireWordPress();
  wpEmbed = readFileSync(WP_EMBED_JS);
  site = await serveDist();
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/wp-includes/js/wp-embed.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(wpEmbed);
    }
    const m = /^\/(en|uk)\/post$/.exec(url.pathname);
    if (m) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(post(m[1] as Locale));
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((r) => host?.close(r));
});

export interface WpFit {
  /** The frame's height on the page, and its content's. */
  iframe: number;
  doc: number;
  width: number;
  /** Whether the frame still carries WordPress's hiding style (no height message arrived). */
  hidden: boolean;
  /** The frame's own viewport: content scrolls inside it. */
  innerScroll: boolean;
  /** The numbers behind innerScroll, for the failure message: scroll and client height and width of the frame's root. */
  scroll: string;
  /** Title and credit line inside the frame's viewport. */
  titleVisible: boolean;
  creditVisible: boolean;
}

/** Measures one WordPress-embedded frame from the host page and from inside. */
export async function measureWpFrame(page: Page, iframeSel: string, frame: Frame): Promise<WpFit> {
  const outer = await page.locator(iframeSel).evaluate((f) => ({
    iframe: (f as HTMLIFrameElement).clientHeight,
    width: (f as HTMLIFrameElement).getBoundingClientRect().width,
    hidden: f.hasAttribute('style'),
  }));
  const inner = await frame.evaluate(() => {
    const r = document.documentElement;
    const within = (sel: string) => {
      const e = document.querySelector(sel);
      if (!e) return false;
      const b = e.getBoundingClientRect();
      return b.height > 0 && b.top >= -1 && b.bottom <= innerHeight + 1;
    };
    return {
      doc: r.getBoundingClientRect().height,
      innerScroll: r.scrollHeight > r.clientHeight + 1,
      scroll: `scrollHeight ${r.scrollHeight}, clientHeight ${r.clientHeight}, scrollWidth ${r.scrollWidth}, clientWidth ${r.clientWidth}`,
      titleVisible: within('.chart-title'),
      creditVisible: within('[data-embed-credit]'),
    };
  });
  return { ...outer, ...inner };
}

/**
 * Waits (up to 8 s) for wp-embed.js to size the frame: to its content, or to WordPress's cap when taller; a frame that
 * fits must also have stopped scrolling inside. A loaded machine once measured a frame 1 px taller than its content
 * that still scrolled, caught between one layout and the next; a frame that keeps scrolling for 8 s still fails.
 */
export async function settleWpFrame(page: Page, iframeSel: string, frame: Frame): Promise<WpFit> {
  let last: WpFit | undefined;
  const end = Date.now() + 8000;
  while (Date.now() < end) {
    last = await measureWpFrame(page, iframeSel, frame);
    const want = Math.min(WP_MAX_HEIGHT, last.doc);
    if (!last.hidden && Math.abs(last.iframe - want) <= 2 && (last.doc > WP_MAX_HEIGHT || !last.innerScroll)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last!;
}

async function frameOf(page: Page, sel: string): Promise<Frame> {
  const frame = await (await page.locator(sel).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`${sel} has no frame`);
  await frame.waitForLoadState('load');
  return frame;
}

describe("our oEmbed HTML as WordPress rewrites it, sized by WordPress's wp-embed.js", () => {
  for (const [locale, width] of (['en', 'uk'] as const).flatMap((l) => [375, 1280].map((w) => [l, w] as const))) {
    it(`${locale}: every chart at ${width} px: sized to its content (or capped, title and credit in view); its credit opens the chart page`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await ctx.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        // The chart page a credit click opens: seen as a request, then stopped, so the post stays for the next chart.
        const opened: string[] = [];
        await page.route(`${site.origin}${chartsIndexPath(locale)}**`, (r) => {
          if (r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()) opened.push(r.request().url());
          return r.abort('aborted');
        });
        await page.goto(`${hostOrigin}/${locale}/post`, { waitUntil: 'load' });
        const column = width === 375 ? 375 - 48 : 650;
        for (const [i, chart] of CHARTS.entries()) {
          const secret = secretOf(i, chart.id, locale);
          const sel = `iframe[data-secret="${secret}"]`;
          await page.locator(sel).evaluate((f) => f.scrollIntoView({ block: 'start', behavior: 'instant' }));
          const frame = await frameOf(page, sel);
          expect(frame.url(), 'the frame carries WordPress’s secret').toContain(`#?secret=${secret}`);
          expect(await frame.evaluate(() => self.origin), 'the frame is sandboxed (opaque origin)').toBe('null');
          const f = await settleWpFrame(page, sel, frame);
          const label = `${locale} ${chart.id} at ${width}: frame ${f.iframe}px, content ${f.doc.toFixed(0)}px`;
          expect(f.hidden, `${label}: WordPress never heard from the frame (still hidden)`).toBe(false);
          expect(await page.locator(`blockquote[data-secret="${secret}"]`).isHidden(), `${label}: the fallback link still shows`).toBe(true);
          expect(Math.round(f.width), `${label}: the frame is not the column's width`).toBe(column);
          if (f.doc <= WP_MAX_HEIGHT) {
            expect(Math.abs(f.iframe - f.doc), `${label}: not sized to its content`).toBeLessThanOrEqual(2);
            expect(f.innerScroll, `${label}: inner scroll (${f.scroll})`).toBe(false);
          } else {
            expect(f.iframe, `${label}: taller than WordPress's cap, so the frame should be at the cap`).toBe(WP_MAX_HEIGHT);
            expect(f.titleVisible, `${label}: clipped, and the title is out of view`).toBe(true);
          }
          expect(f.creditVisible, `${label}: the credit line is not inside the frame's view`).toBe(true);
          // A click on the credit's link: WordPress opens the chart page in the top window.
          const before = opened.length;
          // wp-embed.js follows a link only from the focused frame (document.activeElement); a press held as long as a
          // reader's lets the frame's focus reach the host page before the link message does (a busy machine lost that race).
          // Focus first, as a reader's press does, and wait until the host page sees its iframe focused: then the click's
          // link message always finds the frame focused (a loaded machine lost that race even with the 120 ms press).
          await frame.locator('[data-embed-credit] a').first().focus();
          await page.waitForFunction((s) => document.activeElement === document.querySelector(s), sel, { timeout: 5000 }).catch(() => undefined);
          await frame.locator('[data-embed-credit] a').first().click({ delay: 120 });
          const end = Date.now() + 10_000;
          while (opened.length === before && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
          expect(opened.slice(before), `${label}: the credit's link did not open the chart page`).toEqual([site.origin + chartPagePath(chart.id, locale)]);
        }
        expect(errors, `page errors:\n${errors.join('\n')}`).toEqual([]);
      } finally {
        await ctx.close();
      }
    });
  }
});
