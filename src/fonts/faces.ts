/**
 * The site's two typefaces, declared once: where each source font file comes
 * from (npm packages, resolved on this machine), which weights are served, and
 * how each is split by script (Latin, Cyrillic) with the `unicode-range` the
 * browser uses to fetch only what a page needs. The subsetter
 * (src/fonts/subset.ts), the text measurer (src/charts/text.ts), the PNG
 * renderer (src/charts/files.ts) and the @font-face rules in
 * src/styles/global.css and embed.css (checked by tests/unit/fonts.test.ts) all
 * read this file, so a chart is laid out with the metrics of the font it is
 * drawn in. A missing source file fails the build with its path.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** A script subset: its name in file names, its CSS unicode-range, and every code point it contains. */
export interface Script {
  name: 'latin' | 'cyrillic';
  unicodeRange: string;
  codePoints: number[];
}

function parseRange(range: string): number[] {
  const out: number[] = [];
  for (const part of range.split(',').map((s) => s.trim())) {
    const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part);
    if (!m) throw new Error(`src/fonts/faces.ts: bad unicode-range part "${part}"`);
    const a = parseInt(m[1]!, 16);
    const b = m[2] ? parseInt(m[2], 16) : a;
    for (let c = a; c <= b; c++) out.push(c);
  }
  return out;
}

function script(name: Script['name'], unicodeRange: string): Script {
  return { name, unicodeRange, codePoints: parseRange(unicodeRange) };
}

/**
 * Latin: ASCII, Latin-1 and the punctuation the site sets (dashes, quotes, thin and no-break spaces, ellipsis,
 * arrows, minus, numero). Cyrillic: the Russian and Ukrainian alphabets and the combining acute (stress marks).
 */
export const SCRIPTS: Script[] = [
  script(
    'latin',
    'U+0020-007E, U+00A0-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2009-200B, ' +
      'U+2010-2014, U+2018-201A, U+201C-201E, U+2020, U+2022, U+2026, U+202F, U+2032-2033, U+2039-203A, U+20AC, U+2122, ' +
      'U+2190-2193, U+2212, U+2215, U+2116',
  ),
  script('cyrillic', 'U+0301, U+0401, U+0404, U+0406-0407, U+0410-044F, U+0451, U+0454, U+0456-0457, U+0490-0491'),
];

/** Layout features every web subset keeps (kerning, ligatures, marks); the rest (small caps, alternates, other figures) is dropped. */
const BASE_FEATURES = ['kern', 'liga', 'ccmp', 'locl', 'mark', 'mkmk'];

export interface Face {
  family: string;
  /** The file-name stem of the served files: /fonts/<stem>-<weight>-<script>.woff2 (or -<script> for a variable face). */
  stem: string;
  /** Source file per served weight; a variable face has one file and a weight range. */
  files: Array<{ weight: number; path: string }>;
  /** For a variable face, the weight range to keep. */
  range?: [number, number];
  /** The package and licence file shipped under /fonts/. */
  licence: { path: string; file: string };
  /** OpenType layout features kept in the web subsets. */
  features: string[];
}

function need(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new Error(`font file missing: ${path} (${what}). Run "npm ci"; the build cannot lay out charts or serve type without it.`);
  }
  return path;
}

function pkgDir(pkg: string): string {
  try {
    return dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    throw new Error(`font package "${pkg}" is not installed (node_modules/${pkg}). Run "npm ci".`);
  }
}

/**
 * Source Sans 3: headings, UI and every chart label. Static instances, so the PNG renderer (no variable-font
 * support) draws the same glyphs; regular and bold only, to keep a page's fonts within budget (a semibold
 * request is drawn, and measured, bold).
 */
export function sansFace(): Face {
  const dir = pkgDir('source-sans');
  const file = (w: number, name: string) => ({ weight: w, path: need(join(dir, 'TTF', `SourceSans3-${name}.ttf`), `Source Sans 3 ${name}`) });
  return {
    family: 'Source Sans 3',
    stem: 'source-sans-3',
    files: [file(400, 'Regular'), file(700, 'Bold')],
    licence: { path: need(join(dir, 'LICENSE.md'), 'Source Sans 3 licence'), file: 'OFL-source-sans-3.txt' },
    // Tabular figures for tables; the default figures are proportional.
    features: [...BASE_FEATURES, 'tnum'],
  };
}

/** Source Serif 4 (variable): reading text, cut to the weights the site uses. */
export function serifFace(): Face {
  const dir = pkgDir('@fontsource-variable/source-serif-4');
  return {
    family: 'Source Serif 4',
    stem: 'source-serif-4',
    // Fontsource ships the variable font already split by script (serifSource); each is subset again to SCRIPTS' ranges.
    files: [],
    range: [400, 700],
    licence: { path: need(join(dir, 'LICENSE'), 'Source Serif 4 licence'), file: 'OFL-source-serif-4.txt' },
    // Proportional figures for prose (global.css sets them); the default figures are tabular.
    features: [...BASE_FEATURES, 'pnum'],
  };
}

/** The Fontsource file that holds a script of Source Serif 4. */
export function serifSource(s: Script): string {
  return need(join(pkgDir('@fontsource-variable/source-serif-4'), 'files', `source-serif-4-${s.name}-wght-normal.woff2`), `Source Serif 4 ${s.name}`);
}

/** The served font files: URL file name → what to build it from. */
export interface ServedFont {
  file: string;
  family: string;
  weight: string;
  script: Script;
  source: string;
  features: string[];
  axes?: { wght: { min: number; max: number } };
}

export function servedFonts(): ServedFont[] {
  const out: ServedFont[] = [];
  const sans = sansFace();
  for (const s of SCRIPTS) {
    for (const f of sans.files) {
      out.push({ file: `${sans.stem}-${f.weight}-${s.name}.woff2`, family: sans.family, weight: String(f.weight), script: s, source: f.path, features: sans.features });
    }
  }
  const serif = serifFace();
  const [min, max] = serif.range!;
  for (const s of SCRIPTS) {
    out.push({ file: `${serif.stem}-${s.name}.woff2`, family: serif.family, weight: `${min} ${max}`, script: s, source: serifSource(s), features: serif.features, axes: { wght: { min, max } } });
  }
  return out;
}

/** The Source Sans 3 file a weight is drawn with: the nearest served weight (600 → 700, as browsers pick), for measuring and for resvg. */
export function sansFile(weight: number): string {
  const files = sansFace().files;
  const f = weight > 500 ? files.find((x) => x.weight >= weight) : [...files].reverse().find((x) => x.weight <= weight);
  if (!f) throw new Error(`Source Sans 3 is served at ${files.map((x) => x.weight).join(', ')}; no face for weight ${weight}`);
  return f.path;
}

/** The @font-face rules for the served files, as global.css and embed.css must contain them. */
export function fontFaceCss(filter: (f: ServedFont) => boolean = () => true): string {
  return servedFonts()
    .filter(filter)
    .map(
      (f) =>
        `@font-face {\n  font-family: '${f.family}';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${f.weight};\n` +
        `  src: url('/fonts/${f.file}') format('woff2');\n  unicode-range: ${f.script.unicodeRange};\n}`,
    )
    .join('\n');
}
