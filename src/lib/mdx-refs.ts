/**
 * Every id an MDX file names (<Fact id>, <Cite id>, <Chart id>, <Scrolly chart>,
 * <Term id>) is checked before the build renders a page, so a typo stops the
 * build naming the .mdx file, its line and column, the id and the ids it was
 * probably meant to be (reliability.md F1, F2, F9, D16). Rendering would name
 * only the page URL, and only for the first bad id it met.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../data/checks/near.ts';

export type RefKind = 'figure' | 'source' | 'chart' | 'term';

/** The ids that exist, by kind; a kind left out is not checked here (its own loader reports a file it cannot read). */
export type KnownIds = Partial<Record<RefKind, ReadonlySet<string>>>;

export interface MdxRef {
  kind: RefKind;
  id: string;
  /** The tag as written, e.g. `<Fact id>`. */
  tag: string;
  line: number;
  column: number;
}

// Component → the attribute holding its id, and what that id names.
const TAGS: { tag: string; attr: string; kind: RefKind }[] = [
  { tag: 'Fact', attr: 'id', kind: 'figure' },
  { tag: 'Cite', attr: 'id', kind: 'source' },
  { tag: 'Chart', attr: 'id', kind: 'chart' },
  { tag: 'Scrolly', attr: 'chart', kind: 'chart' },
  { tag: 'Term', attr: 'id', kind: 'term' },
];

/** The folders whose .mdx files use these components. */
export const MDX_DIRS = ['content/chapters', 'content/i18n/uk/chapters', 'content/pages/en', 'content/pages/uk'];

/** The references in one MDX text, with 1-based line and column of the id. */
export function mdxRefs(text: string): MdxRef[] {
  const out: MdxRef[] = [];
  // Line starts, so an offset becomes line:column without re-scanning the text per match.
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
  for (const { tag, attr, kind } of TAGS) {
    // The attribute anywhere in the opening tag; [^<>] keeps a match inside one tag and linear in time.
    const re = new RegExp(`<${tag}\\b[^<>]*?\\s${attr}=(["'])([^"'<>]*)\\1`, 'g');
    for (const m of text.matchAll(re)) {
      const offset = m.index + m[0].length - m[2]!.length - 1;
      out.push({ kind, id: m[2]!, tag: `<${tag} ${attr}>`, ...position(offset) });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

const NOUN: Record<RefKind, string> = {
  figure: 'figure id',
  source: 'source id',
  chart: 'chart id (src/charts/index.ts)',
  term: 'glossary term id (content/glossary.json)',
};

/** `<file>:<line>:<column>: <Tag attr>: unknown … "id"; did you mean …?` for each id that does not exist. */
export function refProblems(file: string, text: string, known: KnownIds): string[] {
  return mdxRefs(text)
    .flatMap((r) => {
      const ids = known[r.kind];
      if (!ids || ids.has(r.id)) return [];
      return [`${file}:${r.line}:${r.column}: ${r.tag}: unknown ${NOUN[r.kind]} ${JSON.stringify(r.id)}${didYouMean(r.id, ids)}`];
    });
}

/** The problems of every .mdx file under `dirs` (missing folders are skipped: the content collections report them). */
export function mdxRefProblems(known: KnownIds, dirs: readonly string[] = MDX_DIRS): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort();
    } catch {
      continue;
    }
    for (const name of names) out.push(...refProblems(`${dir}/${name}`, readFileSync(join(dir, name), 'utf8'), known));
  }
  return out;
}

/** The ids that exist today: the working dataset's figures and sources, the chart registry's ids, the glossary's terms. */
export function knownIds(
  dataset: { figures: { id: string }[]; sources: { id: string }[] },
  chartIds: readonly string[],
  glossary: { id: string }[] | null,
): KnownIds {
  return {
    figure: new Set(dataset.figures.map((f) => f.id)),
    source: new Set(dataset.sources.map((s) => s.id)),
    chart: new Set(chartIds),
    ...(glossary ? { term: new Set(glossary.map((g) => g.id)) } : {}),
  };
}

/** The glossary's entries, or null when the file cannot be read as an array (its content loader reports why, with line and column). */
export function readGlossary(path = 'content/glossary.json'): { id: string }[] | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(parsed) ? (parsed as { id: string }[]) : null;
  } catch {
    return null;
  }
}
