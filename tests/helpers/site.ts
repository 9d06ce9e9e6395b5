/**
 * Shared setup for browser tests: serve the built site on 127.0.0.1 and launch
 * Chromium once per test file, and open contexts that record console errors
 * and refuse (and record) every request to another host.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveDist, type StaticServer } from './server.ts';

export interface BuiltSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** Registers beforeAll/afterAll hooks; read `site.browser` and `site.server` inside tests. */
export function useBuiltSite(): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not running: use site.browser inside a test');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the server is not running: use site.server inside a test');
      return server;
    },
  };
}

export interface GuardedContext {
  context: BrowserContext;
  /** Console errors and uncaught exceptions from every page of the context. */
  errors: string[];
  /** Requests to any host but the site's own (each was refused). */
  external: string[];
}

export async function guardedContext(
  site: BuiltSite,
  options: BrowserContextOptions = {},
  /** Console messages that are expected (e.g. a deliberate 404), kept out of `errors`. */
  expected: (text: string) => boolean = () => false,
): Promise<GuardedContext> {
  const context = await site.browser.newContext(options);
  const errors: string[] = [];
  const external: string[] = [];
  const origin = site.server.origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      external.push(url);
      return route.abort();
    }
    return route.continue();
  });
  context.on('page', (p) => {
    p.on('console', (m) => {
      if (m.type() === 'error' && !expected(m.text())) errors.push(m.text());
    });
    p.on('pageerror', (e) => errors.push(e.message));
  });
  return { context, errors, external };
}
