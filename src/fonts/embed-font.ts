/**
 * The chart font of one embed. Embeds set their own text (title, notes, credit) in the reader's system sans, to stay
 * small (src/styles/embed.css), but a chart drawing's labels were placed at build time with Source Sans 3's metrics
 * (src/charts/text.ts): in a wider face (DejaVu Sans runs about 1.25× as wide) they collide with each other and with
 * the drawing's lines, and run off its edge. So every embed carries, inline as data: URLs (no request, and it works
 * in a sandboxed frame with an opaque origin, where a font file from the site would be a blocked cross-origin
 * fetch), a subset of Source Sans 3 holding only the glyphs its drawings' labels use, regular and bold, under a
 * family name of its own that only the drawings use: the rest of the embed's text never mixes the two faces.
 */
import { sansFile } from './faces.ts';
import { subsetToText } from './subset.ts';

/** The family the embed's drawings are set in (embed CSS below); never a name a reader's system could have. */
export const CHART_FAMILY = 'Taken Chart Sans';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    const v = ENTITIES[e.toLowerCase()];
    if (v === undefined) throw new Error(`chart SVG has an entity the font subsetter cannot read: ${m}`);
    return v;
  });
}

/**
 * The characters the labels of these SVG drawings set, split by the face they are drawn in: `font-weight` 600 and
 * above (on the text or any element around it) is drawn bold, as src/fonts/faces.ts serves only 400 and 700.
 */
export function labelText(svgs: readonly string[]): { regular: string; bold: string } {
  const regular = new Set<string>();
  const bold = new Set<string>();
  for (const svg of svgs) {
    const stack: boolean[] = [false];
    let inText = 0;
    for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|([^<]+)/g)) {
      const [, close, tag, attrs, selfClose, chars] = m;
      if (chars !== undefined) {
        if (inText) for (const c of decode(chars)) if (c !== '\n' && c !== '\t') (stack.at(-1) ? bold : regular).add(c);
        continue;
      }
      if (!tag) continue; // a comment
      if (close) {
        stack.pop();
        if (tag === 'text') inText--;
        continue;
      }
      const fw = /\sfont-weight\s*=\s*["']([^"']+)["']/.exec(attrs ?? '')?.[1]?.trim();
      const isBold = fw === undefined ? stack.at(-1)! : fw === 'bold' || fw === 'bolder' || Number(fw) >= 600;
      if (selfClose) continue;
      stack.push(isBold);
      if (tag === 'text') inText++;
    }
  }
  const str = (s: Set<string>) => [...s].sort().join('');
  return { regular: str(regular), bold: str(bold) };
}

/**
 * The CSS an embed page inlines: one @font-face per weight its labels use (a data: URL of the subset), and the rule
 * that sets its drawings in that family (a CSS rule outranks the SVG's own font-family attribute). Empty when the
 * drawings have no text.
 */
export async function chartFontCss(svgs: readonly string[]): Promise<string> {
  const { regular, bold } = labelText(svgs);
  const faces: string[] = [];
  for (const [weight, text] of [
    [400, regular],
    [700, bold],
  ] as const) {
    if (!text) continue;
    const woff2 = await subsetToText(sansFile(weight), text);
    faces.push(
      `@font-face{font-family:"${CHART_FAMILY}";src:url(data:font/woff2;base64,${woff2.toString('base64')}) format("woff2");` +
        `font-weight:${weight};font-style:normal;font-display:block}`,
    );
  }
  if (!faces.length) return '';
  return `${faces.join('')}.chart-body svg{font-family:"${CHART_FAMILY}","Source Sans 3",sans-serif}`;
}
