/**
 * Golden-file comparison for chart SVGs, as Observable Plot's own tests do:
 * the output must match tests/golden/<name>.svg byte for byte. On a
 * difference, the new output is written beside it as <name>-changed.svg for
 * review, and the test fails. A missing golden fails too, unless
 * UPDATE_GOLDEN=1, which (re)writes goldens deliberately. Both sides are
 * pretty-printed one element per line (a line break between adjacent tags,
 * text untouched), so a diff shows which marks and labels moved.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(process.cwd(), 'tests', 'golden');

/** One element per line: a newline between every pair of adjacent tags. */
export function prettySvg(svg: string): string {
  return svg.replace(/></g, '>\n<').trim() + '\n';
}

export function matchGolden(name: string, svg: string): { ok: true } | { ok: false; message: string } {
  const actual = prettySvg(svg);
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return { ok: true };
  }
  if (!existsSync(file)) {
    writeFileSync(changed, actual);
    return { ok: false, message: `no golden file tests/golden/${name}.svg; the output is in ${name}-changed.svg. If it is right, run UPDATE_GOLDEN=1 npx vitest run tests/unit/charts` };
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return { ok: true };
  }
  writeFileSync(changed, actual);
  return { ok: false, message: `chart output differs from tests/golden/${name}.svg; see tests/golden/${name}-changed.svg (UPDATE_GOLDEN=1 accepts it)` };
}
