/**
 * Finds a Chromium for the browser tests: CHROME_PATH, then Debian's
 * /usr/bin/chromium, then Playwright's own download. With none, it fails
 * loudly with instructions; browser tests never skip silently.
 *
 * A built page imports its module scripts and makes its web fonts live after its first paint (src/lib/late-modules.ts,
 * src/lib/late-fonts.ts), so the `load` event no longer means they have run or loaded. Pages opened through
 * launchChromium's browser wait, after goto/reload/goBack/goForward with the default `load` (or `networkidle`), until
 * the loaders mark <html data-modules-ready> and <html data-fonts-ready>, and src/scripts/chart-enhance.ts, which
 * enhances one chart per task, <html data-charts-ready>: the page as a reader has it once it has
 * settled. A test that wants the page earlier asks for `domcontentloaded` or `commit`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; fall through to the message.
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one: on Debian/Ubuntu `sudo apt-get install -y chromium`, ' +
      'or `npx playwright install chromium`, or set CHROME_PATH to a Chromium/Chrome binary.',
  );
}

/**
 * True once the page's deferred modules have all run, its web fonts have loaded and its charts are enhanced (those
 * last two are the work of module scripts: src/scripts/web-fonts.ts, src/scripts/chart-enhance.ts), or when it has
 * no module loader (none, or stripped: then nothing of this runs).
 */
const MODULES_SETTLED = () => {
  const r = document.documentElement;
  if (!document.querySelector('script[data-modules]')) return true;
  return (
    r.hasAttribute('data-modules-ready') &&
    (!document.querySelector('style[data-fonts]') || r.hasAttribute('data-fonts-ready')) &&
    (!document.querySelector('.chart-body[data-enhance]') || r.hasAttribute('data-charts-ready'))
  );
};

const NAVIGATIONS = ['goto', 'reload', 'goBack', 'goForward'] as const;

function settling(page: Page): Page {
  for (const name of NAVIGATIONS) {
    const navigate = page[name].bind(page) as (...a: unknown[]) => Promise<unknown>;
    Object.assign(page, {
      [name]: async (...args: unknown[]) => {
        const response = await navigate(...args);
        const opts = args.find((a): a is { waitUntil?: string } => typeof a === 'object' && a !== null);
        const until = opts?.waitUntil ?? 'load';
        if (until === 'load' || until === 'networkidle') {
          await page.waitForFunction(MODULES_SETTLED, undefined, { timeout: 15_000 }).catch((e: unknown) => {
            throw new Error(`${page.url()}: its module scripts had not all run, its web fonts not loaded or its charts not enhanced 15 s after ${name} (no data-modules-ready, data-fonts-ready or data-charts-ready): ${String(e)}`);
          });
        }
        return response;
      },
    });
  }
  return page;
}

function settlingContext(context: BrowserContext, js: boolean): BrowserContext {
  if (!js) return context; // nothing runs, nothing to wait for
  const newPage = context.newPage.bind(context);
  context.newPage = async () => settling(await newPage());
  return context;
}

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => settlingContext(await newContext(options), options?.javaScriptEnabled !== false);
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => (options?.javaScriptEnabled === false ? newPage(options) : settling(await newPage(options)));
  return browser;
}
