/**
 * Chart colours for both themes, written once. Pages get them as CSS custom
 * properties (light-dark() pairs); standalone SVG and PNG files get concrete
 * values for one theme. Chosen for WCAG contrast (≥ 3:1 against the page
 * background for marks) and for colour-blind readers: status is also carried
 * by fill pattern and outline, never by colour alone.
 */
export const PALETTE = {
  verified: { light: '#1d4f91', dark: '#7fb0ff' },
  estimate: { light: '#5f8cc4', dark: '#4f78ad' },
  claim: { light: '#9a4a12', dark: '#f0a868' },
  returned: { light: '#2b7a55', dark: '#6fd19f' },
  neutral: { light: '#77726a', dark: '#8d887f' },
  axis: { light: '#55524c', dark: '#aaa59c' },
  grid: { light: '#e3ded5', dark: '#2f2d2a' },
  text: { light: '#1b1b1b', dark: '#ebe8e2' },
  muted: { light: '#55524c', dark: '#aaa59c' },
  bg: { light: '#fbfaf7', dark: '#141414' },
  occupied: { light: '#d8c3a5', dark: '#6b5538' },
  land: { light: '#e6e1d7', dark: '#36342f' },
  landline: { light: '#ffffff', dark: '#141414' },
  /** A map's coast and outer border: separates land from the page in both themes. */
  coast: { light: '#9c968b', dark: '#8a857c' },
  ukraine: { light: '#f3efe6', dark: '#4a463f' },
  destination: { light: '#9a4a12', dark: '#f0a868' },
} as const;

export type ColorName = keyof typeof PALETTE;
export type Theme = 'light' | 'dark';

/** A colour for chart markup: the page's CSS variable, with the light value as fallback for standalone files. */
export function color(name: ColorName): string {
  return `var(--c-${name}, ${PALETTE[name].light})`;
}

/** The CSS custom properties for pages: one light-dark() pair per colour. */
export function paletteCss(): string {
  const decls = (Object.keys(PALETTE) as ColorName[]).map((k) => `--c-${k}:light-dark(${PALETTE[k].light},${PALETTE[k].dark})`);
  return `:root{${decls.join(';')}}`;
}

/** Replaces var(--c-*, fallback) with the theme's concrete colour, for SVG/PNG files that live outside our pages. */
export function resolveColors(svg: string, theme: Theme = 'light'): string {
  return svg.replace(/var\(--c-([a-z]+),\s*#[0-9a-fA-F]{3,8}\)/g, (whole, name: string) =>
    name in PALETTE ? PALETTE[name as ColorName][theme] : whole,
  );
}

/** Charts are laid out with Source Sans 3's metrics (src/charts/text.ts); pages and embeds serve it, and PNGs are drawn with it. */
export const FONT_SANS = "'Source Sans 3', sans-serif";
