/**
 * What a screen-reader user hears (issue 17), on the built site in headless Chromium under its shipped CSP:
 * transcripts from a virtual screen reader (tests/helpers/screen-reader.ts) and Chromium's own accessibility tree
 * (names and roles through the DevTools protocol), plus the keyboard path through the charts, the copy buttons'
 * announcements and search's announcements while typing. axe stays at zero in both themes on the pages whose
 * scripts change the tree.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guardedContext, useBuiltSite } from '../helpers/site.ts';
import { transcript } from '../helpers/screen-reader.ts';
import { axeViolations } from '../helpers/axe.ts';
import { latestDataset } from '../../src/data/load.ts';
import { localizeDataset } from '../../src/data/translations.ts';
import { methodLabel, producerLabel } from '../../src/i18n/provenance.ts';
import { t, type Locale } from '../../src/i18n/index.ts';
import { CHART_DICTIONARIES, ct } from '../../src/i18n/charts.ts';
import { CHARTS } from '../../src/charts/index.ts';

const site = useBuiltSite();

async function open(path: string, width = 1280): Promise<{ page: Page; done: () => Promise<void>; errors: string[] }> {
  const { context, errors } = await guardedContext(site, { viewport: { width, height: 900 }, colorScheme: 'light' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  const page = await context.newPage();
  await page.goto(site.server.origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('.chart-body[data-enhance]:not([role="group"])').length === 0);
  // Lazy drawings arrive once the page is idle (src/scripts/chart-lazy.ts): walking a figure before its drawing is in
  // place hears no marks, or marks changing under the walk (a CI run under load: /uk/chapters/icc-warrants/'s timeline).
  await page.waitForFunction(() => document.querySelectorAll('.chart-body[data-lazy="pending"]').length === 0, null, { timeout: 15_000 });
  return { page, errors, done: () => context.close() };
}

/** Names and roles of every node in Chromium's accessibility tree. */
async function axNodes(page: Page): Promise<Array<{ role: string; name: string }>> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }> };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const dupes = (xs: string[]) => [...new Set(xs.filter((x, i) => xs.indexOf(x) !== i))];

/** Phrases spoken for each chart on a page: heading, drawing, table. */
async function chartTitles(page: Page): Promise<string[]> {
  // Charts drawn by Chart.astro (a scrolling sequence's figure is tested with the sequence).
  return page.$$eval('figure.chart[data-chart] .chart-title', (els) => els.map((e) => e.textContent!.trim()));
}

/**
 * The pages walked whole, each once: `charts`, it draws charts with Chart.astro; `facts`, it has inline numbers
 * (a.fact-num) whose spoken names must carry their provenance.
 */
interface Walk {
  path: string;
  locale: Locale;
  charts: boolean;
  facts: boolean;
}
const CHAPTERS = ['icc-warrants', 'filtration', 'adoption-pipeline', 'negotiations'];
/** Every chapter, chart page and embed, the landing page and /data/, in both languages. */
const WALKS: Walk[] = (['en', 'uk'] as const).flatMap((locale) => {
  const at = (path: string) => (locale === 'en' ? path : `/uk${path}`);
  return [
    { path: at('/'), locale, charts: true, facts: true },
    ...CHAPTERS.map((c) => ({ path: at(`/chapters/${c}/`), locale, charts: true, facts: true })),
    ...CHARTS.flatMap((c) => [
      { path: at(`/charts/${c.id}/`), locale, charts: true, facts: false },
      { path: at(`/embed/${c.id}/`), locale, charts: true, facts: false },
    ]),
    { path: at('/data/'), locale, charts: false, facts: false },
  ];
});

/** A template from the dictionary as a pattern: its {placeholders} match anything, the rest literally. */
const templateRe = (template: string, fill = '.+?') => template.split(/\{\w+\}/).map(escapeRe).join(fill);

/** What a mark's spoken name starts with, in the page's language: "image, [Taken from, ]3 of 21[ (first)]: " or "image, Note: ". */
function markPattern(locale: Locale): RegExp {
  const forms = (['chartKeys.first', 'chartKeys.last', 'chartKeys.position'] as const).map((k) => templateRe(t(k, {}, locale), '\\d+'));
  return new RegExp(`^image, ([^:]+?, )?(${forms.join('|')}): |^image, ${templateRe(t('chartKeys.note', {}, locale)).replace(/\.\+\?$/, '')}`);
}

