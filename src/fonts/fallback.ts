/**
 * Metric-matched fallback faces: while Source Sans 3 and Source Serif 4 load (font-display: swap), text is set in a
 * local font scaled and spaced to take the same room, so the swap does not move the page (Lighthouse measured a 0.093
 * layout shift on the chapter headline from the swap alone). Each fallback is a local() face with size-adjust and
 * ascent/descent/line-gap overrides computed from the two fonts' metrics, as Next.js and fontaine do.
 *
 * xWidthAvg (the average advance width of Latin text, weighted by letter frequency) and the local fonts' vertical
 * metrics are copied from @capsizecss/metrics 4.3.0 (entireMetricsCollection/<font>/index.mjs; MIT). Our own fonts'
 * vertical metrics are those of the files we serve (the npm source-sans release has a shorter hhea than Google's):
 * tests/unit/font-fallback.test.ts checks them against the files, and checks each scale against text set in the
 * Liberation fonts, Arial's and Times New Roman's metric twins.
 */

/** One font's vertical metrics and average Latin advance, in its own units. */
export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  xWidthAvg: number;
}

/** Our web fonts, regular and bold. */
export const WEB_METRICS = {
  'Source Sans 3': {
    400: { unitsPerEm: 1000, ascent: 1000, descent: -326, lineGap: 0, xWidthAvg: 418 },
    700: { unitsPerEm: 1000, ascent: 1000, descent: -326, lineGap: 0, xWidthAvg: 443 },
  },
  'Source Serif 4': {
    400: { unitsPerEm: 1000, ascent: 1036, descent: -335, lineGap: 0, xWidthAvg: 479 },
    700: { unitsPerEm: 1000, ascent: 1036, descent: -335, lineGap: 0, xWidthAvg: 494 },
  },
} as const satisfies Record<string, Record<400 | 700, FontMetrics>>;

export type WebFamily = keyof typeof WEB_METRICS;

/** A local font a fallback face may use: the names local() tries (full name, PostScript name, metric twins), per weight. */
interface LocalFont {
  /** Suffix of the fallback family's name: 'Source Sans 3 Arial'. */
  tag: string;
  local: Record<400 | 700, string[]>;
  metrics: Record<400 | 700, FontMetrics>;
}

// Liberation Sans and Arimo share Arial's advance widths and vertical metrics, Liberation Serif and Tinos share Times
// New Roman's: so one face serves Windows and macOS (Arial, Times New Roman), Linux and ChromeOS (Liberation, Arimo,
// Tinos). Roboto and Noto Serif are Android's.
const ARIAL: LocalFont = {
  tag: 'Arial',
  local: {
    400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans-Regular', 'Arimo', 'Arimo-Regular'],
    700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold'],
  },
  metrics: {
    400: { unitsPerEm: 2048, ascent: 1854, descent: -434, lineGap: 67, xWidthAvg: 913 },
    700: { unitsPerEm: 2048, ascent: 1854, descent: -434, lineGap: 67, xWidthAvg: 983 },
  },
};
const ROBOTO: LocalFont = {
  tag: 'Roboto',
  local: { 400: ['Roboto', 'Roboto Regular', 'Roboto-Regular'], 700: ['Roboto Bold', 'Roboto-Bold'] },
  metrics: {
    400: { unitsPerEm: 2048, ascent: 1900, descent: -500, lineGap: 0, xWidthAvg: 911 },
    700: { unitsPerEm: 2048, ascent: 1900, descent: -500, lineGap: 0, xWidthAvg: 926 },
  },
};
const TIMES: LocalFont = {
  tag: 'Times',
  local: {
    400: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif-Regular', 'Tinos', 'Tinos-Regular'],
    700: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold', 'Tinos-Bold'],
  },
  metrics: {
    400: { unitsPerEm: 2048, ascent: 1825, descent: -443, lineGap: 87, xWidthAvg: 832 },
    700: { unitsPerEm: 2048, ascent: 1825, descent: -443, lineGap: 87, xWidthAvg: 886 },
  },
};
const NOTO_SERIF: LocalFont = {
  tag: 'Noto',
  local: { 400: ['Noto Serif', 'Noto Serif Regular', 'NotoSerif-Regular'], 700: ['Noto Serif Bold', 'NotoSerif-Bold'] },
  metrics: {
    400: { unitsPerEm: 1000, ascent: 1069, descent: -293, lineGap: 0, xWidthAvg: 481 },
    700: { unitsPerEm: 1000, ascent: 1069, descent: -293, lineGap: 0, xWidthAvg: 512 },
  },
};

/** The local fonts tried, in order, for each web font. */
const FALLBACKS: Record<WebFamily, LocalFont[]> = {
  'Source Sans 3': [ARIAL, ROBOTO],
  'Source Serif 4': [TIMES, NOTO_SERIF],
};

/** The fallback families for a web font, in the order a font stack should list them after it. */
export function fallbackFamilies(family: WebFamily): string[] {
  return FALLBACKS[family].map((f) => `${family} ${f.tag}`);
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The descriptors that make `local` take the room `web` would: scale by average width, then match the line box. */
export function overrides(web: FontMetrics, local: FontMetrics) {
  const sizeAdjust = web.xWidthAvg / web.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
  return {
    sizeAdjust,
    ascentOverride: web.ascent / web.unitsPerEm / sizeAdjust,
    descentOverride: Math.abs(web.descent) / web.unitsPerEm / sizeAdjust,
    lineGapOverride: web.lineGap / web.unitsPerEm / sizeAdjust,
  };
}

/** The @font-face rules for every fallback face, as global.css must contain them (tests/unit/fonts.test.ts). */
export function fallbackFaceCss(): string {
  const out: string[] = [];
  for (const family of Object.keys(FALLBACKS) as WebFamily[]) {
    for (const local of FALLBACKS[family]) {
      for (const weight of [400, 700] as const) {
        const o = overrides(WEB_METRICS[family][weight], local.metrics[weight]);
        out.push(
          `@font-face {\n  font-family: '${family} ${local.tag}';\n  font-style: normal;\n  font-weight: ${weight};\n` +
            `  src: ${local.local[weight].map((n) => `local('${n}')`).join(', ')};\n` +
            `  size-adjust: ${pct(o.sizeAdjust)};\n  ascent-override: ${pct(o.ascentOverride)};\n` +
            `  descent-override: ${pct(o.descentOverride)};\n  line-gap-override: ${pct(o.lineGapOverride)};\n}`,
        );
      }
    }
  }
  return out.join('\n');
}
