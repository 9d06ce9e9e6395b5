/**
 * What a chapter's MDX cites, read from its source text: the figure ids in
 * <Fact>, the chart ids in <Chart> and <Scrolly>, the source ids in <Cite>.
 * Used for the endnotes and by tests; reading the text keeps it independent
 * of render order.
 */
import { ukApostrophes } from '../i18n/apostrophe.ts';

export interface ChapterRefs {
  facts: string[];
  charts: string[];
  cites: string[];
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** `lead`: the chart the chapter opens with (frontmatter `lead`), listed first among its charts. */
export function chapterRefs(body: string, lead?: string): ChapterRefs {
  const all = (re: RegExp) => [...body.matchAll(re)].map((m) => m[1]!);
  return {
    facts: uniq(all(/<Fact\b[^>]*?\bid="([^"]+)"/g)),
    charts: uniq([...(lead ? [lead] : []), ...all(/<Chart\b[^>]*?\bid="([^"]+)"/g), ...all(/<Scrolly\b[^>]*?\bchart="([^"]+)"/g)]),
    cites: uniq(all(/<Cite\b[^>]*?\bid="([^"]+)"/g)),
  };
}

/** Words a reader reads: the prose without JSX tags, imports and markdown syntax. */
export function proseWords(body: string): number {
  const text = body
    .replace(/^import .*$/gm, '')
    .replace(/<Fact\b[^>]*\/>/g, ' 0 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>[\]`|-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

export interface SectionRef {
  /** The stable anchor from <H2 id="…">. */
  id: string;
  /** The heading's visible text, tags removed. */
  title: string;
  /** Former ids kept working by <H2 aliases={[…]}>. */
  aliases: string[];
}

/**
 * The sections of a chapter, in order, read from its MDX: every
 * `<H2 id="…">Heading</H2>`. Pages that link to sections (the teacher's
 * guide, handouts) use this instead of hard-coded anchors, so a renamed or
 * removed section fails the build where it is linked.
 */
export function sectionIds(body: string): SectionRef[] {
  return [...body.matchAll(/<H2\b([^>]*)>([\s\S]*?)<\/H2>/g)].map((m) => {
    const attrs = m[1]!;
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    if (!id) throw new Error(`<H2> without an id: ${m[0].slice(0, 80)}`);
    const aliasList = /\baliases=\{\[([^\]]*)\]\}/.exec(attrs)?.[1] ?? '';
    const aliases = [...aliasList.matchAll(/["']([^"']+)["']/g)].map((a) => a[1]!);
    // Read from the MDX source, so the Markdown processor has not yet given a Ukrainian word its ’ (apostrophe.ts).
    const title = ukApostrophes(
      m[2]!
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    return { id, title, aliases };
  });
}
