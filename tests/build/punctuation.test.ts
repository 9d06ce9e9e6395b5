/**
 * One full stop where a sentence or label ends after a value that has its own (issue 14): Ukrainian dates end in «р.»
 * («12 листопада 2025 р.»), and a template or component that put its full stop after one printed «р..». The rule lives
 * in src/i18n/punctuate.ts (every dictionary lookup fills its templates with it); this test reads what a reader gets:
 * - every Ukrainian file in dist/ (the pages' HTML, the charts' SVG, the figure cards' JSON under /uk/, and any page
 *   with <html lang="uk">) contains no «р..» and no doubled full stop in its text;
 * - no English page or chart has a doubled full stop ("..") in its text either.
 * Text is what is shown or spoken: text nodes outside <script>, <style>, <code> and <pre> (a hidden element's text on
 * its own, as it is spoken through aria-describedby), and the attributes a reader or assistive technology meets (aria-label, title, alt, data-tip, the description meta). An ellipsis ("...", "…") is
 * allowed; nothing else is.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, assertBuilt, parse, walk } from '../helpers/dist.ts';

/** Exactly two full stops in a row (three are an ellipsis), allowing spaces between them («р. .»). */
const DOUBLED = /(?<![.…])\.(?:[\s\u00a0\u202f]*)\.(?![.…])/;
const SHOWN_ATTRS = ['aria-label', 'title', 'alt', 'data-tip'];

/** The text of an HTML or SVG document a reader sees or hears, as separate strings (so no false joins). */
function shownText(markup: string): string[] {
  const doc = parse(markup);
  for (const el of doc.querySelectorAll('script, style, code, pre, template')) el.remove();
  const out: string[] = [];
  // A hidden element (a number's description, read through aria-describedby) is spoken on its own, not in the flow.
  for (const el of doc.querySelectorAll('[hidden]')) {
    out.push(el.textContent ?? '');
    el.remove();
  }
  const root = doc.querySelector('body') ?? doc.documentElement;
  if (root) out.push(...root.textContent!.split(/\n+/));
  for (const el of doc.querySelectorAll(SHOWN_ATTRS.map((a) => `[${a}]`).join(', '))) {
    for (const a of SHOWN_ATTRS) {
      const v = el.getAttribute(a);
      if (v) out.push(v);
    }
  }
  for (const m of doc.querySelectorAll('meta[name="description"], meta[property^="og:"]')) out.push(m.getAttribute('content') ?? '');
  return out;
}

/** Every string value in a JSON file. */
function jsonStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(jsonStrings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(jsonStrings);
  return [];
}

interface Found { file: string; text: string }

function scan(files: string[], texts: (file: string) => string[], bad: RegExp): Found[] {
  const found: Found[] = [];
  for (const file of files) {
    for (const s of texts(file)) {
      const m = bad.exec(s);
      if (m) found.push({ file: relative(DIST, file).split(sep).join('/'), text: s.slice(Math.max(0, m.index - 50), m.index + 20).trim() });
    }
  }
  return found;
}

const read = (f: string) => readFileSync(f, 'utf8');
const isUk = (f: string) => relative(DIST, f).split(sep)[0] === 'uk' || (f.endsWith('.html') && /<html[^>]*\blang="uk"/.test(read(f).slice(0, 500)));

describe('full stops after values that have their own (issue 14)', () => {
  assertBuilt();
  const all = walk(DIST);
  const markup = all.filter((f) => /\.(html|svg)$/.test(f));

  it('no Ukrainian page, chart or figure card prints «р..» or a doubled full stop', () => {
    const uk = all.filter(isUk);
    expect(uk.filter((f) => f.endsWith('.html')).length, 'Ukrainian pages').toBeGreaterThan(20);
    expect(uk.filter((f) => f.endsWith('.json')).length, 'Ukrainian figure cards').toBeGreaterThan(20);
    const found = [
      ...scan(uk.filter((f) => /\.(html|svg)$/.test(f)), (f) => shownText(read(f)), DOUBLED),
      ...scan(uk.filter((f) => f.endsWith('.json')), (f) => jsonStrings(JSON.parse(read(f))), DOUBLED),
      // «р..» anywhere in a Ukrainian file, data attributes and scripts' strings included.
      ...scan(uk.filter((f) => /\.(html|svg|json)$/.test(f)), (f) => [read(f)], /р\.\./),
    ];
    expect(found.map((x) => `${x.file}: …${x.text}…`)).toEqual([]);
  });

  it('no English page or chart prints a doubled full stop', () => {
    const en = markup.filter((f) => !isUk(f));
    expect(en.length).toBeGreaterThan(50);
    const found = scan(en, (f) => shownText(read(f)), DOUBLED);
    expect(found.map((x) => `${x.file}: …${x.text}…`)).toEqual([]);
  });
});