/** Link names that say nothing of their chart (SVG, the chart page, "12 others"), in the page's language. */
function bareLinkName(locale: Locale): RegExp {
  const others = Object.values(CHART_DICTIONARIES[locale]!['embed.credit.othersCount'] as Record<string, string>).map((f) => templateRe(f, '\\d+'));
  return new RegExp(`^(SVG|PNG|CSV|${escapeRe(ct('chrome.page', {}, locale))}|${others.join('|')})$`);
}

/** The transcript without the "Cite this" region, whose formats quote each title in their sentences. */
function outsideCitations(spoken: string[], locale: Locale): string[] {
  const name = t('citeThis.heading', {}, locale);
  const start = spoken.indexOf(`region, ${name}`);
  if (start < 0) return spoken;
  const end = spoken.indexOf(`end of region, ${name}`, start);
  expect(end, `the "${name}" region ends`).toBeGreaterThan(start);
  return [...spoken.slice(0, start), ...spoken.slice(end + 1)];
}

describe('virtual screen reader: whole pages', () => {
  for (const { path, locale, charts, facts } of WALKS) {
    const checks = [charts && 'each chart is a heading, its title spoken once, its data table named for it with row headers', facts && 'every inline number spoken with its method, producer and source', 'no two controls share a name'].filter(Boolean);
    it(`${path}: ${checks.join('; ')}`, async () => {
      const { page, done, errors } = await open(path);
      try {
        const spoken = await transcript(page);
        if (charts) {
          const titles = await chartTitles(page);
          expect(titles.length).toBeGreaterThan(0);
          for (const title of titles) {
            const headings = spoken.filter((p) => new RegExp(`^heading, ${escapeRe(title)}, level [1-3]$`).test(p));
            expect(headings, `${path}: "${title}" as a heading`).toHaveLength(1);
            // The title is not said again as the figure's name or as a paragraph of its own. The
            // "Cite this" formats quote it inside their sentences, in italics, which the virtual
            // reader speaks as a piece of its own: those are part of a citation, not a repeat.
            expect(outsideCitations(spoken, locale).filter((p) => p === title || p === `figure, ${title}`), `${path}: "${title}" repeated`).toEqual([]);
            // (The virtual reader says a summary's name and then its text, so twice; Chromium's one name is checked below.)
            expect(spoken, `${path}: the data table's control for "${title}"`).toContain(ct('chrome.dataTableFor', { title }, locale));
          }
          expect(spoken.filter((p) => p === ct('chrome.dataTable', {}, locale)), `${path}: a data table control not named for its chart`).toEqual([]);
        }
        if (charts || path === '/data/') expect(spoken.some((p) => p.startsWith('rowheader, ')), `${path}: data tables have row headers`).toBe(true);
        if (facts) await expectFactsSpoken(page, spoken, path, locale);
        // In Chromium's own tree: every disclosure and button has a name of its own.
        const ax = await axNodes(page);
        const named = (role: string) => ax.filter((n) => n.role === role).map((n) => n.name);
        expect(dupes(named('DisclosureTriangle')), `${path}: disclosures sharing a name`).toEqual([]);
        if (charts) for (const title of await chartTitles(page)) expect(named('DisclosureTriangle'), path).toContain(ct('chrome.dataTableFor', { title }, locale));
        expect(dupes(named('button')), `${path}: buttons sharing a name`).toEqual([]);
        const sectionLink = templateRe(t('section.linkTo', {}, locale)).replace(/\.\+\?$/, '');
        const linkNames = named('link').filter((n) => new RegExp(`^(${sectionLink}|${escapeRe(ct('chrome.page', {}, locale))}|SVG|PNG|CSV)\\b`).test(n));
        expect(dupes(linkNames), `${path}: section and chart links sharing a name`).toEqual([]);
        expect(named('link').filter((n) => bareLinkName(locale).test(n)), `${path}: links named without their chart`).toEqual([]);
        // Download links (dataset.json, figures.csv …) say which release they are.
        expect(dupes(named('link').filter((n) => /\.(json|csv|zip)\b/.test(n))), `${path}: download links sharing a name`).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await done();
      }
    });
  }
});

/**
 * Each inline number on the page (a.fact-num), in reading order, is the next link spoken with its text and then its
 * provenance in words: method, producer, and the publisher its link leads to; never a bare number; its description
 * (who said it, as of when) not read again as text in the flow.
 */
