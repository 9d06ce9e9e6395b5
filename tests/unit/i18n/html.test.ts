// tHtml: a translated sentence with elements in it; its text is escaped, its {slots} filled with the caller's HTML.
import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlAttrs, tHtml } from '../../../src/i18n/html.ts';
import { publisherLang, titleLang } from '../../../src/lib/source-lang.ts';

describe('tHtml', () => {
  it('puts each slot where the sentence of the locale has it, and escapes the rest', () => {
    const link = (text: string) => `<a href="/updates/">${escapeHtml(text)}</a>`;
    const en = tHtml('data.changelogIntro', { updates: link('updates page'), feed: '<a href="/updates.xml">Atom feed</a>' }, 'en');
    expect(en).toContain('are on the <a href="/updates/">updates page</a> and in its <a href="/updates.xml">Atom feed</a>.');
    const uk = tHtml('data.changelogIntro', { updates: link('сторінці оновлень'), feed: '<a href="/updates.xml">стрічці Atom</a>' }, 'uk');
    expect(uk).toContain('є на <a href="/updates/">сторінці оновлень</a> і в її <a href="/updates.xml">стрічці Atom</a>.');
    expect(tHtml('data.csvRules', { chars: '<code>=</code>', example: '<code>x</code>' }, 'en')).toContain('begins with <code>=</code>, a tab');
  });
  it('refuses a sentence whose slot was not given', () => {
    expect(() => tHtml('data.changelogIntro', { updates: 'x' }, 'en')).toThrow(/\{feed\} with no HTML given/);
  });
  it('escapes attribute values and leaves out undefined ones', () => {
    expect(htmlAttrs({ href: '/a?b=1&c="2"', hreflang: undefined })).toBe(' href="/a?b=1&amp;c=&quot;2&quot;"');
  });
});

describe('source names and titles in their language', () => {
  it('marks a title in the publication’s language, and a Latin-letter publisher name as English', () => {
    expect(titleLang({ language: 'en' }, 'uk')).toBe('en');
    expect(titleLang({ language: 'uk' }, 'uk')).toBeUndefined();
    expect(publisherLang({ publisher: 'Glavcom', language: 'uk' }, 'uk')).toBe('en');
    expect(publisherLang({ publisher: 'Glavcom', language: 'uk' }, 'en')).toBeUndefined();
    expect(publisherLang({ publisher: 'Новый Севастополь', language: 'ru' }, 'uk')).toBe('ru');
  });
});
