/**
 * returned-share's legend and the annotations of its scrolling sequence (negotiations chapter), laid out with Source
 * Sans 3's measured widths (src/charts/text.ts): in English and Ukrainian, at a phone's and a desktop's width, in
 * every state, every label stays inside the drawing and apart from the others, and every state has the same height.
 */
import { describe, expect, it } from 'vitest';
import { returnedShare } from '../../../src/charts/returned-share.ts';
import { latestDataset } from '../../../src/data/load.ts';
import { localizeDataset } from '../../../src/data/translations.ts';
import { textWidth } from '../../../src/charts/text.ts';
import { ct } from '../../../src/i18n/charts.ts';
import { parse } from '../../helpers/dist.ts';

const ds = latestDataset();
const STATES = Object.keys(returnedShare.states ?? {});

/** Each <text>'s box: its size and weight from itself or the group that sets them, measured with the font's metrics. */
function boxes(svg: string) {
  const doc = parse(`<!doctype html><html><body>${svg}</body></html>`);
  return [...doc.querySelectorAll('text')].map((t) => {
    const size = Number(t.closest('[font-size]')!.getAttribute('font-size'));
    const bold = Number(t.closest('[font-weight]')?.getAttribute('font-weight') ?? 400) >= 600;
    const w = textWidth(t.textContent ?? '', size, bold);
    const x = Number(t.getAttribute('x'));
    const y = Number(t.getAttribute('y'));
    const left = t.getAttribute('text-anchor') === 'end' ? x - w : x;
    return { text: t.textContent ?? '', left, right: left + w, top: y - size * 0.72, bottom: y + size * 0.22 };
  });
}

describe('returned-share: legend and sequence annotations', () => {
  for (const locale of ['en', 'uk'] as const) {
    const data = locale === 'en' ? ds : localizeDataset(ds, locale);
    for (const width of [300, 640, 960]) {
      it(`${locale} ${width} px: every label inside the drawing and apart, in every state; one height for all states`, () => {
        const heights = new Set<number>();
        for (const state of [undefined, ...STATES]) {
          const svg = returnedShare.render(data, { width, locale, ...(state ? { state } : {}) });
          const h = Number(svg.match(/height="(\d+)"/)![1]);
          if (state) heights.add(h);
          const b = boxes(svg);
          for (const x of b) {
            expect(x.left, `${state ?? 'default'}: “${x.text}” starts left of the drawing`).toBeGreaterThanOrEqual(-0.5);
            expect(x.right, `${state ?? 'default'}: “${x.text}” ends past ${width} px`).toBeLessThanOrEqual(width + 0.5);
            expect(x.bottom, `${state ?? 'default'}: “${x.text}” below the drawing`).toBeLessThanOrEqual(h);
          }
          for (let i = 0; i < b.length; i++)
            for (let j = i + 1; j < b.length; j++) {
              const p = b[i]!;
              const q = b[j]!;
              const overlap = Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
              expect(overlap, `${state ?? 'default'}: “${p.text}” and “${q.text}” overlap`).toBe(false);
            }
          // Every word of the annotation is drawn (wrapped, not cut).
          if (state) {
            const words = b.filter((x) => x.top > b.find((y) => y.text === ct('returned-share.legend.returned', {}, locale))!.bottom).map((x) => x.text).join(' ');
            expect(words.replace(/\s+/g, ' '), state).toContain(ct(`returned-share.step.${state}` as Parameters<typeof ct>[0], { deported: 0, returned: 0, still: 0, n: 0, words: '' }, locale).split(/\s+/).find((w) => /\p{L}{4,}/u.test(w))!);
          }
        }
        expect(heights.size, 'the states differ in height').toBe(1);
      });
    }
  }
});