async function expectFactsSpoken(page: Page, spoken: string[], path: string, locale: Locale): Promise<void> {
  const ds = localizeDataset(latestDataset(), locale);
  const facts = await page.$$eval('main a.fact-num[data-fact]', (as) => as.map((a) => ({ id: a.getAttribute('data-fact')!, text: a.textContent!.trim() })));
  expect(facts.length, `${path}: inline numbers`).toBeGreaterThan(2);
  const links = spoken.filter((p) => p.startsWith('link, '));
  let at = 0;
  for (const f of facts) {
    const fig = ds.figures.find((x) => x.id === f.id)!;
    const publisher = ds.sources.find((x) => x.id === fig.sources[0])!.publisher;
    // Two numbers can share a value: each is the next one spoken from where the last was found.
    const i = links.findIndex((p, j) => j >= at && p.startsWith(`link, ${f.text} (`));
    const phrase = i >= 0 ? links[i] : undefined;
    expect(phrase, `${path}: "${f.text}" (${f.id}) is spoken with its provenance`).toBeTruthy();
    at = i + 1;
    expect(phrase!.toLowerCase(), `${path}: ${f.id}: method`).toContain(methodLabel(fig.method, locale).toLowerCase());
    expect(phrase!.toLowerCase(), `${path}: ${f.id}: producer`).toContain(producerLabel(fig.producer, locale).toLowerCase());
    expect(phrase, `${path}: ${f.id}: where it leads`).toContain(publisher);
  }
  // A bare number as a whole link name is what the review heard ("link, 339"): never again.
  expect(links.filter((p) => /^link, [\d\s,.\u00a0\u202f]+$/.test(p)), `${path}: numbers spoken bare`).toEqual([]);
  const details = await page.$$eval('main .fact-tip', (els) => els.map((e) => e.textContent!.trim()));
  for (const d of details) expect(spoken.filter((p) => p === d), `${path}: "${d}" spoken as text`).toEqual([]);
}

describe('virtual screen reader: inside the drawings', () => {
  for (const { path, locale } of WALKS.filter((w) => w.charts)) {
    it(`${path}: inside a drawing only the marks' names are spoken, each once, with its position`, async () => {
      const { page, done } = await open(path);
      try {
        const mark = markPattern(locale);
        const bodies = await page.$$eval('figure.chart[data-chart] .chart-body[role="group"]', (els) => els.map((_, i) => i));
        for (const i of bodies) {
          await page.evaluate((n) => document.querySelectorAll('figure.chart[data-chart] .chart-body[role="group"]')[n]!.setAttribute('data-walk', ''), i);
          const spoken = await transcript(page, { within: '[data-walk]' });
          await page.evaluate(() => document.querySelector('[data-walk]')!.removeAttribute('data-walk'));
          const inside = spoken.filter((p) => !/^(end of )?(group|graphics-document)\b/.test(p));
          // Only marks: "image, <position>: <tip>" and their "end of image" (text inside a mark is never read).
          const stray = inside.filter((p) => !/^(end of )?image, /.test(p));
          expect(stray, `${path} chart ${i}: text spoken besides the marks`).toEqual([]);
          const images = inside.filter((p) => p.startsWith('image, '));
          expect(images.length, `${path} chart ${i}: marks`).toBeGreaterThan(0);
          expect(dupes(images), `${path} chart ${i}: a mark spoken twice`).toEqual([]);
          for (const p of images) expect(p, `${path} chart ${i}`).toMatch(mark);
        }
      } finally {
        await done();
      }
    });
  }

  for (const locale of ['en', 'uk'] as const) {
    const path = `${locale === 'en' ? '' : '/uk'}/charts/placement-map/`;
    const [origin, dest] = [ct('map.set.origin', {}, locale), ct('map.set.destination', {}, locale)];
    it(`${path}: the map reads origins first, then destinations, with counts`, async () => {
    const { page, done } = await open(path);
    try {
      const spoken = await transcript(page, { within: '.chart-body' });
      const marks = spoken.filter((p) => p.startsWith('image, '));
      const sets = marks.map((p) => new RegExp(`^image, (${escapeRe(origin)}|${escapeRe(dest)}), ${positionPattern(locale)}`).exec(p));
      expect(sets.every(Boolean), marks.join('\n')).toBe(true);
      const firstDest = sets.findIndex((m) => m![1] === dest);
      expect(firstDest).toBeGreaterThan(0);
      expect(sets.slice(firstDest).every((m) => m![1] === dest)).toBe(true);
      sets.forEach((m, i) => expect(Number(m![2]), marks[i]).toBe(i < firstDest ? i + 1 : i - firstDest + 1));
      expect(Number(sets[0]![3])).toBe(firstDest);
      expect(Number(sets.at(-1)![3])).toBe(marks.length - firstDest);
      // No stray text from the inset ("All of Russia", region names) after the marks.
      expect(spoken.filter((p) => !/^(end of )?(image|group|graphics-document)\b/.test(p))).toEqual([]);
    } finally {
      await done();
    }
  });
  }
});

