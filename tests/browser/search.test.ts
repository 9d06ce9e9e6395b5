/**
 * Site search on /search/ in headless Chromium against the built site (Pagefind's index is written by the build):
 * typing "filtration" lists the filtration chapter; a ?q= address runs its search on load; the timeline and the
 * sources are searchable too; nothing is requested from another host; and without JavaScript the page says search
 * needs it and links the chapters.
 */
import { describe, expect, it } from 'vitest';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

/** A phone-sized context that records console errors and refuses (and records) any request to another host. */
const guarded = (js = true) => guardedContext(site, { javaScriptEnabled: js, viewport: { width: 390, height: 800 } });

const resultHrefs = (page: import('playwright-core').Page) =>
  page.$$eval('[data-search-results] li > a.result-title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Runs `check` on a page of a guarded context, then asserts nothing was requested from another host and nothing was logged as an error. */
async function onGuardedPage(check: (page: import('playwright-core').Page) => Promise<void>): Promise<void> {
  const { context, errors, external } = await guarded();
  try {
    await check(await context.newPage());
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Opens the search page at `path` with ?q=`q` and returns its status once the status matches `answered`. */
async function statusFor(page: import('playwright-core').Page, path: string, q: string, answered: RegExp): Promise<string> {
  await page.goto(`${site.server.origin}${path}?q=${encodeURIComponent(q)}`, { waitUntil: 'load' });
  await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-search-status]')?.textContent ?? ''), answered.source, { timeout: 15_000 });
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

describe('site search', () => {
  it('typing "filtration" lists the filtration chapter, from this site only', async () => {
    const { context, errors, external } = await guarded();
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + '/search/', { waitUntil: 'load' });
      expect(await page.locator('[data-search-fallback]').isVisible(), 'the no-JavaScript notice hides once the script runs').toBe(false);
      expect(await page.locator('script[src*="pagefind"]').count(), 'pagefind.js is loaded on demand, not in the HTML').toBe(0);
      await page.getByLabel('Search the chapters, the timeline and the sources').pressSequentially('filtration', { delay: 20 });
      await page.waitForSelector('[data-search-results] li a[href="/chapters/filtration/"]', { timeout: 15_000 });
      const hrefs = await resultHrefs(page);
      expect(hrefs, 'results list').toContain('/chapters/filtration/');
      // The status speaks after a pause in typing (a live region hears one count per pause), so it can lag the list.
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/match(es)? “filtration”/);
      // Matches are marked in the excerpts.
      expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
      expect(external, 'requests to other hosts').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a ?q= address searches on load, and the timeline and sources are indexed', async () => {
    const { context, errors, external } = await guarded();
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + '/search/?q=Qatar', { waitUntil: 'load' });
      expect(await page.getByLabel('Search the chapters, the timeline and the sources').inputValue()).toBe('Qatar');
      await page.waitForSelector('[data-search-results] li', { timeout: 15_000 });
      const hrefs = await resultHrefs(page);
      expect(hrefs, 'Qatar appears in the negotiations chapter').toContain('/chapters/negotiations/');
      expect(hrefs, 'and in the timeline').toContain('/timeline/');
      expect(hrefs, 'and in the sources').toContain('/sources/');
      // Pages without data-pagefind-body (site furniture, chart pages, embeds) are not in the index.
      expect(hrefs.filter((h) => !/^\/(chapters\/[a-z-]+|timeline|sources|glossary|methodology|teach|data)\/$/.test(h))).toEqual([]);
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a misspelt query finds nothing, says so and suggests a close term; the glossary and methodology are searchable', () =>
    onGuardedPage(async (page) => {
      expect(await statusFor(page, '/search/', 'adopshun', /Did you mean/)).toMatch(/^No results for “adopshun”\. Did you mean adoption\?$/);
      expect(await page.locator('[data-search-results] li').count(), 'no result matched on single letters').toBe(0);
      await page.locator('[data-search-status] a').click();
      await page.waitForSelector('[data-search-results] li a[href="/chapters/adoption-pipeline/"]', { timeout: 15_000 });
      expect(new URL(page.url()).searchParams.get('q')).toBe('adoption');
      await page.goto(site.server.origin + '/search/?q=guardianship', { waitUntil: 'load' });
      await page.waitForSelector('[data-search-results] li', { timeout: 15_000 });
      expect(await resultHrefs(page)).toContain('/glossary/');
      await page.goto(site.server.origin + '/search/?q=methodology', { waitUntil: 'load' });
      await page.waitForSelector('[data-search-results] li', { timeout: 15_000 });
      expect(await resultHrefs(page)).toContain('/methodology/');
    }));

  // A word matched only on its first letters: the results are for the site's closest word, and the status says so
  // (it used to say "10 pages match “deportaton”").
  it('a near miss ("deportaton") is searched as the closest word the site uses, and the status says so', () =>
    onGuardedPage(async (page) => {
      expect(await statusFor(page, '/search/', 'deportaton', /deportaton/)).toMatch(/^Showing results for “deportation” instead of “deportaton”\. \d+ pages match “deportation”/);
      expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('q'), 'the address keeps what was typed').toBe('deportaton');
    }));

  it('Ukrainian: a misspelt word finds nothing and gets a suggestion from the Ukrainian pages’ words', () =>
    onGuardedPage(async (page) => {
      expect(await statusFor(page, '/uk/search/', 'депортацыя', /Можливо/)).toBe('За запитом «депортацыя» нічого не знайдено. Можливо, ви мали на увазі депортація?');
      await page.locator('[data-search-status] a').click();
      await page.waitForSelector('[data-search-results] li', { timeout: 15_000 });
      expect(new URL(page.url()).searchParams.get('q')).toBe('депортація');
    }));

  it('a query with no match says so', async () => {
    const { context } = await guarded();
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + '/search/?q=zzqxjv', { waitUntil: 'load' });
      await page.waitForFunction(() => /No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
      expect(await page.locator('[data-search-results]').isHidden()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("Ukrainian: a word typed with the keyboard's apostrophe (сім'ї) finds what the site prints as сім’ї", async () => {
    const { context, errors, external } = await guarded();
    const page = await context.newPage();
    try {
      const found: Record<string, string[]> = {};
      for (const typed of ['сім’ї', "сім'ї", 'сімʼї']) {
        await page.goto(site.server.origin + '/uk/search/', { waitUntil: 'load' });
        await page.getByLabel('Шукати в розділах, хронології і джерелах').pressSequentially(typed, { delay: 20 });
        // The status is set last, after a pause in typing, and names the words searched for: wait for it, not for
        // the first result list, which may be for the letters typed so far (under load a key can lag past the debounce).
        await page
          .waitForFunction(() => /«сім’ї»/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 })
          .catch(async () => {
            throw new Error(`typed ${typed}: the status never named «сім’ї»; it says: ${await page.locator('[data-search-status]').textContent()}`);
          });
        found[typed] = (await resultHrefs(page)).sort();
      }
      expect(found['сім’ї']!.length, 'pages with сім’ї').toBeGreaterThan(0);
      expect(found["сім'ї"], "typed with '").toEqual(found['сім’ї']);
      expect(found['сімʼї'], 'typed with ʼ').toEqual(found['сім’ї']);
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript: says search needs it, and links every chapter', async () => {
    const { context } = await guarded(false);
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + '/search/', { waitUntil: 'load' });
      const fallback = page.locator('[data-search-fallback]');
      expect(await fallback.isVisible()).toBe(true);
      expect(await fallback.textContent()).toContain('Search needs JavaScript');
      const links = await fallback.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const id of ['icc-warrants', 'filtration', 'adoption-pipeline', 'negotiations']) expect(links).toContain(`/chapters/${id}/`);
    } finally {
      await context.close();
    }
  });

  it('the header links to the search page from every page', async () => {
    const { context } = await guarded(false);
    const page = await context.newPage();
    try {
      for (const path of ['/', '/chapters/filtration/', '/timeline/']) {
        await page.goto(site.server.origin + path);
        expect(await page.locator('.site-header a[href="/search/"]').count(), path).toBe(1);
        expect(await page.locator('.site-header a[href="/search/"]').getAttribute('aria-current'), path).toBeNull();
      }
    } finally {
      await context.close();
    }
  });
});
