/**
 * The one loader of chart drawings for the browser: lazy column drawings
 * (chart-lazy.ts), breakout drawings (chart-breakout.ts) and the states of a
 * scrolling sequence (scrolly.ts) all fetch an SVG file from this site and use
 * it only if it is one. The address comes from the page (data-src,
 * data-breakout, data-base), which Chart.astro and Scrolly.astro write in the
 * page's language, so a Ukrainian page loads /uk/charts/… drawings.
 */

/** The drawing at `src` (same origin) as SVG text, or null if it cannot be had (offline, missing, not an SVG). */
export async function fetchDrawing(src: string): Promise<string | null> {
  try {
    const res = await fetch(src);
    if (!res.ok) return null;
    const text = await res.text();
    return text.trimStart().startsWith('<svg') ? text : null;
  } catch {
    return null;
  }
}

/** Several drawings, all or nothing: a map by key, or null if any one is missing. */
export async function fetchDrawings<K extends string>(sources: ReadonlyArray<readonly [K, string]>): Promise<Map<K, string> | null> {
  const texts = await Promise.all(sources.map(async ([k, src]) => [k, await fetchDrawing(src)] as const));
  if (texts.some(([, t]) => t === null)) return null;
  return new Map(texts as ReadonlyArray<readonly [K, string]>);
}