/** "3 of 21" in the locale's words (chartKeys.*), with the two numbers captured. */
function positionPattern(locale: Locale, key: 'chartKeys.position' | 'chartKeys.first' | 'chartKeys.last' = 'chartKeys.position'): string {
  return escapeRe(t(key, { i: '\u0001', n: '\u0002' }, locale)).replace('\u0001', '(\\d+)').replace('\u0002', '(\\d+)');
}

/** The focused element's name, and what live regions said since the last call. */
async function focusState(page: Page): Promise<{ name: string; tag: string }> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return { name: a?.getAttribute('aria-label') ?? a?.textContent ?? '', tag: `${a?.tagName.toLowerCase()}.${[...(a?.classList ?? [])].join('.')}` };
  });
}

async function watchLive(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __said: string[] };
    w.__said = [];
    new MutationObserver(() => {
      // A scrolling sequence's own live region (its states, checked by the sequence test) is left out: a chapter may open with one, and
      // moving focus to a chart below it scrolls past its steps.
      for (const el of document.querySelectorAll('[role="status"]:not([data-scrolly-live]), [aria-live]:not([data-scrolly-live])')) {
        const t = el.textContent?.trim();
        if (t && el.getAttribute('data-said') !== t) {
          w.__said.push(t);
          el.setAttribute('data-said', t);
        } else if (!t) el.removeAttribute('data-said');
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
/**
 * What the live regions said since the last call: waits until something has been said and nothing more for 300 ms,
 * or 3 s in silence (then []). A fixed 150 ms wait lost the message on a loaded machine (the Ukrainian
 * "Кінець графіка." arrived later), and a case that expects silence should listen longer than that anyway.
 */
const said = async (page: Page) => {
  const read = () => page.evaluate(() => (window as unknown as { __said: string[] }).__said.length);
  const end = Date.now() + 3000;
  let n = await read();
  let quietSince = Date.now();
  while (Date.now() < end) {
    await page.waitForTimeout(100);
    const m = await read();
    if (m !== n) {
      n = m;
      quietSince = Date.now();
    } else if (n > 0 && Date.now() - quietSince >= 300) break;
  }
  return page.evaluate(() => (window as unknown as { __said: string[] }).__said.splice(0));
};

/** Tabs from the top of the page until focus is on a chart mark. */
async function tabIntoChart(page: Page): Promise<void> {
  await page.locator('body').focus();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('chart-mark'))) return;
  }
  throw new Error('Tab never reached a chart mark');
}

