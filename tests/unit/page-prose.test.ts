/**
 * The long-prose pages' text per locale (content/pages/<locale>/<page>.mdx) and their labels
 * (src/i18n/pages.<locale>.ts), read from source: every page has its English file; each file's frontmatter names
 * its own page and locale; a translation keeps the English file's anchors (every id="…", in the same order), its
 * figures (<Fact id>), its generated parts (the MDX components with their props) and its number placeholders
 * ({props.…}), passes its own locale to every component, and links inside the site in its own language; the
 * labels have the same {placeholders} and list lengths in every locale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PAGE_IDS, PROSE_LOCALES } from '../../src/lib/page-prose-ids.ts';
import { pagesEn } from '../../src/i18n/pages.en.ts';
import { pagesUk } from '../../src/i18n/pages.uk.ts';

const file = (locale: string, page: string) => `content/pages/${locale}/${page}.mdx`;
const read = (path: string) => {
  const raw = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!m) throw new Error(`${path}: no frontmatter`);
  return { data: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
};
const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m[1]!);
/**
 * Anchors, figures, components (name and props other than locale and the words of a summary; a <Fact>'s `unit` may
 * differ, since a Ukrainian sentence may need the noun in another place or case), placeholders.
 */
const skeleton = (body: string) => ({
  ids: all(/\bid="([^"]+)"/g, body),
  facts: all(/<Fact\b[^>]*?\bid="([^"]+)"/g, body).sort(),
  components: all(/<([A-Z]\w*\b[^>]*?)\/?>/g, body)
    .map((c) => c.replace(/\s+(locale|summary)="[^"]*"/g, '').replace(/^(Fact\b.*?)\s+unit\b/, '$1').replace(/\s+/g, ' ').replace(/\s*\/$/, '').trim())
    .sort(),
  props: all(/\{props\.(\w+)\}/g, body).sort(),
});
const placeholders = (s: string) => all(/\{(\w+)\}/g, s).sort();

describe('content/pages', () => {
  for (const page of PAGE_IDS) {
    it(`${page}: the English text exists and names its page and locale`, () => {
      expect(existsSync(file('en', page)), file('en', page)).toBe(true);
      const { data } = read(file('en', page));
      expect([data.page, data.locale]).toEqual([page, 'en']);
    });
    for (const locale of PROSE_LOCALES.filter((l) => l !== 'en')) {
      const path = file(locale, page);
      it(`${path}: same anchors, figures, generated parts and placeholders as the English; its own locale and links`, () => {
        expect(existsSync(path), `${path} is missing: every page has its text in every locale`).toBe(true);
        const en = read(file('en', page));
        const tr = read(path);
        expect([tr.data.page, tr.data.locale]).toEqual([page, locale]);
        expect(String(tr.data.translated ?? ''), `${path}: frontmatter "translated" (ISO date)`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const key of Object.keys(en.data).filter((k) => !['page', 'locale'].includes(k))) {
          expect(tr.data[key], `${path}: frontmatter "${key}"`).toBeTruthy();
          expect(tr.data[key], `${path}: frontmatter "${key}" is not translated`).not.toEqual(en.data[key]);
        }
        expect(skeleton(tr.body)).toEqual(skeleton(en.body));
        const locales = all(/\blocale="([^"]+)"/g, tr.body);
        expect(locales.length, `${path}: components are passed a locale`).toBeGreaterThan(0);
        expect(new Set(locales), `${path}: every component gets locale="${locale}"`).toEqual(new Set([locale]));
        const internal = [...all(/\]\((\/[^)]*)\)/g, tr.body), ...all(/href="(\/[^"]*)"/g, tr.body)];
        // Pages stay in the language; files (a font's licence text) have one address.
        for (const href of internal.filter((h) => !/\.\w+$/.test(h))) expect(href, `${path}: a link inside the site stays in ${locale}`).toMatch(new RegExp(`^/${locale}/`));
      });
    }
  }
  it('English files link inside the site without a locale prefix, and pass locale="en"', () => {
    for (const page of PAGE_IDS) {
      const { body } = read(file('en', page));
      for (const href of all(/\]\((\/[^)]*)\)/g, body)) expect(href).not.toMatch(/^\/(uk)\//);
      for (const l of all(/\blocale="([^"]+)"/g, body)) expect(l, `${page}`).toBe('en');
    }
  });
});

describe('src/i18n/pages.*.ts', () => {
  it('has the same keys, placeholders and list lengths in every locale, and no untranslated label', () => {
    expect(Object.keys(pagesUk).sort()).toEqual(Object.keys(pagesEn).sort());
    for (const [key, en] of Object.entries(pagesEn) as Array<[keyof typeof pagesEn, string | readonly string[]]>) {
      const uk = pagesUk[key];
      if (typeof en === 'string') {
        expect(typeof uk, key).toBe('string');
        expect(placeholders(uk as string), `${key}: placeholders`).toEqual(placeholders(en));
      } else {
        expect((uk as readonly string[]).length, `${key}: list length`).toBe(en.length);
        (uk as readonly string[]).forEach((s, i) => expect(s.split('|').length, `${key}[${i}]: "label|descriptor"`).toBe(en[i]!.split('|').length));
      }
    }
    // Labels that are words (not punctuation or empty) must differ from the English.
    const same = Object.keys(pagesEn).filter((k) => {
      const en = JSON.stringify(pagesEn[k as keyof typeof pagesEn]);
      return /[A-Za-z]{3}/.test(en.replace(/\{\w+\}/g, '')) && en === JSON.stringify(pagesUk[k as keyof typeof pagesEn]);
    });
    expect(same, 'labels left in English in pages.uk.ts').toEqual([]);
  });
});
