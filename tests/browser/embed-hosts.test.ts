/**
 * Embeds inside real host pages. The built site is served on one port; a
 * second server on another port stands in for a newsroom's origin and serves
 * three kinds of article page: (a) pym.js 1.3's pym.Parent (its own copy,
 * from node_modules), (b) Datawrapper's usual height listener, (c) our
 * /embed.js with the responsive code exactly as the chart page offers it.
 * In each, at 320 and 1000 px and after the host resizes, the iframe must be
 * as tall as the embedded document (±2 px) with no inner scroll bar. Also:
 * the fixed-height code fits at 600 px (at every width: embed-heights.test.ts), the embed 404 sizes itself, the chart
 * shows without JavaScript, ?theme=dark applies before first paint, and a
 * link inside never navigates the host page. The Ukrainian embeds (/uk/embed/…, codes from /uk/charts/<id>/) too:
 * each chart in one of the three hosts, in turn, so every host and every chart is seen in Ukrainian without
 * tripling the run; and their 404 in each host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { fileForUrl, parse } from '../helpers/dist.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { SITE } from '../../src/site.ts';
import { listReleases } from '../../src/data/load.ts';
import { chartPagePath } from '../../src/lib/embed.ts';
import { ct } from '../../src/i18n/charts.ts';
import type { Locale } from '../../src/i18n/index.ts';

const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'));

let browser: Browser;
let site: StaticServer;
let hostServer: Server;
let hostOrigin: string;

/** The code of one kind (and data variant) exactly as the built chart page (in `locale`) shows it, pointed at the test server. */
function codeFromChartPage(id: string, kind: string, variant = 'latest', locale: Locale = 'en'): string {
  const path = chartPagePath(id, locale);
  const file = fileForUrl(path);
  if (!file) throw new Error(`no built chart page ${path}`);
  const pre = parse(readFileSync(file, 'utf8')).querySelector(`.embed-code[data-kind="${kind}"] pre[data-variant="${variant}"]`);
  if (!pre?.textContent) throw new Error(`${path} has no ${kind} embed code (${variant})`);
  return pre.textContent.split(SITE.url).join(site.origin);
}