describe('keyboard path through the data', () => {
  for (const path of ['/embed/returns-over-time/', '/charts/returns-over-time/']) {
    it(`${path}: the line chart starts on the first point, says positions, Home and End go to the ends, Escape leaves`, async () => {
      const { page, done } = await open(path);
      try {
        await watchLive(page);
        await tabIntoChart(page);
        const first = await focusState(page);
        const n = /^1 of (\d+) \(first\): Returned/.exec(first.name);
        expect(n, first.name).not.toBeNull();
        const total = Number(n![1]);
        await page.keyboard.press('ArrowRight');
        expect((await focusState(page)).name).toMatch(/^2 of \d+: Returned/);
        await page.keyboard.press('End');
        expect((await focusState(page)).name).toMatch(new RegExp(`^${total} of ${total} \\(last\\): Returned`));
        // After the last point, the arrows reach the annotation, then say the end.
        await page.keyboard.press('ArrowRight');
        expect((await focusState(page)).name).toMatch(/^Note: From 2024/);
        await said(page);
        await page.keyboard.press('ArrowRight');
        expect((await focusState(page)).name).toMatch(/^Note: /);
        expect(await said(page)).toEqual(['End of the chart.']);
        await page.keyboard.press('Home');
        expect((await focusState(page)).name).toMatch(/^1 of \d+ \(first\)/);
        await page.keyboard.press('ArrowLeft');
        expect(await said(page)).toEqual(['Already at the first point.']);
        await page.keyboard.press('Escape');
        const out = await focusState(page);
        expect(out.tag).toContain('chart-body');
        expect(await page.locator('.chart-tip').first().isHidden()).toBe(true);
        // Tab goes on past the chart, not back into it.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.classList.contains('chart-mark'))).toBe(false);
      } finally {
        await done();
      }
    });
  }

  it('/uk/chapters/negotiations/: the same path in Ukrainian: hint, positions, the note and the ends in Ukrainian words', async () => {
    const { page, done } = await open('/uk/chapters/negotiations/');
    try {
      await watchLive(page);
      await tabIntoChart(page);
      // The group's description, said as focus enters it.
      const hint = await page.evaluate(() => {
        const group = document.activeElement!.closest('.chart-body')!;
        return document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
      });
      expect(hint).toMatch(/^Стрілками можна переходити між точками/);
      const first = await focusState(page);
      const n = /^1 із (\d+) \(перша\): \S/.exec(first.name);
      expect(n, first.name).not.toBeNull();
      const total = Number(n![1]);
      await page.keyboard.press('ArrowRight');
      expect((await focusState(page)).name).toMatch(/^2 із \d+: \S/);
      await page.keyboard.press('End');
      expect((await focusState(page)).name).toMatch(new RegExp(`^${total} із ${total} \\(остання\\): \\S`));
      await page.keyboard.press('ArrowRight');
      expect((await focusState(page)).name).toMatch(/^Примітка: \S/);
      await said(page);
      await page.keyboard.press('ArrowRight');
      expect(await said(page)).toEqual(['Кінець графіка.']);
      await page.keyboard.press('Home');
      expect((await focusState(page)).name).toMatch(/^1 із \d+ \(перша\)/);
      await page.keyboard.press('ArrowLeft');
      expect(await said(page)).toEqual(['Це вже перша точка.']);
      // No English left in any mark's name or the hints on the page.
      const english = await page.$$eval('.chart-mark[aria-label], [id^="chart-hint-"]', (els) =>
        els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? '').filter((x) => /\b(of \d|first|last|Note:|Arrow keys)\b/.test(x)));
      expect(english).toEqual([]);
      await page.keyboard.press('Escape');
      expect((await focusState(page)).tag).toContain('chart-body');
    } finally {
      await done();
    }
  });

  for (const locale of ['en', 'uk'] as const) {
    const path = `${locale === 'en' ? '' : '/uk'}/charts/placement-map/`;
    const [origin, dest] = [escapeRe(ct('map.set.origin', {}, locale)), escapeRe(ct('map.set.destination', {}, locale))];
    const [takenHere, documentedHere] = [escapeRe(ct('map.tip.origin', {}, locale)), escapeRe(ct('map.tip.destination', {}, locale))];
    it(`${path}: origins first, then destinations, each counted`, async () => {
      const { page, done } = await open(path);
      try {
        await tabIntoChart(page);
        const first = (await focusState(page)).name;
        const origins = Number(new RegExp(`^${origin}, ${positionPattern(locale, 'chartKeys.first')}: .*${takenHere}`).exec(first)?.[2]);
        expect(origins, first).toBeGreaterThan(1);
        for (let i = 1; i < origins; i++) await page.keyboard.press('ArrowRight');
        const last = new RegExp(`^${origin}, ${positionPattern(locale, 'chartKeys.last')}`).exec((await focusState(page)).name);
        expect([Number(last?.[1]), Number(last?.[2])]).toEqual([origins, origins]);
        await page.keyboard.press('ArrowRight');
        const firstDest = new RegExp(`^${dest}, ${positionPattern(locale, 'chartKeys.first')}: .*${documentedHere}`).exec((await focusState(page)).name);
        expect(Number(firstDest?.[1])).toBe(1);
        await page.keyboard.press('End');
        const end = new RegExp(`^${dest}, ${positionPattern(locale, 'chartKeys.last')}`).exec((await focusState(page)).name);
        expect(end?.[1]).toBe(end?.[2]);
        expect(Number(end?.[1])).toBeGreaterThan(1);
      } finally {
        await done();
      }
    });
  }
});

