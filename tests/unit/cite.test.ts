/**
 * The citation formatter against known-good strings for a fixed access date
 * and dataset version: a chapter page, a chart and the dataset, in APA 7,
 * MLA 9, Chicago and BibTeX. Each expected string was written by hand from the
 * style's published rules (APA 7 §9–10 webpage and data set; MLA 9 template of
 * core elements; Chicago 17/18 websites and data sets), not copied from the
 * formatter's output.
 */
import { describe, expect, it } from 'vitest';
import { apaTitle, bibEscape, citations, citationsHtml, titleCase } from '../../src/lib/cite.ts';
import { citeWords } from '../../src/lib/cite-words.ts';

const SITE = 'Taken from Ukraine';
const ORIGIN = 'https://taken-from-ukraine.example';
const fixed = { site: SITE, siteKey: SITE, accessed: '2026-12-01', version: '1.1.0', locale: 'en' as const, words: citeWords('en') };

describe('citations of a chapter page', () => {
  const c = citations({
    ...fixed,
    kind: 'page',
    title: "Wanted in The Hague: the ICC warrants over Ukraine's deported children",
    url: `${ORIGIN}/chapters/icc-warrants/`,
    published: '2026-11-22',
    updated: '2026-11-22',
  });

  it('APA 7: group author, full date, sentence-case title (capital after the colon), "Retrieved … from" for a page that changes', () => {
    expect(c.apa).toBe(
      "Taken from Ukraine. (2026, November 22). Wanted in The Hague: The ICC warrants over Ukraine's deported children. Retrieved December 1, 2026, from https://taken-from-ukraine.example/chapters/icc-warrants/",
    );
  });

  it('MLA 9: title in quotes and title case (prepositions lower case, proper nouns kept), container, version, date, URL without protocol, "Accessed"', () => {
    expect(c.mla).toBe(
      "“Wanted in The Hague: The ICC Warrants over Ukraine's Deported Children.” Taken from Ukraine, dataset version 1.1.0, 22 Nov. 2026, taken-from-ukraine.example/chapters/icc-warrants/. Accessed 1 Dec. 2026.",
    );
  });

  it('Chicago: owner as author, headline-style title in quotes, date, access date before the URL', () => {
    expect(c.chicago).toBe(
      "Taken from Ukraine. “Wanted in The Hague: The ICC Warrants over Ukraine's Deported Children.” November 22, 2026. Dataset version 1.1.0. Accessed December 1, 2026. https://taken-from-ukraine.example/chapters/icc-warrants/.",
    );
  });

  it('BibTeX: @misc, corporate author and title double-braced, month macro, url and urldate', () => {
    expect(c.bibtex).toBe(
      [
        '@misc{takenfromukraine-icc-warrants-2026,',
        '  author = {{Taken from Ukraine}},',
        "  title = {{Wanted in The Hague: the ICC warrants over Ukraine's deported children}},",
        '  year = {2026},',
        '  month = nov,',
        '  howpublished = {\\url{https://taken-from-ukraine.example/chapters/icc-warrants/}},',
        '  url = {https://taken-from-ukraine.example/chapters/icc-warrants/},',
        '  urldate = {2026-12-01},',
        '  note = {Web page, dataset version 1.1.0. Accessed 2026-12-01}',
        '}',
      ].join('\n'),
    );
  });

  it('uses the update date, and Chicago says "Last modified", when a page was updated', () => {
    const u = citations({
      ...fixed,
      kind: 'page',
      title: "Camps, children's homes and filtration: how Ukraine's children were taken",
      url: `${ORIGIN}/chapters/filtration/`,
      published: '2026-11-22',
      updated: '2027-01-05',
    });
    expect(u.apa).toBe(
      "Taken from Ukraine. (2027, January 5). Camps, children's homes and filtration: How Ukraine's children were taken. Retrieved December 1, 2026, from https://taken-from-ukraine.example/chapters/filtration/",
    );
    expect(u.mla).toContain(', dataset version 1.1.0, 5 Jan. 2027, taken-from-ukraine.example/chapters/filtration/.');
    expect(u.chicago).toContain('” Last modified January 5, 2027. Dataset version 1.1.0. Accessed December 1, 2026.');
  });
});

