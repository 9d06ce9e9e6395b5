/**
 * End to end in a real WordPress (Debian's 6.1 package, Twenty Twenty-Three,
 * MariaDB, PHP's built-in server; tests/helpers/wordpress.ts starts and stops
 * them on 127.0.0.1). The built chart site is served on another port as if
 * built for that origin, so WordPress discovers our oEmbed over HTTP exactly
 * as it would on the web. Posts, saved through wp_insert_post as the user
 * (so kses filters an author's post as it would their editor save):
 * - the chart pages' addresses, pasted as an administrator and as an author,
 *   both as the classic editor saves them (the address on a line of its own)
 *   and as the block editor does (an Embed block);
 * - each copy-paste code in a Custom HTML block, as an administrator.
 * Every post is made twice, in English and in Ukrainian: the addresses of /charts/<id>/ and /uk/charts/<id>/ (whose
 * oEmbed documents are /embed/… and /uk/embed/…), the codes from either chart page.
 * Each post holds four charts (the review's). At 375 and 1280 px, for every chart: is it
 * embedded, sized to its content (±2 px; WordPress caps frames at 1000 px),
 * clipped, is its credit line in view; and a click on the credit of a pasted
 * address opens the chart page. The table of results is printed and written
 * to node_modules/.cache/wordpress-e2e.md (WP_E2E_TABLE=<file> writes it there too). WP_E2E_SHOTS=<dir> saves a
 * screenshot of the reader's view at each chart. Never skips: without the packages it fails, naming them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { fileForUrl, parse } from '../helpers/dist.ts';
import { httpGet, requireWordPress, startWordPress, type WordPress } from '../helpers/wordpress.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { SITE } from '../../src/site.ts';
import { WP_MAX_HEIGHT } from '../../src/lib/embed-messages.ts';
import { chartPagePath, chartsIndexPath, embedPath, pngPath } from '../../src/lib/embed.ts';
import type { Locale } from '../../src/i18n/index.ts';

const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'));
const WIDTHS = [375, 1280] as const;
/**
 * The four charts of the WordPress review (../shared/reviews/wordpress-embeds.md), among them the tallest at phone
 * widths; every chart is checked with WordPress's wp-embed.js in tests/browser/embed-wordpress.test.ts.
 */
const IDS = ['placement-map', 'events-timeline', 'returned-share', 'deportation-scale'];
const CHARTS_HERE = CHARTS.filter((c) => IDS.includes(c.id));

type Method = 'url' | 'block' | 'html-responsive' | 'html-pym' | 'html-fixed' | 'html-image';
const LOCALES: readonly Locale[] = ['en', 'uk'];
const METHODS: Array<{ method: Method; role: 'administrator' | 'author'; user: string }> = [
  { method: 'url', role: 'administrator', user: 'admin' },
  { method: 'url', role: 'author', user: 'author1' },
  { method: 'block', role: 'administrator', user: 'admin' },
  { method: 'block', role: 'author', user: 'author1' },
  { method: 'html-responsive', role: 'administrator', user: 'admin' },
  { method: 'html-pym', role: 'administrator', user: 'admin' },
  { method: 'html-fixed', role: 'administrator', user: 'admin' },
  { method: 'html-image', role: 'administrator', user: 'admin' },
];
/** Every method and role in every language: a post each. */
const POSTS = LOCALES.flatMap((locale) => METHODS.map((m) => ({ ...m, locale })));
type Post = (typeof POSTS)[number];
const key = (p: Post) => `${p.method}|${p.role}|${p.locale}`;

let browser: Browser;
let site: StaticServer;
let wp: WordPress;
const postUrl = new Map<string, string>();
const rows: string[] = [];
const started = Date.now();
const timings: string[] = [];

/** A code exactly as the built chart page (in `locale`) offers it, for this test's chart site. */
function code(id: string, kind: string, locale: Locale): string {
  const path = chartPagePath(id, locale);
  const pre = parse(readFileSync(fileForUrl(path)!, 'utf8')).querySelector(`.embed-code[data-kind="${kind}"] pre[data-variant="latest"]`);
  if (!pre?.textContent) throw new Error(`${path} has no ${kind} code`);
  return pre.textContent.split(SITE.url).join(site.origin);
}