describe('chart tips on hover (WCAG 1.4.13: hoverable, dismissable, persistent)', () => {
  for (const path of ['/charts/returns-over-time/', '/uk/charts/returns-over-time/']) {
    it(`${path}: the pointer can move onto a mark's tip and stay there; Escape dismisses it without moving the pointer`, async () => {
      const { page, done, errors } = await open(path);
      try {
        const tip = page.locator('.chart-body .chart-tip').first();
        const tipShown = () => tip.evaluate((t) => !(t as HTMLElement).hidden && t.getClientRects().length > 0);
        // The first data point of the first chart (the lowest, at the left: nothing else lies above it but its tip).
        const mark = page.locator('.chart-body').first().locator('.chart-mark:not([data-note])').filter({ visible: true }).first();
        await mark.scrollIntoViewIfNeeded();
        const words = (await mark.getAttribute('data-tip'))!;
        const m = (await mark.boundingBox())!;
        const at = { x: m.x + m.width / 2, y: m.y + m.height / 2 };
        await page.mouse.move(at.x, at.y, { steps: 4 });
        await expect.poll(tipShown).toBe(true);
        expect(await tip.textContent()).toBe(words);
        // Persistent: it stays while the pointer rests on the mark.
        await page.waitForTimeout(1200);
        expect(await tipShown(), 'still shown on the mark').toBe(true);
        // Hoverable: straight up from the mark onto the tip's middle, then across it; it stays, with the same words.
        const b = (await tip.boundingBox())!;
        await page.mouse.move(at.x, b.y + b.height / 2, { steps: 12 });
        await page.mouse.move(b.x + 6, b.y + b.height / 2, { steps: 6 });
        await page.waitForTimeout(800);
        expect(await tipShown(), 'shown while the pointer is on it').toBe(true);
        expect(await tip.textContent()).toBe(words);
        expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.chart-tip') !== null, { x: b.x + 6, y: b.y + b.height / 2 }), 'the pointer is on the tip').toBe(true);
        // Dismissable: Escape hides it, the pointer and focus where they were.
        const focused = await page.evaluate(() => document.activeElement?.tagName);
        await page.keyboard.press('Escape');
        expect(await tipShown(), 'hidden by Escape').toBe(false);
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(focused);
        // Back on the mark it shows again; the pointer moved well away, it goes.
        await page.mouse.move(at.x, at.y, { steps: 6 });
        await expect.poll(tipShown).toBe(true);
        await page.mouse.move(5, 5, { steps: 4 });
        await expect.poll(tipShown).toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await done();
      }
    });
  }
});

describe('virtual screen reader: the scrolling sequence', () => {
  for (const path of ['/chapters/negotiations/', '/uk/chapters/negotiations/', '/chapters/adoption-pipeline/', '/uk/chapters/adoption-pipeline/']) {
    it(`${path}: the sequence's title is a heading spoken once, its one image keeps the full alternative at every step, and its data table is named for it`, async () => {
      const { page, done, errors } = await open(path);
      try {
        const SEQ = '[data-scrolly]';
        await page.locator(SEQ).scrollIntoViewIfNeeded();
        await page.waitForSelector(`${SEQ}.is-live`, { timeout: 15_000 });
        // Part-way through: the third step at the reading line (the middle of the screen at 1280 px).
        await page.locator(`${SEQ} .scrolly-step`).nth(2).evaluate((el) => scrollBy({ top: el.getBoundingClientRect().top - innerHeight / 2 + 30, behavior: 'instant' }));
        await page.waitForFunction((sel) => document.querySelectorAll(`${sel} .scrolly-step`)[2]?.classList.contains('is-active'), SEQ);
        const title = (await page.locator(`${SEQ} .chart-title`).textContent())!.trim();
        const alt = (await page.locator(`${SEQ} .scrolly-frame`).getAttribute('aria-label'))!;
        const labels = Object.values(JSON.parse((await page.locator(SEQ).getAttribute('data-labels'))!) as Record<string, string>);
        const spoken = await transcript(page);
        // Level 2 where the sequence opens the chapter (before its first section), level 3 inside a section.
        expect(spoken.filter((p) => p === `heading, ${title}, level 2` || p === `heading, ${title}, level 3`), `"${title}" as a heading`).toHaveLength(1);
        // Not said again as a region's, a figure's or a paragraph's name.
        expect(spoken.filter((p) => new RegExp(`^((figure|region|group|image), )?${escapeRe(title)}$`).test(p)), `"${title}" repeated`).toEqual([]);
        // One image, its name the full alternative with the numbers; no image named by a state's short label.
        const images = spoken.filter((p) => p.startsWith('image, ') && (p.includes(alt) || labels.some((l) => p.includes(l))));
        expect(images, 'the sequence as an image').toHaveLength(1);
        expect(images[0]!.startsWith(`image, ${alt}`), images[0]).toBe(true);
        expect(labels.filter((l) => spoken.includes(`image, ${l}`)), 'an image named only by a state').toEqual([]);
        // The state last announced is read once, after the image, adding to it: the live region's text.
        const state = (await page.locator(`${SEQ} [data-scrolly-live]`).textContent())!.trim();
        expect(labels).toContain(state);
        expect(spoken.filter((p) => p.includes(state)), `"${state}"`).toEqual([state]);
        expect(spoken.indexOf(state)).toBeGreaterThan(spoken.indexOf(images[0]!));
        // In Chromium's own tree too: the full alternative is an image's name, whatever state is shown; no state is one.
        const ax = await axNodes(page);
        const imageNames = ax.filter((x) => x.role === 'image').map((x) => x.name);
        expect(imageNames.filter((x) => x === alt)).toHaveLength(1);
        expect(imageNames.filter((x) => labels.includes(x))).toEqual([]);
        const table = path.startsWith('/uk/') ? `Таблиця даних: ${title}` : `Data table: ${title}`;
        expect(ax.filter((x) => x.role === 'DisclosureTriangle' && x.name === table), table).toHaveLength(1);
        expect(await page.locator(`${SEQ} + details.chart-table th[scope="row"]`).count(), 'row headers').toBeGreaterThan(0);
        expect(errors).toEqual([]);
      } finally {
        await done();
      }
    });
  }
});

