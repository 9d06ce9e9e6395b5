/**
 * The glossary's quoted law (issue 15): each original text is shown as a quote citing the producer's page, and where
 * the words were read in a reproduction (`read_via`), the entry says so and links it, in both languages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages } from '../helpers/dist.ts';

interface Original { url: string; read_via?: string; quote: string }
interface Entry { id: string; original?: Original[] }
const FILES = { en: 'content/glossary.json', uk: 'content/i18n/uk/glossary.json' } as const;
const READ_VIA = { en: 'read via', uk: 'прочитано через' } as const;

describe('glossary original texts', () => {
  const pages = builtPages();
  for (const locale of ['en', 'uk'] as const) {
    it(`${locale}: every original is quoted with its producer's page, and a reproduction read is named and linked`, () => {
      const doc = builtPage(pages, locale === 'en' ? '/glossary/' : '/uk/glossary/');
      const entries = JSON.parse(readFileSync(FILES[locale], 'utf8')) as Entry[];
      const withReadVia = entries.flatMap((e) => (e.original ?? []).filter((o) => o.read_via).map((o) => ({ id: e.id, o })));
      expect(withReadVia.length, 'treaty texts read in a reproduction').toBeGreaterThanOrEqual(5);
      for (const e of entries) {
        for (const o of e.original ?? []) {
          const dd = doc.getElementById(e.id)?.nextElementSibling;
          const p = [...(dd?.querySelectorAll('p.original') ?? [])].find((x) => x.querySelector('q')?.getAttribute('cite') === o.url && x.textContent!.includes(o.quote.slice(0, 30)));
          expect(p, `${e.id}: the quote from ${o.url} is not shown`).toBeTruthy();
          if (!o.read_via) continue;
          const link = [...p!.querySelectorAll('a')].find((a) => a.getAttribute('href') === o.read_via);
          const host = new URL(o.read_via).hostname.replace(/^www\./, '');
          expect(link?.textContent, `${e.id}: the reproduction read is not linked`).toBe(`${READ_VIA[locale]} ${host}`);
        }
      }
    });
  }
});
