/**
 * The personal-data scan (src/data/checks/personal-data.ts) over the site's
 * own writing, not only the dataset: every chapter and page in MDX, the
 * glossary and the teacher's guide, in every language. A child's birth date,
 * an e-mail address or a phone number typed into a chapter is refused by the
 * build with its file and line, as it is in the dataset.
 *
 * Two differences from the dataset scan, both because prose talks about the
 * rule itself: a bare mention of "birth date" (no digits) is allowed (the
 * methodology says the site never shows one), and field names are not read
 * (JSON content files have no personal fields to name). The helplines files are
 * not scanned: their phone numbers are organisations' public lines, each
 * checked on the operator's own site (tests/unit/teach.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { scanString } from '../data/checks/personal-data.ts';

const PROSE = /\.(mdx|md)$/;
const CONTENT_JSON = new Set(['glossary.json', 'teach.json', 'teach-packs.json']);

/** The files scanned, relative to the project: content/**.mdx plus every glossary.json, teach.json and teach-packs.json (releases and data excluded). */
export function proseFiles(root = process.cwd()): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (relative(root, p) !== join('content', 'data')) walk(p);
      } else if (PROSE.test(e.name) || CONTENT_JSON.has(e.name)) out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk(resolve(root, 'content'));
  return out.sort();
}

/** "file:line: looks like …" for every hit in one file's text. */
export function prosePersonalData(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const r of scanString(line)) {
      if (r.what === "a person's birth date" && !/\d/.test(r.match)) continue; // the words alone, as in "never shows a birth date"
      out.push(`${file}:${i + 1}: looks like ${r.what} (${JSON.stringify(r.match)}); the site publishes aggregates only: no child's name, birth date, photo, address or contact details`);
    }
  });
  return out;
}

export function prosePersonalDataProblems(root = process.cwd()): string[] {
  return proseFiles(root).flatMap((f) => prosePersonalData(f, readFileSync(resolve(root, f), 'utf8')));
}