describe('the list of sources: distinct link names', () => {
  for (const [path, words] of [['/chapters/negotiations/', 'Figures from this source'], ['/uk/chapters/negotiations/', 'Усі цифри з цього джерела']] as const) {
    it(`${path}: each "${words}" link is named for its own source, visible words first`, async () => {
      const { page, done } = await open(path);
      try {
        const links = await page.$$eval('#endnotes li', (lis) =>
          lis.map((li) => {
            const a = [...li.querySelectorAll('a')].at(-1)!;
            return { text: a.textContent!.trim(), name: a.getAttribute('aria-label') ?? '', publisher: li.querySelector('span')!.textContent!.split(',')[0]!.trim() };
          }));
        expect(links.length).toBeGreaterThan(20);
        for (const l of links) {
          expect(l.text).toBe(words);
          expect(l.name.startsWith(`${words}: ${l.publisher}`), l.name).toBe(true);
        }
        // In Chromium's tree (the list opened, as a reader would): no two of them share a name.
        await page.$eval('#endnotes', (d) => ((d as HTMLDetailsElement).open = true));
        const ax = await axNodes(page);
        const names = ax.filter((x) => x.role === 'link' && x.name.startsWith(words)).map((x) => x.name);
        expect(names.length).toBe(links.length);
        expect(dupes(names)).toEqual([]);
      } finally {
        await done();
      }
    });
  }
});

