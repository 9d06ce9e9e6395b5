/**
 * Each chapter carries its own graphics (issue 11, "no chart repeated as is"), checked on the built pages in each
 * language:
 * - the first chart a reader meets is the chapter's signature graphic (src/charts/signatures.ts): its lead figure or
 *   the scrolling sequence it opens with;
 * - no two chapters of one language show the same drawing: not the same inline chart SVG, not the same drawing file
 *   loaded later (a lazy figure's column drawings, a breakout drawing, a sequence's step states). A chart may appear
 *   in two chapters only as two different states.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CHAPTER_IDS, type ChapterId } from '../../src/data/schema.ts';
import { SIGNATURE } from '../../src/charts/signatures.ts';
import { translatedChapters } from '../../src/i18n/translated.ts';
import { fileForUrl, parse } from '../helpers/dist.ts';

const LOCALES = [
  { prefix: '', chapters: [...CHAPTER_IDS] as ChapterId[] },
  { prefix: '/uk', chapters: translatedChapters('uk') as ChapterId[] },
];

function page(url: string): Document {
  const file = fileForUrl(url);
  if (!file) throw new Error(`${url}: not built (npm run build)`);
  return parse(readFileSync(file, 'utf8'));
}

/** Every drawing a chapter page shows or loads, each named by what it is (for the message) and keyed by its content or file. */
function drawings(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const main = doc.querySelector('main')!;
  for (const fig of main.querySelectorAll('figure.chart[data-chart]')) {
    const id = fig.getAttribute('data-chart');
    for (const svg of fig.querySelectorAll('.chart-variant > svg')) {
      out.set(`svg:${createHash('sha256').update(svg.outerHTML).digest('hex')}`, `${id}: an inline drawing`);
    }
    for (const v of fig.querySelectorAll('.chart-variant[data-src]')) out.set(`file:${v.getAttribute('data-src')}`, `${id}: ${v.getAttribute('data-src')}`);
    const body = fig.querySelector('.chart-body[data-breakout]');
    if (body) out.set(`file:${body.getAttribute('data-breakout')}`, `${id}: ${body.getAttribute('data-breakout')}`);
  }
  for (const seq of main.querySelectorAll('[data-scrolly]')) {
    const id = seq.getAttribute('data-scrolly')!;
    const base = seq.getAttribute('data-base') ?? '';
    const widths = (seq.getAttribute('data-widths') ?? '').split(' ').filter(Boolean);
    for (const svg of seq.querySelectorAll('.chart-variant > svg')) {
      out.set(`svg:${createHash('sha256').update(svg.outerHTML).digest('hex')}`, `${id}: the sequence's inline drawing`);
    }
    const shows = [...seq.querySelectorAll('[data-show]')].map((s) => s.getAttribute('data-show')!);
    for (const w of widths) for (const s of shows) out.set(`file:${base}/charts/${id}/${w}-${s}.svg`, `${id}: step "${s}" at ${w} px`);
  }
  return out;
}

for (const { prefix, chapters } of LOCALES) {
  describe(`chapter charts${prefix ? ` (${prefix})` : ''}`, () => {
    it.each(chapters)('%s opens with its signature graphic', (id) => {
      const first = page(`${prefix}/chapters/${id}/`).querySelector('main figure.chart[data-chart], main [data-scrolly]');
      expect(first, `${prefix}/chapters/${id}/: no chart`).not.toBeNull();
      expect(first!.getAttribute('data-chart') ?? first!.getAttribute('data-scrolly'), `${prefix}/chapters/${id}/: first chart`).toBe(SIGNATURE[id]);
    });

    it('the signature graphics are four different charts', () => {
      expect(new Set(chapters.map((id) => SIGNATURE[id])).size).toBe(chapters.length);
    });

    it('no two chapters contain the same chart drawing', () => {
      const seen = new Map<string, string>();
      const shared: string[] = [];
      for (const id of chapters) {
        const mine = drawings(page(`${prefix}/chapters/${id}/`));
        expect(mine.size, `${id}: drawings found`).toBeGreaterThan(0);
        for (const [key, what] of mine) {
          const other = seen.get(key);
          if (other) shared.push(`${id} and ${other}: ${what}`);
          else seen.set(key, id);
        }
      }
      expect(shared).toEqual([]);
    });
  });
}