describe('citations of a chart', () => {
  const c = citations({
    ...fixed,
    kind: 'chart',
    title: 'How many children? It depends on who is counting',
    url: `${ORIGIN}/charts/deportation-scale/`,
    published: '2026-11-22',
  });

  it('APA 7: the [Chart] description after the title', () => {
    expect(c.apa).toBe(
      'Taken from Ukraine. (2026, November 22). How many children? It depends on who is counting [Chart]. Retrieved December 1, 2026, from https://taken-from-ukraine.example/charts/deportation-scale/',
    );
  });

  it('MLA 9: "Is" is a verb and capitalised; the dataset version pins the chart', () => {
    expect(c.mla).toBe(
      '“How Many Children? It Depends on Who Is Counting.” Taken from Ukraine, dataset version 1.1.0, 22 Nov. 2026, taken-from-ukraine.example/charts/deportation-scale/. Accessed 1 Dec. 2026.',
    );
  });

  it('Chicago: "Chart." as the descriptive element', () => {
    expect(c.chicago).toBe(
      'Taken from Ukraine. “How Many Children? It Depends on Who Is Counting.” Chart. November 22, 2026. Dataset version 1.1.0. Accessed December 1, 2026. https://taken-from-ukraine.example/charts/deportation-scale/.',
    );
  });

  it('BibTeX: a key from the chart id, so two charts never share one', () => {
    expect(c.bibtex).toBe(
      [
        '@misc{takenfromukraine-deportation-scale-2026,',
        '  author = {{Taken from Ukraine}},',
        '  title = {{How many children? It depends on who is counting}},',
        '  year = {2026},',
        '  month = nov,',
        '  howpublished = {\\url{https://taken-from-ukraine.example/charts/deportation-scale/}},',
        '  url = {https://taken-from-ukraine.example/charts/deportation-scale/},',
        '  urldate = {2026-12-01},',
        '  note = {Chart, dataset version 1.1.0. Accessed 2026-12-01}',
        '}',
      ].join('\n'),
    );
  });
});

describe('citations of the dataset', () => {
  const c = citations({
    ...fixed,
    kind: 'dataset',
    title: 'Deported Ukrainian children: figures, events and sources',
    url: `${ORIGIN}/data/`,
    published: '2026-11-22',
  });

  it('APA 7: year only, (Version x) and [Data set], no retrieval date for a versioned release', () => {
    expect(c.apa).toBe(
      'Taken from Ukraine. (2026). Deported Ukrainian children: Figures, events and sources (Version 1.1.0) [Data set]. https://taken-from-ukraine.example/data/',
    );
  });

  it('MLA 9: the data set as a stand-alone work, "Version" after the title, publisher, date', () => {
    expect(c.mla).toBe(
      'Deported Ukrainian Children: Figures, Events and Sources. Version 1.1.0, Taken from Ukraine, 22 Nov. 2026, taken-from-ukraine.example/data/. Accessed 1 Dec. 2026.',
    );
  });

  it('Chicago: author, title, version, date, access date, URL', () => {
    expect(c.chicago).toBe(
      'Taken from Ukraine. Deported Ukrainian Children: Figures, Events and Sources. Version 1.1.0. November 22, 2026. Accessed December 1, 2026. https://taken-from-ukraine.example/data/.',
    );
  });

  it('BibTeX: a version field, and the version in the key', () => {
    expect(c.bibtex).toBe(
      [
        '@misc{takenfromukraine-data-2026-v1-1-0,',
        '  author = {{Taken from Ukraine}},',
        '  title = {{Deported Ukrainian children: figures, events and sources}},',
        '  year = {2026},',
        '  month = nov,',
        '  version = {1.1.0},',
        '  howpublished = {\\url{https://taken-from-ukraine.example/data/}},',
        '  url = {https://taken-from-ukraine.example/data/},',
        '  urldate = {2026-12-01},',
        '  note = {Data set. Accessed 2026-12-01}',
        '}',
      ].join('\n'),
    );
  });
});