const article = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>body{margin:0;font:17px/1.6 Georgia,serif;background:#fff;color:#111}main{padding:0 12px}</style></head>
<body><main><h1>${title}</h1><p>An article paragraph before the chart.</p>
${body}
<p>An article paragraph after the chart.</p></main></body></html>`;

/**
 * Host pages: /pym/<id>, /dw/<id>, /ours/<id>, /fixed/<id>; <id> may be v<version>/<chart> for pinned or any miss, and
 * uk/<id> for the Ukrainian embed.
 */
function hostPage(kind: string, fullPath: string): string | undefined {
  const locale: Locale = fullPath.startsWith('uk/') ? 'uk' : 'en';
  const path = locale === 'uk' ? fullPath.slice(3) : fullPath;
  const src = `${site.origin}${locale === 'uk' ? '/uk' : ''}/embed/${path}/`;
  const id = path.split('/').pop()!;
  switch (kind) {
    case 'pym':
      return article(
        'Host with pym.js',
        `<div id="c"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('c', ${JSON.stringify(src)}, {title: 'Chart'});</script>`,
      );
    case 'dw':
      // Datawrapper's documented responsive listener (the id-matching version).
      return article(
        'Host with a Datawrapper listener',
        `<iframe id="datawrapper-chart-${id}" src="${src}" title="Chart" scrolling="no" frameborder="0" style="width:0;min-width:100%!important;border:none" height="400"></iframe>
<script>window.addEventListener('message', function (e) {
  if (e.data && e.data['datawrapper-height'] !== undefined) {
    for (var id in e.data['datawrapper-height']) {
      var iframe = document.getElementById('datawrapper-chart-' + id);
      if (iframe) iframe.style.height = e.data['datawrapper-height'][id] + 'px';
    }
  }
});</script>`,
      );
    case 'ours': {
      const chart = CHARTS.find((c) => c.id === id);
      const pinned = path.startsWith('v') ? path.split('/')[0]!.slice(1) : undefined;
      // Our own code for real charts; for a miss, the same code shape by hand.
      const code = chart
        ? codeFromChartPage(id, 'responsive', pinned ? 'pinned' : 'latest', locale).replace(/\/embed\/v[\d.]+\//g, `/embed/v${pinned}/`)
        : `<iframe data-taken-embed src="${src}" title="Chart" height="300" style="width:100%;border:0"></iframe><script src="${site.origin}/embed.js" async></script>`;
      return article('Host with embed.js', code);
    }
    case 'fixed':
      return article('Host with a fixed iframe', codeFromChartPage(id, 'fixed', 'latest', locale));
  }
  return undefined;
}

beforeAll(async () => {
  site = await serveDist();
  hostServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    if (url.pathname === '/pym.v1.min.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(PYM);
    }
    const m = /^\/(pym|dw|ours|fixed)\/(.+)$/.exec(url.pathname);
    const html = m && hostPage(m[1]!, m[2]!);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((r) => hostServer.listen(0, '127.0.0.1', r));
  hostOrigin = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((r) => hostServer?.close(r));
});

async function open(path: string, width: number): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(hostOrigin + path, { waitUntil: 'load' });
  return { ctx, page, errors };
}

async function childFrame(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

interface Fit {
  iframe: number;
  doc: number;
  scroll: { sh: number; ch: number; sw: number; cw: number };
}
async function fit(iframe: Locator, frame: Frame): Promise<Fit> {
  const h = await iframe.evaluate((f) => (f as HTMLIFrameElement).clientHeight);
  const inner = await frame.evaluate(() => {
    const r = document.documentElement;
    return { doc: r.getBoundingClientRect().height, scroll: { sh: r.scrollHeight, ch: r.clientHeight, sw: r.scrollWidth, cw: r.clientWidth } };
  });
  return { iframe: h, ...inner };
}

/** Waits (up to 5 s) until the iframe is as tall as its document, then checks there is nothing to scroll. */
async function expectFits(iframe: Locator, frame: Frame, label: string): Promise<Fit> {
  let last: Fit | undefined;
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    last = await fit(iframe, frame);
    if (Math.abs(last.iframe - last.doc) <= 2) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(Math.abs(last!.iframe - last!.doc), `${label}: iframe ${last!.iframe}px tall, its document ${last!.doc.toFixed(1)}px`).toBeLessThanOrEqual(2);
  const s = last!.scroll;
  expect(s.sh, `${label}: inner vertical scroll (${s.sh}px content in ${s.ch}px)`).toBeLessThanOrEqual(s.ch);
  expect(s.sw, `${label}: inner horizontal scroll (${s.sw}px content in ${s.cw}px)`).toBeLessThanOrEqual(s.cw);
  expect(last!.doc, `${label}: the embed looks empty`).toBeGreaterThan(150);
  return last!;
}

const HOSTS = [
  { kind: 'pym', name: '(a) pym.js 1.3 pym.Parent', selector: '#c iframe' },
  { kind: 'dw', name: '(b) Datawrapper listener', selector: 'iframe' },
  { kind: 'ours', name: '(c) /embed.js', selector: 'iframe[data-taken-embed]' },
] as const;

/** Every chart in every host in English; in Ukrainian, chart i in host i mod 3. */
const CASES = [
  ...HOSTS.flatMap((host) => CHARTS.map((chart) => ({ host, chart, locale: 'en' as Locale }))),
  ...CHARTS.map((chart, i) => ({ host: HOSTS[i % HOSTS.length]!, chart, locale: 'uk' as Locale })),
];

describe('embeds size themselves in host pages on another origin', () => {
  for (const { host, chart, locale } of CASES) {
    it(`${locale === 'en' ? '' : `${locale}: `}${host.name}: ${chart.id} at 320 and 1000 px, and after the host resizes`, async () => {
      const { ctx, page, errors } = await open(`/${host.kind}/${locale === 'en' ? '' : `${locale}/`}${chart.id}`, 320);
      try {
        const iframe = page.locator(host.selector);
        const frame = await childFrame(iframe);
        expect(new URL(frame.url()).origin, 'the embed must come from the other server').toBe(site.origin);
        expect(new URL(frame.url()).pathname, 'the embed in its language').toMatch(locale === 'en' ? /^\/embed\// : new RegExp(`^/${locale}/embed/`));
        const narrow = await expectFits(iframe, frame, `${chart.id} at 320`);
        await page.setViewportSize({ width: 1000, height: 800 });
        const wide = await expectFits(iframe, frame, `${chart.id} at 1000`);
        expect(wide.doc, `${chart.id}: the height did not change from 320 to 1000 px, so the resize was not reported`).not.toBe(narrow.doc);
        await page.setViewportSize({ width: 600, height: 800 });
        await expectFits(iframe, frame, `${chart.id} resized to 600`);
        expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]);
      } finally {
        await ctx.close();
      }
    });
  }

  it('(c) /embed.js: opening the data table grows the frame to fit', async () => {
    const { ctx, page } = await open('/ours/deportations-over-time', 1000);
    try {
      const iframe = page.locator('iframe[data-taken-embed]');
      const frame = await childFrame(iframe);
      const closed = await expectFits(iframe, frame, 'table closed');
      await frame.locator('.chart-table summary').click();
      const open_ = await expectFits(iframe, frame, 'table open');
      expect(open_.iframe, 'the frame did not grow when the table opened').toBeGreaterThan(closed.iframe + 50);
    } finally {
      await ctx.close();
    }
  });

  it('(a) pym.js and (c) /embed.js: pinned embeds (oldest and newest release) size themselves too', async () => {
    const versions = listReleases();
    for (const version of new Set([versions[0]!, versions[versions.length - 1]!])) {
      for (const host of [HOSTS[0], HOSTS[2]]) {
        const pinnedPath = `v${version}/${CHARTS[0]!.id}`;
        const { ctx, page } = await open(`/${host.kind}/${pinnedPath}`, 320);
        try {
          const iframe = page.locator(host.selector);
          const frame = await childFrame(iframe);
          expect(frame.url()).toContain(`/embed/${pinnedPath}/`);
          await expectFits(iframe, frame, `${host.kind} ${pinnedPath}`);
        } finally {
          await ctx.close();
        }
      }
    }
  });

  it('an unknown chart or release gets the embed 404 (in Ukrainian under /uk/embed/), which sizes itself in each host', async () => {
    for (const host of HOSTS) {
      for (const miss of ['no-such-chart', 'v9.9.9/returned-share', 'uk/no-such-chart']) {
        const { ctx, page, errors } = await open(`/${host.kind}/${miss}`, 320);
        try {
          const iframe = page.locator(host.selector);
          const frame = await childFrame(iframe);
          expect(await frame.locator('h1').textContent(), `${host.kind} ${miss}`).toBe(ct('embed.404.title', {}, miss.startsWith('uk/') ? 'uk' : 'en'));
          let last: Fit | undefined;
          for (let i = 0; i < 50; i++) {
            last = await fit(iframe, frame);
            if (Math.abs(last.iframe - last.doc) <= 2) break;
            await new Promise((r) => setTimeout(r, 100));
          }
          expect(Math.abs(last!.iframe - last!.doc), `${host.kind} ${miss}: iframe ${last!.iframe}, document ${last!.doc}`).toBeLessThanOrEqual(2);
          // The frame's own 404 status is logged as a failed load; anything else is a real error.
          const real = errors.filter((e) => !/status of 404/.test(e));
          expect(real, `console errors:\n${real.join('\n')}`).toEqual([]);
        } finally {
          await ctx.close();
        }
      }
    }
  });
});

describe('the fixed-height code', () => {
  for (const chart of CHARTS) {
    // Its height holds the embed on a phone too, so at 600 px it leaves some space below; embed-heights.test.ts checks
    // every width and that the space is not much more than the tallest width needs.
    it(`${chart.id}: fits the embed at 600 px wide`, async () => {
      const { ctx, page } = await open(`/fixed/${chart.id}`, 1000);
      try {
        const iframe = page.locator('iframe');
        const frame = await childFrame(iframe);
        await frame.evaluate(() => document.fonts.ready);
        const { fixed, width } = await iframe.evaluate((f) => ({ fixed: (f as HTMLIFrameElement).clientHeight, width: (f as HTMLIFrameElement).clientWidth }));
        expect(width).toBe(600);
        const doc = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
        expect(doc, `${chart.id}: the content (${doc}px) is taller than the fixed height (${fixed}px) at 600px`).toBeLessThanOrEqual(fixed);
      } finally {
        await ctx.close();
      }
    });
  }
});

describe('the embed page on its own', () => {
  it('shows the chart with JavaScript off', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 }, javaScriptEnabled: false });
    try {
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/embed/returned-share/`);
      const box = await page.locator('.chart-variant.v-wide svg').boundingBox();
      expect(box?.height ?? 0, 'the drawing is not visible without JavaScript').toBeGreaterThan(100);
      await page.setViewportSize({ width: 320, height: 800 });
      const narrow = await page.locator('.chart-variant.v-narrow svg').boundingBox();
      expect(narrow?.height ?? 0, 'the narrow drawing is not visible at 320 px').toBeGreaterThan(100);
    } finally {
      await ctx.close();
    }
  });

  it('is transparent by default and ?theme=dark applies before the body is parsed', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    try {
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/embed/returned-share/`);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'default background').toBe('rgba(0, 0, 0, 0)');
      expect(await page.evaluate(() => getComputedStyle(document.body).color), 'default text is the light theme (a white article page)').toBe('rgb(27, 27, 27)');
      await ctx.addInitScript(() => {
        const seen: Array<string | null> = [];
        (window as unknown as { __atBody: typeof seen }).__atBody = seen;
        new MutationObserver((_, obs) => {
          if (document.body) {
            seen.push(document.documentElement.getAttribute('data-theme'));
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${site.origin}/embed/returned-share/?theme=dark`);
      expect(await page.evaluate(() => (window as unknown as { __atBody: string[] }).__atBody[0])).toBe('dark');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 20, 20)');
      await page.goto(`${site.origin}/embed/returned-share/?theme=light`);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
      await page.goto(`${site.origin}/embed/returned-share/?theme=auto`);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'auto follows the dark OS setting').toBe('rgb(20, 20, 20)');
    } finally {
      await ctx.close();
    }
  });

  it('never navigates the host: links open a new tab', async () => {
    const { ctx, page } = await open('/pym/returned-share', 1000);
    try {
      const frame = await childFrame(page.locator('#c iframe'));
      const before = page.url();
      const [popup] = await Promise.all([ctx.waitForEvent('page'), frame.locator('.embed-credit a').first().click()]);
      expect(popup.url()).toContain('/charts/returned-share/');
      expect(page.url(), 'the host page navigated').toBe(before);
    } finally {
      await ctx.close();
    }
  });
});
