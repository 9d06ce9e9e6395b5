/**
 * The changelog reader behind the methodology page's corrections log: releases, bold sections, bullets with
 * continuation lines, a release without corrections, and escaping.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { correctionsLog, inlineHtml, parseChangelog } from '../../src/lib/changelog.ts';

const SAMPLE = `# Changelog

Intro text.

## 1.1.0 — 2026-12-01

Some text.

**Added**

- \`a-figure\`: added.

**Corrected**

- \`x\`: its quotation is now
  the full sentence.
- A second <correction> & more.

## 1.0.0 — 2026-11-22

First release.

**Contents**

- 4 series:
  - \`one\`: first.
`;

describe('parseChangelog', () => {
  it('reads releases, sections and bullets, folding continuation lines into their item', () => {
    const r = parseChangelog(SAMPLE);
    expect(r.map((x) => [x.version, x.date])).toEqual([
      ['1.1.0', '2026-12-01'],
      ['1.0.0', '2026-11-22'],
    ]);
    expect(r[0]!.sections['Corrected']).toEqual(['`x`: its quotation is now the full sentence.', 'A second <correction> & more.']);
    expect(r[1]!.sections['Contents']).toEqual(['4 series: `one`: first.']);
  });

  it('lists only releases with corrections, newest first', () => {
    expect(correctionsLog(SAMPLE).map((c) => [c.version, c.items.length])).toEqual([['1.1.0', 2]]);
    expect(correctionsLog(SAMPLE.replace(/\*\*Corrected\*\*[\s\S]*?(?=## 1\.0\.0)/, ''))).toEqual([]);
  });

  it('escapes HTML and keeps code spans', () => {
    expect(inlineHtml('A <b>"x"</b> & `id`')).toBe('A &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; <code>id</code>');
  });

  it('reads the real changelog: every release heading parses, and versions are in descending order', () => {
    const md = readFileSync('content/data/CHANGELOG.md', 'utf8');
    const headings = [...md.matchAll(/^## .*/gm)].length;
    const releases = parseChangelog(md);
    expect(releases.length, 'a "## <version> — <date>" heading did not parse').toBe(headings);
    const versions = releases.map((r) => r.version);
    const sorted = [...versions].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    expect(versions).toEqual(sorted);
  });
});
