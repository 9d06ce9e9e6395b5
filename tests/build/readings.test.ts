/**
 * The core readings (content/teach-readings.json) as built: each English reading's rendered text (the page's
 * paragraphs, with the dataset's figures as printed and the numbers' hidden provenance left out) is 500 to 700 words
 * and at most Flesch–Kincaid grade 8 (src/lib/readability.ts: the `flesch-kincaid` and `syllable` packages); the
 * teacher's guide prints, in both languages, the figures measured from that same text; the Ukrainian reading exists
 * for every chapter with the same figures as the English; every reading has its who's who, six words and starters,
 * and the guide and the printables list link to it. The offline unit (/teach/unit/, /uk/teach/unit/) lists every part in
 * printing order (src/lib/teach-unit.ts: the guide, per chapter its reading, handout, activity sheet and evidence
 * pack, the glossary), each a built page, and carries the four readings and the glossary.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, parse } from '../helpers/dist.ts';
import { readingStats } from '../../src/lib/readability.ts';
import { CHAPTER_IDS } from '../../src/data/schema.ts';
import { unitParts } from '../../src/lib/teach-unit.ts';

const pages = builtPages();
const doc = (url: string) => {
  const p = pages.find((x) => x.url === url);
  if (!p) throw new Error(`${url} was not built`);
  return parse(p.html);
};

/** What a reader reads: the reading's paragraphs, without scripts and hidden text (a number's provenance tip). */
function renderedReading(d: Document): string {
  const paras = [...d.querySelectorAll('.reading-text p')];
  return paras
    .map((p) => {
      const c = p.cloneNode(true) as Element;
      c.querySelectorAll('script, [hidden]').forEach((x) => x.remove());
      return c.textContent!.replace(/\s+/g, ' ').trim();
    })
    .join('\n\n');
}

const figuresIn = (d: Document) => [...d.querySelectorAll('.reading-text [data-fact]')].map((a) => a.getAttribute('data-fact'));

describe('core readings', () => {
  for (const id of CHAPTER_IDS) {
    const url = `/teach/${id}/reading/`;
    it(`${url}: 500–700 words at Flesch–Kincaid grade 8 or below, and the guide prints that measure`, () => {
      const d = doc(url);
      const stats = readingStats(renderedReading(d));
      expect(stats.words, `${url}: words`).toBeGreaterThanOrEqual(500);
      expect(stats.words, `${url}: words`).toBeLessThanOrEqual(700);
      expect(stats.grade, `${url}: Flesch–Kincaid grade`).toBeLessThanOrEqual(8);
      for (const guide of ['/teach/', '/uk/teach/']) {
        const line = doc(guide).querySelector(`#${id}`)?.closest('section')?.querySelector('.reading-level');
        expect(line, `${guide}: no reading level for ${id}`).toBeTruthy();
        expect(line!.getAttribute('data-reading-grade'), `${guide} ${id}: printed grade`).toBe(stats.grade.toFixed(1));
        expect(line!.getAttribute('data-reading-words'), `${guide} ${id}: printed words`).toBe(String(stats.words));
        expect(line!.textContent, `${guide} ${id}: the printed line`).toContain(stats.grade.toFixed(1).replace('.', guide === '/uk/teach/' ? ',' : '.'));
        expect([...doc(guide).querySelectorAll('a')].some((a) => a.getAttribute('href') === `${guide}${id}/reading/`), `${guide} links to the reading`).toBe(true);
      }
    });

    it(`${url} and /uk${url}: who's who, six words, sentence starters; the same figures in both languages`, () => {
      const en = doc(url);
      const uk = doc(`/uk${url}`);
      for (const d of [en, uk]) {
        expect(d.querySelectorAll('h1')).toHaveLength(1);
        expect(d.querySelectorAll('.reading-box').length).toBe(2);
        expect(d.querySelectorAll('.reading-box')[1]!.querySelectorAll('dt')).toHaveLength(6);
        expect(d.querySelectorAll('.reading-starters li').length).toBeGreaterThanOrEqual(3);
      }
      expect(figuresIn(en).length, `${url}: figures from the dataset`).toBeGreaterThanOrEqual(3);
      expect([...figuresIn(uk)].sort()).toEqual([...figuresIn(en)].sort());
      expect(renderedReading(uk)).toMatch(/\p{Script=Cyrillic}/u);
    });
  }

  it('the measure can fail: a long-worded text scores above grade 8, and counts words and sentences as stated', () => {
    const hard = 'Notwithstanding considerable international condemnation, the authorities systematically institutionalised unaccompanied minors. Consequently, investigators characterised these administrative procedures as deliberate mechanisms of assimilation.';
    expect(readingStats(hard).grade).toBeGreaterThan(8);
    const s = readingStats('The court has 2 judges. It met on 17 March 2023! Who came? At least 19,546 children.');
    expect(s.words).toBe(17);
    expect(s.sentences).toBe(4);
  });

  for (const prefix of ['', '/uk']) {
    it(`${prefix}/teach/unit/ lists every part in printing order and carries the readings and the glossary`, () => {
      const d = doc(`${prefix}/teach/unit/`);
      const listed = [...d.querySelectorAll('.unit-contents a')].map((a) => a.getAttribute('href'));
      const order = [...d.querySelectorAll('.unit-part[id^="reading-"]')].map((s) => s.id.replace('reading-', ''));
      expect(order.sort()).toEqual([...CHAPTER_IDS].sort());
      const parts = unitParts(listed.flatMap((h) => /^(?:\/uk)?\/teach\/([a-z-]+)\/reading\/$/.exec(h ?? '')?.[1] ?? []));
      expect(listed).toEqual(parts.map((p) => `${prefix}${p.path}`));
      for (const h of listed) expect(pages.some((p) => p.url === h), `${h} is built`).toBe(true);
      expect(d.querySelectorAll('.unit-glossary dt').length).toBeGreaterThanOrEqual(30);
    });
  }
});