function content(method: Method, locale: Locale): string {
  return CHARTS_HERE.map((c) => {
    const url = site.origin + chartPagePath(c.id, locale);
    switch (method) {
      case 'url':
        return `<p>About ${c.id}:</p>\n\n${url}\n\n`;
      case 'block':
        return (
          `<!-- wp:paragraph -->\n<p>About ${c.id}:</p>\n<!-- /wp:paragraph -->\n` +
          `<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"taken-from-ukraine"} -->\n` +
          `<figure class="wp-block-embed is-type-rich is-provider-taken-from-ukraine wp-block-embed-taken-from-ukraine"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->\n`
        );
      default:
        return `<!-- wp:paragraph -->\n<p>About ${c.id}:</p>\n<!-- /wp:paragraph -->\n<!-- wp:html -->\n${code(c.id, method.slice(5), locale)}\n<!-- /wp:html -->\n`;
    }
  }).join('\n');
}

beforeAll(async () => {
  requireWordPress();
  if (CHARTS_HERE.length !== IDS.length) throw new Error(`charts missing from src/charts/index.ts: ${IDS.filter((id) => !CHARTS.some((c) => c.id === id)).join(', ')}`);
  let t = Date.now();
  site = await serveDist({ asSite: true });
  wp = await startWordPress(Number(new URL(site.origin).port));
  timings.push(`WordPress and MariaDB started and installed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  for (const p of POSTS) {
    const payload = Buffer.from(JSON.stringify({ title: `${p.method} as ${p.role} (${p.locale})`, content: content(p.method, p.locale) })).toString('base64');
    const id = wp
      .php(
        `$d = json_decode(base64_decode('${payload}'), true);
$id = wp_insert_post(['post_title' => $d['title'], 'post_content' => $d['content'], 'post_status' => 'publish', 'post_author' => get_current_user_id()], true);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
echo $id;`,
        p.user,
      )
      .trim();
    postUrl.set(key(p), `${wp.url}/?p=${id}`);
  }
  // The first view of a post makes WordPress discover and fetch the oEmbed documents; do it once before measuring.
  for (const url of postUrl.values()) {
    const r = await httpGet(url);
    if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
  }
  timings.push(`${POSTS.length} posts created and first rendered (oEmbed discovery) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await wp?.stop();
  await site?.close();
  timings.push(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const table = [
    '| method | role | width | language | embedded | resized | clipped | credit visible |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  mkdirSync('node_modules/.cache', { recursive: true });
  const out = `${table}\n\n${timings.join('\n')}\n`;
  writeFileSync('node_modules/.cache/wordpress-e2e.md', out);
  if (process.env.WP_E2E_TABLE) writeFileSync(process.env.WP_E2E_TABLE, out);
  console.log(`\nWordPress end-to-end (${CHARTS_HERE.length} charts per cell):\n${table}\n${timings.join('\n')}`);
});

interface Seen {
  id: string;
  embedded: boolean;
  resized: boolean | null;
  clipped: boolean;
  capped: boolean;
  creditVisible: boolean;
  titleVisible: boolean;
  detail: string;
}

/** Every chart in the post as the reader sees it. */
async function look(page: Page, method: Method, locale: Locale, width: number, shot: string): Promise<Seen[]> {
  const out: Seen[] = [];
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  for (const c of CHARTS_HERE) {
    if (method === 'html-image') {
      const img = page.locator(`a[href="${site.origin}${chartPagePath(c.id, locale)}"] img[src="${site.origin}${pngPath(c.id, locale)}"]`);
      const ok = (await img.count()) === 1;
      if (ok) await img.scrollIntoViewIfNeeded();
      // The image may still be on its way when it scrolls into view (WordPress marks it loading="lazy"): wait for it to
      // load or fail, up to 10 s, rather than judging it the moment it appears.
      const loaded =
        ok &&
        (await img.evaluate(
          (i: HTMLImageElement) =>
            new Promise<boolean>((done) => {
              const settled = () => i.complete && i.naturalWidth > 0;
              if (settled()) return done(true);
              i.addEventListener('load', () => done(settled()), { once: true });
              i.addEventListener('error', () => done(false), { once: true });
              setTimeout(() => done(settled()), 10_000);
            }),
        ));
      out.push({ id: c.id, embedded: loaded, resized: null, clipped: false, capped: false, creditVisible: loaded && pageOverflow <= 0, titleVisible: loaded, detail: 'image' });
      continue;
    }
    // The frame's address starts with the embed's (pym.js appends its query; WordPress its #?secret=).
    const sel = `iframe[src^="${site.origin}${embedPath(c.id, locale)}"]`;
    const el = page.locator(sel);
    if ((await el.count()) !== 1) {
      out.push({ id: c.id, embedded: false, resized: null, clipped: false, capped: false, creditVisible: false, titleVisible: false, detail: `${await el.count()} frames` });
      continue;
    }
    // WordPress hides its sandboxed frame (clip) until the frame reports; scroll to where it is.
    await el.evaluate((f) => f.scrollIntoView({ block: 'start', behavior: 'instant' }));
    const frame = await (await el.elementHandle())!.contentFrame();
    await frame!.waitForLoadState('load');
    await frame!.waitForSelector('[data-embed-credit]', { state: 'attached', timeout: 10_000 });
    const measure = async () => {
      const outer = await el.evaluate((f) => {
        const b = f.getBoundingClientRect();
        // The post's text column: where its paragraphs start.
        const text = document.querySelector('.wp-block-post-content > p, .entry-content > p')?.getBoundingClientRect();
        return {
          h: (f as HTMLIFrameElement).clientHeight,
          w: b.width,
          left: b.left,
          right: b.right,
          textLeft: text?.left ?? NaN,
          textRight: text?.right ?? NaN,
          hidden: (f.getAttribute('style') ?? '').includes('clip'),
        };
      });
      const inner = await frame!.evaluate(() => {
        const within = (s: string) => {
          const b = document.querySelector(s)?.getBoundingClientRect();
          return !!b && b.height > 0 && b.top >= -1 && b.bottom <= innerHeight + 1;
        };
        return { doc: document.documentElement.getBoundingClientRect().height, credit: within('[data-embed-credit]'), title: within('.chart-title') };
      });
      return { ...outer, ...inner };
    };
    let m = await measure();
    const fixed = method === 'html-fixed';
    const wpFrame = method === 'url' || method === 'block';
    const want = () => (wpFrame ? Math.min(WP_MAX_HEIGHT, m.doc) : m.doc);
    const end = Date.now() + 8000;
    while (!fixed && Date.now() < end && (m.hidden || Math.abs(m.h - want()) > 2)) {
      await new Promise((r) => setTimeout(r, 100));
      m = await measure();
    }
    // Inside the page and no wider than Twenty Twenty-Three's 650 px content column.
    const fitsPage = m.right <= width + 0.5 && m.w <= 650.5 && m.left >= m.textLeft - 1 && m.right <= m.textRight + 1;
    if (process.env.WP_E2E_SHOTS) await page.screenshot({ path: `${process.env.WP_E2E_SHOTS}/${shot}-${c.id}.png` });
    out.push({
      id: c.id,
      embedded: !m.hidden && m.h > 100,
      resized: fixed ? null : Math.abs(m.h - want()) <= 2,
      clipped: m.doc > m.h + 2,
      capped: wpFrame && m.doc > WP_MAX_HEIGHT,
      creditVisible: m.credit && fitsPage,
      titleVisible: m.title,
      detail: `frame ${Math.round(m.w)}×${m.h}, content ${Math.round(m.doc)}${fitsPage ? '' : `, not in the text column (${Math.round(m.left)}–${Math.round(m.right)}, text ${Math.round(m.textLeft)}–${Math.round(m.textRight)})`}`,
    });
  }
  return out;
}

const count = (s: Seen[], f: (x: Seen) => boolean | null) => `${s.filter((x) => f(x)).length}/${s.length}`;

describe('charts in a real WordPress 6.1 (Debian), Twenty Twenty-Three', () => {
  for (const p of POSTS) {
    it(`${p.locale}: ${p.method} as ${p.role} at ${WIDTHS.join(' and ')} px`, async () => {
      for (const width of WIDTHS) {
        const ctx = await browser.newContext({ viewport: { width, height: 900 } });
        try {
          // The pym.js code loads pym from its CDN; this machine has no internet, so pym's own file answers.
          await ctx.route('https://pym.nprapps.org/**', (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: PYM }));
          const page = await ctx.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(postUrl.get(key(p))!, { waitUntil: 'load' });
          if (process.env.WP_E2E_SHOTS) mkdirSync(process.env.WP_E2E_SHOTS, { recursive: true });
          const seen = await look(page, p.method, p.locale, width, `${p.locale}-${p.method}-${p.role}-${width}`);
          const clippedNote = seen.filter((s) => s.clipped).map((s) => s.id);
          rows.push(
            `| ${p.method} | ${p.role} | ${width} | ${p.locale} | ${count(seen, (s) => s.embedded)} | ${p.method === 'html-fixed' ? 'n/a (fixed height)' : p.method === 'html-image' ? 'n/a (image)' : count(seen, (s) => s.resized)} | ` +
              `${count(seen, (s) => s.clipped)}${clippedNote.length ? ` (${clippedNote.join(', ')})` : ''} | ${count(seen, (s) => s.creditVisible)} |`,
          );
          const where = (s: Seen) => `${p.locale}: ${p.method} as ${p.role} at ${width}: ${s.id} (${s.detail})`;
          for (const s of seen) {
            expect(s.embedded, `${where(s)}: not embedded`).toBe(true);
            expect(s.creditVisible, `${where(s)}: the credit line is out of view`).toBe(true);
            if (s.resized !== null) expect(s.resized, `${where(s)}: not sized to its content`).toBe(true);
            if (s.capped) expect(s.titleVisible, `${where(s)}: clipped at WordPress's cap and the title is out of view`).toBe(true);
            else if (p.method !== 'html-fixed' || width > 600) expect(s.clipped, `${where(s)}: clipped`).toBe(false);
          }
          // A pasted address: the credit's link opens the chart page, out of WordPress's sandbox (seen as the top
          // window's navigation request, then stopped).
          if (p.method === 'url' || p.method === 'block') {
            const first = CHARTS_HERE[0]!.id;
            const opened: string[] = [];
            const chartPage = site.origin + chartPagePath(first, p.locale);
            await page.route(`${site.origin}${chartsIndexPath(p.locale)}**`, (r) => {
              if (r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()) opened.push(r.request().url());
              return r.abort('aborted');
            });
            const el = page.locator(`iframe[src^="${site.origin}${embedPath(first, p.locale)}"]`);
            await el.evaluate((f) => f.scrollIntoView({ block: 'center', behavior: 'instant' }));
            const frame = await (await el.elementHandle())!.contentFrame();
            // wp-embed.js follows a link only from the focused frame (document.activeElement); a press held as long as a
            // reader's lets the frame's focus reach the host page before the link message does (a busy machine lost that race).
            // Focus first, as a reader's press does, and wait until the host page sees the iframe focused (see embed-wordpress).
            await frame!.locator('[data-embed-credit] a').first().focus();
            await el.evaluate((f) => new Promise<void>((done) => {
              const t = Date.now();
              const check = () => (document.activeElement === f || Date.now() - t > 5000 ? done() : setTimeout(check, 50));
              check();
            }));
            await frame!.locator('[data-embed-credit] a').first().click({ delay: 120 });
            const end = Date.now() + 15_000;
            while (!opened.length && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
            const focus = await page.evaluate(() => document.activeElement?.tagName);
            expect(opened, `${p.locale}: ${p.method} as ${p.role} at ${width}: the credit's link did not open the chart page (focus on ${focus})`).toEqual([chartPage]);
          }
          expect(errors, `page errors:\n${errors.join('\n')}`).toEqual([]);
        } finally {
          await ctx.close();
        }
      }
    });
  }
});
