/**
 * A chapter file's frontmatter must open and close with a line of three
 * hyphens. When the closing line is missing or mistyped ("--"), the MDX loader
 * reads no frontmatter at all and reports every field as missing, which hides
 * the real cause (reliability.md F4c); this check names it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CHAPTERS_DIR = 'content/chapters';

/** `<file>: <what is wrong>` for each chapter whose frontmatter is not fenced by `---` lines. */
export function frontmatterProblems(dir = CHAPTERS_DIR): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort();
  } catch {
    return []; // no chapters folder: nothing to check (the content collection reports missing chapters)
  }
  const out: string[] = [];
  for (const name of names) {
    const file = `${dir}/${name}`;
    const lines = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    if (lines[0]?.trimEnd() !== '---') {
      out.push(`${file}: line 1: the frontmatter must start with a line "---" (found ${JSON.stringify(lines[0] ?? '')})`);
      continue;
    }
    const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
    if (close < 0) {
      const near = lines.findIndex((l, i) => i > 0 && /^-{1,2}\s*$|^-{4,}\s*$/.test(l));
      out.push(
        `${file}: the frontmatter opened on line 1 is never closed with a line "---"` +
          (near > 0 ? ` (line ${near + 1} is ${JSON.stringify(lines[near])}: a typo for "---"?)` : ''),
      );
    }
  }
  return out;
}
