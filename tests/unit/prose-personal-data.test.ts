// The build refuses a chapter, page, glossary or teacher's guide that holds what looks like a person's birth date,
// e-mail address or phone number (src/lib/prose-personal-data.ts, run by src/integrations/data-guard.ts), in both
// languages, with the file and line; the site's own text passes, and so does prose that only names the rule.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proseFiles, prosePersonalData, prosePersonalDataProblems } from '../../src/lib/prose-personal-data.ts';

describe("personal data in the site's own text", () => {
  it('scans every chapter and page in both languages, the glossaries and the teaching guides, not the dataset', () => {
    const files = proseFiles();
    for (const f of ['content/chapters/filtration.mdx', 'content/i18n/uk/chapters/filtration.mdx', 'content/pages/en/methodology.mdx', 'content/pages/uk/about.mdx', 'content/glossary.json', 'content/i18n/uk/teach.json', 'content/teach-packs.json', 'content/i18n/uk/teach-packs.json']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('content/data/'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('helplines.json'))).toEqual([]);
  });

  it("finds nothing in the site's text as it is", () => {
    expect(prosePersonalDataProblems()).toEqual([]);
  });

  it.each([
    ['A girl, born on 12 March 2015, was taken from Kherson.', /birth date/],
    ['Дівчинка, 2015 р.н., була в таборі.', /year of birth/],
    ['Її мати писала на maria.ivanova [at] gmail [dot] com.', /e-mail/],
    ['Call her aunt on +380 67 123 45 67.', /phone/],
  ])('flags %j with its file and line', (text, what) => {
    const hits = prosePersonalData('content/chapters/x.mdx', `---\ntitle: x\n---\n\n${text}\n`);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatch(/^content\/chapters\/x\.mdx:5: looks like /);
    expect(hits[0]).toMatch(what);
  });

  it('lets prose name the rule without a value ("never shows a birth date")', () => {
    expect(prosePersonalData('a.mdx', "It never shows a child's photograph, birth date, or place of birth.")).toEqual([]);
  });

  it('stops the build on a planted birth date in a Ukrainian chapter copy', () => {
    const root = mkdtempSync(join(tmpdir(), 'prose-pd-'));
    try {
      cpSync('content', join(root, 'content'), { recursive: true, filter: (src) => !src.includes('/data/') });
      const f = join(root, 'content/i18n/uk/chapters/adoption-pipeline.mdx');
      writeFileSync(f, `${readFileSync(f, 'utf8')}\nДівчинка народилася 3 травня 2016 року.\n`);
      const out = prosePersonalDataProblems(root);
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(/^content\/i18n\/uk\/chapters\/adoption-pipeline\.mdx:\d+: looks like a person's birth date/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