describe('announcements', () => {
  it('a section copy link is named for its section, keeps its name, and its result is announced once', async () => {
    const { page, done } = await open('/chapters/negotiations/');
    try {
      await watchLive(page);
      const button = page.locator('button.copy-link').first();
      const section = (await page.locator('.section-head h2').first().textContent())!.trim();
      expect(await button.getAttribute('aria-label')).toBe(`Copy link to section: ${section}`);
      expect(await page.locator('a.section-link').first().getAttribute('aria-label')).toBe(`Link to section: ${section}`);
      await button.click();
      await page.waitForTimeout(300);
      expect(await button.getAttribute('aria-label')).toBe(`Copy link to section: ${section}`);
      expect(await said(page)).toEqual([`Link to “${section}” copied`]);
      await page.waitForTimeout(2300);
      expect(await said(page)).toEqual([]);
    } finally {
      await done();
    }
  });

  it('in Ukrainian: the section copy link is named for its section and says so once, in Ukrainian', async () => {
    const { page, done } = await open('/uk/chapters/negotiations/');
    try {
      await watchLive(page);
      const button = page.locator('button.copy-link').first();
      const section = (await page.locator('.section-head h2').first().textContent())!.trim();
      expect(await button.getAttribute('aria-label')).toBe(`Копіювати посилання на підрозділ: ${section}`);
      expect(await page.locator('a.section-link').first().getAttribute('aria-label')).toBe(`Посилання на підрозділ: ${section}`);
      await button.click();
      await page.waitForTimeout(300);
      expect(await said(page)).toEqual([`Посилання на «${section}» скопійовано`]);
      expect(await button.textContent()).toBe('Скопійовано');
    } finally {
      await done();
    }
  });

  for (const [path, locale] of [['/charts/returns-over-time/', 'en'], ['/uk/charts/returns-over-time/', 'uk']] as Array<[string, Locale]>) {
    it(`${path}: copy citation and copy embed code keep their names and announce each result once, in the page's language`, async () => {
      const { page, done, errors } = await open(path);
      try {
        await watchLive(page);
        const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
        // Cite this: the APA 7 button, twice (a second copy is announced again, once).
        const cite = page.locator('.cite-this button[data-copy-style="apa"]');
        const citeName = t('citeThis.copyName', { style: 'APA 7' }, locale);
        expect(await cite.getAttribute('aria-label')).toBe(citeName);
        for (let round = 0; round < 2; round++) {
          await cite.click();
          await page.waitForTimeout(300);
          expect(await cite.getAttribute('aria-label'), 'a stable name').toBe(citeName);
          expect(await said(page), `round ${round + 1}`).toEqual([t('citeThis.copied', { style: 'APA 7' }, locale)]);
          expect(await clipboard()).toBe((await page.locator('.cite-this [data-style="apa"]').textContent())!.trim());
          await page.waitForTimeout(2300);
          expect(await said(page), 'nothing more when the visible text changes back').toEqual([]);
        }
        // Embed code: the first code's button, named for it; the message in the page's language.
        const box = page.locator('.embed-codes .embed-code').first();
        const code = (await box.locator('h3').textContent())!.trim();
        const button = box.locator('button[data-embed-copy]');
        expect(await button.getAttribute('aria-label')).toBe(t('embedCodes.copyName', { name: code }, locale));
        for (let round = 0; round < 2; round++) {
          await button.click();
          await page.waitForTimeout(300);
          expect(await button.getAttribute('aria-label')).toBe(t('embedCodes.copyName', { name: code }, locale));
          const messages = await said(page);
          expect(messages, `round ${round + 1}`).toEqual([t('embedCodes.copiedSay', { name: code }, locale)]);
          // (The code's own name may hold a technical word, "iframe"; the message around it is Ukrainian.)
          if (locale === 'uk') expect(messages[0]!.replace(code, ''), 'no English in a Ukrainian message').not.toMatch(/[A-Za-z]{3,}/);
          expect(await clipboard()).toBe((await box.locator('pre[data-variant="latest"]').textContent())!);
          await page.waitForTimeout(2300);
          expect(await said(page)).toEqual([]);
        }
        expect(errors).toEqual([]);
      } finally {
        await done();
      }
    });
  }

  it('search announces its count once after typing pauses, and its results have a heading', async () => {
    const { page, done } = await open('/search/');
    try {
      await watchLive(page);
      // When each key reached the page: on a loaded machine a key can arrive late, and a pause of 900 ms
      // (search.ts: ANNOUNCE_MS) is a real pause, after which a count for the letters so far is right to speak.
      await page.locator('#search-q').evaluate((input: HTMLInputElement) => {
        const w = window as unknown as { __keys: Array<[number, string]> };
        w.__keys = [];
        input.addEventListener('input', () => w.__keys.push([performance.now(), input.value]));
      });
      await page.locator('#search-q').pressSequentially('children', { delay: 200 });
      await page.waitForFunction(() => /match/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
      await page.waitForTimeout(1500);
      const messages = await said(page);
      const keys = await page.evaluate(() => (window as unknown as { __keys: Array<[number, string]> }).__keys);
      const paused = new Set(keys.filter(([at], i) => i + 1 < keys.length && keys[i + 1]![0] - at >= 850).map(([, value]) => value));
      // One count for the word typed, and none for the letters before it unless typing really paused there;
      // "Searching…" at most once, only if the index was slow to load.
      const counts = messages.filter((m) => m !== 'Searching…');
      const early = counts.filter((m) => !m.includes('“children”'));
      expect(counts.filter((m) => m.includes('“children”')), messages.join(' | ')).toHaveLength(1);
      expect(counts.at(-1)).toMatch(/^\d+ pages? match(es)? “children”/);
      for (const m of early) expect(paused, `"${m}" was spoken while typing went on`).toContain(/“(.+)”/.exec(m)?.[1]);
      expect(messages.length - counts.length).toBeLessThanOrEqual(1);
      const spoken = await transcript(page, { within: 'main' });
      expect(spoken).toContain('heading, Results, level 2');
      expect(spoken.some((p) => /^list, Results/.test(p))).toBe(true);
      expect(spoken.filter((p) => /^\/(chapters|timeline|sources)\//.test(p)), 'raw addresses read out').toEqual([]);
    } finally {
      await done();
    }
  });
});

describe('axe with the scripts run, both themes', () => {
  for (const path of ['/charts/placement-map/', '/embed/returns-over-time/', '/search/?q=Qatar', '/chapters/negotiations/', '/uk/chapters/negotiations/', '/uk/chapters/filtration/']) {
    it(path, async () => {
      const { page, done } = await open(path, 390);
      try {
        if (path.startsWith('/search/')) await page.waitForSelector('[data-search-results]:not([hidden])');
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await axeViolations(page), `${path} (${scheme})`).toEqual([]);
        }
      } finally {
        await done();
      }
    });
  }
});
