/**
 * The Ukrainian apostrophe in dist/ (issue 14): inside a Ukrainian word every Ukrainian page, drawing, figure card and
 * oEmbed document prints ’ (U+2019), never the ASCII ' or the modifier letter ʼ that translators type
 * (src/i18n/apostrophe.ts). What a source wrote is printed as written: a word of a quote or title in the dataset (or
 * inside a chapter's <Cite>) keeps its own mark, and the sources page still shows those titles exactly.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, assertBuilt, walk } from '../helpers/dist.ts';
import { countUkApostrophes, ukApostrophes } from '../../src/i18n/apostrophe.ts';

/** A Cyrillic word with an apostrophe-like mark inside it (the marks apostrophe.ts replaces, and ’ itself). */
const WORD = /\p{Script=Cyrillic}+(?:['\u02BC\u2018\u0060\u00B4\u2032\u2019]\p{Script=Cyrillic}+)+/gu;
/** HTML's escapes of the ASCII apostrophe. */
const unescape = (s: string) => s.replace(/&#39;|&#x27;|&apos;/gi, "'");

/** Every string in a JSON value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

/** Words a source wrote with a mark other than ’: the dataset and its releases (quotes, titles), and <Cite> children. */
function verbatimWords(): Set<string> {
  const files = ['content/data/dataset.json', ...walk('content/data/releases').filter((f) => /\/\d+\.\d+\.\d+\.json$/.test(f.split(sep).join('/')))];
  const texts = files.flatMap((f) => strings(JSON.parse(readFileSync(f, 'utf8'))));
  for (const f of walk('content/i18n/uk/chapters')) texts.push(...[...readFileSync(f, 'utf8').matchAll(/<Cite\b[^>]*>([\s\S]*?)<\/Cite>/g)].map((m) => m[1]!));
  return new Set(texts.flatMap((t) => t.match(WORD) ?? []).filter((w) => countUkApostrophes(w) > 0));
}

describe('the Ukrainian apostrophe in dist/', () => {
  assertBuilt();
  const verbatim = verbatimWords();
  const files = walk(join(DIST, 'uk')).filter((f) => /\.(html|svg|json|csv)$/.test(f) && !f.includes(`${sep}pagefind${sep}`));

  it('the check has something to look at', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(countUkApostrophes("м'яч пʼять")).toBe(2);
    expect(ukApostrophes("м'яч, пʼять, Мар`їнка; Russia's 'quote'")).toBe('м’яч, п’ять, Мар’їнка; Russia\'s \'quote\'');
  });

  it('every Ukrainian word in every file under /uk/ uses ’, except words a source wrote', () => {
    const bad = new Map<string, number>();
    let total = 0;
    for (const f of files) {
      const text = unescape(readFileSync(f, 'utf8'));
      for (const w of text.match(WORD) ?? []) {
        if (countUkApostrophes(w) === 0 || verbatim.has(w)) continue;
        total++;
        const key = `/${relative(DIST, f).split(sep).join('/')}`;
        bad.set(key, (bad.get(key) ?? 0) + 1);
      }
    }
    const list = [...bad].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f}: ${n}`);
    expect(list, `${total} words with ' or ʼ in ${bad.size} files, e.g.\n${list.slice(0, 20).join('\n')}`).toEqual([]);
  });

  it('titles and quotes from the dataset keep the mark their source used', () => {
    const ds = JSON.parse(readFileSync('content/data/dataset.json', 'utf8')) as { sources: Array<{ title: string }> };
    const titles = ds.sources.map((s) => s.title).filter((t) => countUkApostrophes(t) > 0);
    expect(titles.length, 'the dataset has a source title written with ʼ (Babel: «Ще пʼятеро…»)').toBeGreaterThan(0);
    const page = unescape(readFileSync(join(DIST, 'uk/sources/index.html'), 'utf8'));
    for (const t of titles) expect(page, t).toContain(t);
  });
});
