/**
 * Builds the served web fonts at build time: each face in src/fonts/faces.ts,
 * cut to one script's code points and the layout features the site uses, as
 * WOFF2, with HarfBuzz's subsetter (subset-font). Variable faces are also cut
 * to the weight range the site sets.
 */
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import type { ServedFont } from './faces.ts';

const cache = new Map<string, Promise<Buffer>>();

export function buildFont(f: ServedFont): Promise<Buffer> {
  let hit = cache.get(f.file);
  if (!hit) {
    const text = String.fromCodePoint(...f.script.codePoints);
    hit = subsetFont(readFileSync(f.source), text, {
      targetFormat: 'woff2',
      noHinting: true,
      keepFeatures: f.features,
      ...(f.axes ? { variationAxes: f.axes } : {}),
    }).catch((e: unknown) => {
      throw new Error(`subsetting ${f.source} for /fonts/${f.file} failed: ${e instanceof Error ? e.message : String(e)}`);
    });
    cache.set(f.file, hit);
  }
  return hit;
}

const textCache = new Map<string, Promise<Buffer>>();

/**
 * One source font cut to exactly the characters of `text` (plus kerning and ligatures, so the browser sets them
 * as src/charts/text.ts measured them), as WOFF2: for a page that needs only a handful of glyphs (an embed's chart
 * labels: src/fonts/embed-font.ts).
 */
export function subsetToText(source: string, text: string): Promise<Buffer> {
  const chars = [...new Set(text)].sort().join('');
  const key = `${source}|${chars}`;
  let hit = textCache.get(key);
  if (!hit) {
    hit = subsetFont(readFileSync(source), chars, { targetFormat: 'woff2', noHinting: true, keepFeatures: ['kern', 'liga'] }).catch((e: unknown) => {
      throw new Error(`subsetting ${source} to ${chars.length} characters failed: ${e instanceof Error ? e.message : String(e)}`);
    });
    textCache.set(key, hit);
  }
  return hit;
}