describe('the rules behind the strings', () => {
  it('title case keeps minor words lower case except first, last and after a colon', () => {
    expect(titleCase('from Crimea to the negotiating table: the events, year by year', 'mla')).toBe('From Crimea to the Negotiating Table: The Events, Year by Year');
    expect(titleCase('what the children were taken into', 'mla')).toBe('What the Children Were Taken Into');
  });

  it('MLA capitalises after a hyphen; Chicago not after a prefix', () => {
    expect(titleCase('camps for re-education and long-term care', 'mla')).toBe('Camps for Re-Education and Long-Term Care');
    expect(titleCase('camps for re-education and long-term care', 'chicago')).toBe('Camps for Re-education and Long-Term Care');
  });

  it('APA capitalises the first word of a subtitle and nothing else', () => {
    expect(apaTitle('new passports, new families: how Russia places children')).toBe('New passports, new families: How Russia places children');
  });

  it('no doubled punctuation after a title that ends in a question mark', () => {
    const c = citations({ ...fixed, kind: 'page', title: 'Why so few come home?', url: `${ORIGIN}/x/`, published: '2026-11-22' });
    expect(c.apa).toContain('Why so few come home? Retrieved');
    expect(c.mla).toContain('“Why So Few Come Home?” Taken from Ukraine');
    expect(c.chicago).toContain('“Why So Few Come Home?” November 22, 2026.');
  });

  it('BibTeX escapes every LaTeX special character once', () => {
    expect(bibEscape('R&D 50% $5 #1 a_b {x} ~ ^ \\')).toBe('R\\&D 50\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    const c = citations({ ...fixed, kind: 'page', title: 'Sanctions & resolutions: 100% of #cases', url: `${ORIGIN}/y/`, published: '2026-11-22' });
    expect(c.bibtex).toContain('  title = {{Sanctions \\& resolutions: 100\\% of \\#cases}},');
  });

  it('rejects a malformed date instead of printing a wrong citation', () => {
    expect(() => citations({ ...fixed, kind: 'page', title: 'X', url: `${ORIGIN}/`, published: '22/11/2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => citations({ ...fixed, siteKey: 'Вивезені', kind: 'page', title: 'X', url: `${ORIGIN}/`, published: '2026-11-22' })).toThrow(
      /siteKey "Вивезені".*Latin letters/,
    );
  });
});

describe('citations in Ukrainian', () => {
  const ukFixed = { ...fixed, site: 'Вивезені з України', locale: 'uk' as const, words: citeWords('uk') };
  const c = citations({
    ...ukFixed,
    kind: 'page',
    title: 'Табори, дитячі будинки і фільтрація: як забирали українських дітей',
    url: `${ORIGIN}/uk/chapters/filtration/`,
    published: '2026-11-22',
    updated: '2027-01-05',
  });

  it('APA: Ukrainian date and «Переглянуто … з», the title as written (no capital after its colon)', () => {
    expect(c.apa).toBe(
      'Вивезені з України. (2027, 5 січня). Табори, дитячі будинки і фільтрація: як забирали українських дітей. Переглянуто 1 грудня 2026 р., з https://taken-from-ukraine.example/uk/chapters/filtration/',
    );
  });

  it('MLA and Chicago: «» quotes with the full stop after them, no title case, Ukrainian words and dates', () => {
    expect(c.mla).toBe(
      '«Табори, дитячі будинки і фільтрація: як забирали українських дітей». Вивезені з України, версія набору даних 1.1.0, 5 січня 2027 р., taken-from-ukraine.example/uk/chapters/filtration/. Переглянуто 1 грудня 2026 р.',
    );
    expect(c.chicago).toBe(
      'Вивезені з України. «Табори, дитячі будинки і фільтрація: як забирали українських дітей». Востаннє змінено 5 січня 2027 р. Версія набору даних 1.1.0. Переглянуто 1 грудня 2026 р. https://taken-from-ukraine.example/uk/chapters/filtration/.',
    );
  });

  it('BibTeX: the same key as the English page (from the Latin site name, not the host), language ukrainian, a Ukrainian note', () => {
    expect(c.bibtex.split('\n')[0]).toBe('@misc{takenfromukraine-filtration-2027,');
    // A local build is served from localhost; the key must not name it.
    const local = citations({ ...ukFixed, kind: 'page', title: 'Т', url: 'http://localhost:4321/uk/chapters/filtration/', published: '2026-11-22' });
    expect(local.bibtex.split('\n')[0]).toBe('@misc{takenfromukraine-filtration-2026,');
    expect(c.bibtex).toContain('  language = {ukrainian},');
    expect(c.bibtex).toContain('  note = {Вебсторінка, версія набору даних 1.1.0. Переглянуто 2026-12-01}');
    expect(c.bibtex).not.toMatch(/Accessed|Web page|Retrieved/);
  });
});

describe('citations as rich text (issue 15: italics survive a copy into a word processor)', () => {
  const page = { ...fixed, kind: 'page' as const, title: 'Why so few? <Returns> & "counts"', url: `${ORIGIN}/chapters/negotiations/`, published: '2026-11-22' };
  const data = { ...fixed, kind: 'dataset' as const, title: 'Deported Ukrainian children: figures, events and sources', url: `${ORIGIN}/data/`, published: '2026-11-22' };

  it('APA italicises the page title (its full stop outside), MLA the site as container, Chicago neither for a page', () => {
    const h = citationsHtml(page);
    expect(h.apa).toBe(`Taken from Ukraine. (2026, November 22). <i>Why so few? &lt;Returns&gt; &amp; &quot;counts&quot;</i>. Retrieved December 1, 2026, from ${ORIGIN}/chapters/negotiations/`);
    expect(h.mla).toContain(' <i>Taken from Ukraine</i>, dataset version 1.1.0,');
    expect(h.chicago).not.toContain('<i>');
  });

  it('a data set is a stand-alone work: its title in italics in APA, MLA and Chicago', () => {
    const h = citationsHtml(data);
    expect(h.apa).toContain('<i>Deported Ukrainian children: Figures, events and sources</i> (Version 1.1.0) [Data set].');
    expect(h.mla.startsWith('<i>Deported Ukrainian Children: Figures, Events and Sources</i>.')).toBe(true);
    expect(h.chicago).toContain('Taken from Ukraine. <i>Deported Ukrainian Children: Figures, Events and Sources</i>. Version 1.1.0.');
  });

  it('with the tags taken out, the rich text reads exactly as the plain citation', () => {
    for (const input of [page, data, { ...data, locale: 'uk' as const, words: citeWords('uk') }]) {
      const h = citationsHtml(input);
      const p = citations(input);
      const text = (html: string) => html.replace(/<\/?i>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect([text(h.apa), text(h.mla), text(h.chicago)]).toEqual([p.apa, p.mla, p.chicago]);
    }
  });
});
