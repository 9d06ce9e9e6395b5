/**
 * A virtual screen reader in the browser tests: @guidepup/virtual-screen-reader's browser build, evaluated into a
 * Playwright page through the DevTools protocol (which the page's CSP does not govern, so the site's policy stays as
 * shipped), then stepped with next() from the top of the page to "end of document". Returns what it speaks, phrase
 * by phrase, and what live regions announced. The reader is a simulation (not NVDA, JAWS or VoiceOver): it follows
 * the DOM's roles, names and descriptions, and it reads closed <details> contents, which Chromium does not.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const BUILD = readFileSync(require.resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');
// The browser build is an ES module with one export statement (licence comments follow it); as a classic script,
// with that statement replaced, it exposes the reader on window.
const EXPORT = /export\s*\{\s*([\w$]+) as Virtual\s*,\s*([\w$]+) as virtual\s*\};?/g;
if ((BUILD.match(EXPORT) ?? []).length !== 1) {
  throw new Error('@guidepup/virtual-screen-reader: its browser build no longer has one `export{… as Virtual, … as virtual}`; update tests/helpers/screen-reader.ts');
}
const SOURCE = `(() => {${BUILD.replace(EXPORT, (_m, cls: string, inst: string) => `window.__vsr = { Virtual: ${cls}, virtual: ${inst} };`)}\n})();`;

/** Loads the reader into the page (once per document). */
export async function injectReader(page: Page): Promise<void> {
  const present = await page.evaluate(() => '__vsr' in window);
  if (!present) await page.evaluate(SOURCE);
}

/**
 * Walks the whole page with next() and returns the spoken phrases in order (without the reader's "document" /
 * "end of document" frame). `within` limits the walk to one element (a CSS selector).
 */
export async function transcript(page: Page, opts: { within?: string; max?: number } = {}): Promise<string[]> {
  await injectReader(page);
  return page.evaluate(
    async ({ within, max }) => {
      // @ts-expect-error injected by injectReader
      const { Virtual } = window.__vsr as { Virtual: new () => VirtualReader };
      interface VirtualReader {
        start(o: { container: Element }): Promise<void>;
        next(): Promise<void>;
        stop(): Promise<void>;
        lastSpokenPhrase(): Promise<string>;
        spokenPhraseLog(): Promise<string[]>;
      }
      const container = within ? document.querySelector(within) : document.body;
      if (!container) throw new Error(`transcript: nothing matches ${within}`);
      const reader = new Virtual();
      await reader.start({ container });
      // Step until the reader says the end of the document or, inside an element, wraps round to its first phrase.
      const start = await reader.lastSpokenPhrase();
      let wrapped = false;
      for (let steps = 0; steps < max; steps++) {
        await reader.next();
        const last = await reader.lastSpokenPhrase();
        if (last === 'end of document') break;
        if (within && last === start) {
          wrapped = true;
          break;
        }
      }
      const log = await reader.spokenPhraseLog();
      if (wrapped) log.pop();
      await reader.stop();
      return log.filter((p) => p !== 'document' && p !== 'end of document');
    },
    { within: opts.within ?? null, max: opts.max ?? 6000 },
  );
}
