/**
 * The evidence packs as built (/teach/<chapter>/sources/ and /uk/teach/<chapter>/sources/): every extract is printed
 * exactly as the dataset stores it, in its source's language, with a provenance line (who, when, for whom, form) and a
 * link to the dataset's address for that source; a report that quotes or retells the words says "not the original";
 * both question tiers; the comparison task; the student safety note; and the teacher's guide and each handout link to
 * the pack in their own language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, builtPage } from '../helpers/dist.ts';
import { latestDataset } from '../../src/data/load.ts';
import { CHAPTER_IDS } from '../../src/data/schema.ts';
import { pt } from '../../src/i18n/pages.ts';
import type { Pack } from '../../src/lib/teach-packs.ts';

const ds = latestDataset();
const pages = builtPages();
const page = (url: string) => builtPage(pages, url);
const packs = {
  en: JSON.parse(readFileSync('content/teach-packs.json', 'utf8')) as Pack[],
  uk: JSON.parse(readFileSync('content/i18n/uk/teach-packs.json', 'utf8')) as Pack[],
};
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('evidence pack pages', () => {
  for (const locale of ['en', 'uk'] as const) {
    const pre = locale === 'en' ? '' : '/uk';
    for (const id of CHAPTER_IDS) {
      const url = `${pre}/teach/${id}/sources/`;
      it(`${url}: every extract as stored, with its provenance, link and questions`, () => {
        const doc = page(url);
        const pack = packs[locale].find((p) => p.id === id)!;
        const sections = [...doc.querySelectorAll('section.extract')];
        expect(sections.length).toBe(pack.extracts.length);
        expect(sections.length).toBeGreaterThanOrEqual(6);
        pack.extracts.forEach((e, i) => {
          const s = sections[i]!;
          const src = ds.sources.find((x) => x.id === e.source)!;
          const quote = s.querySelector('blockquote')!;
          expect(norm(quote.textContent), `${url} ${e.id}`).toBe(norm(e.quote));
          expect(quote.getAttribute('lang') ?? locale, `${url} ${e.id}: lang`).toBe(src.language);
          expect([...s.querySelectorAll('a')].map((a) => a.getAttribute('href')), `${url} ${e.id}: link`).toContain(src.url);
          expect(s.querySelectorAll('.provenance dt').length).toBe(4);
          expect(norm(s.querySelector('.provenance')!.textContent)).toContain(norm(e.who));
          const how = norm(s.querySelector('.how')!.textContent);
          if (e.voice !== 'own') expect(how, `${url} ${e.id}`).toContain(norm(pt(e.voice === 'quoted' ? 'pack.quoted' : 'pack.reported', { publisher: src.publisher }, locale)).slice(0, 12));
          if (src.kind === 'copy') expect(how, `${url} ${e.id}: a copy says so`).toContain(new URL(src.url).hostname.replace(/^www\./, ''));
          const tiers = [...s.querySelectorAll('.tiers dt')].map((d) => norm(d.textContent));
          expect(tiers).toEqual([pt('pack.foundation', {}, locale), pt('pack.higher', {}, locale)]);
          if (src.language !== locale) expect(s.querySelector('.lang-note'), `${url} ${e.id}: says the original's language`).not.toBeNull();
        });
        expect(doc.querySelector('.compare')).not.toBeNull();
        expect(doc.querySelector('.safety-student'), `${url}: the student safety note`).not.toBeNull();
        expect(doc.documentElement.getAttribute('lang')).toBe(locale);
      });

      it(`${pre}/teach/ and ${pre}/teach/${id}/handout/ link to ${url}`, () => {
        const hrefs = (u: string) => [...page(u).querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs(`${pre}/teach/`)).toContain(url);
        expect(hrefs(`${pre}/teach/${id}/handout/`)).toContain(url);
      });
    }
  }

  it('a Russian quote on the English page carries our translation, and on the Ukrainian page the dataset\'s', () => {
    const en = page('/teach/adoption-pipeline/sources/').querySelector('#train-of-hope')!;
    const uk = page('/uk/teach/adoption-pipeline/sources/').querySelector('#train-of-hope')!;
    expect(en.querySelector('blockquote')!.getAttribute('lang')).toBe('ru');
    expect(norm(en.querySelector('.translation')!.textContent)).toContain(pt('pack.translationOurs', {}, 'en'));
    expect(norm(uk.querySelector('.translation')!.textContent)).toContain(pt('pack.translationData', {}, 'uk'));
  });
});
