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
