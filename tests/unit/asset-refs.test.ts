// A file a stylesheet names (a font above all) that is missing from the build stops the build
// (src/lib/asset-refs.ts, run in astro:build:done by src/integrations/data-guard.ts; reliability.md F5).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cssUrls, missingCssAssets } from '../../src/lib/asset-refs.ts';
import dataGuard from '../../src/integrations/data-guard.ts';

const dir = mkdtempSync(join(tmpdir(), 'asset-refs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const FONT_CSS = "@font-face{font-family:X;src:url(/fonts/x.woff2) format('woff2')}@font-face{font-family:Y;src:url(\"/fonts/y-latin.woff2\")}";

describe('stylesheet references', () => {
  it('reads local url()s and ignores data:, remote and fragment URLs', () => {
    expect(cssUrls(`${FONT_CSS} a{background:url(data:image/png;base64,AA)} b{background:url(https://x.example/a.png)} c{filter:url(#f)} d{background:url('../img/a.png')}`)).toEqual([
      '/fonts/x.woff2',
      '/fonts/y-latin.woff2',
      '../img/a.png',
    ]);
  });

  it('finds a deleted font named by inlined CSS', () => {
    const root = site('missing', {
      'index.html': `<html><head><style>${FONT_CSS}</style></head></html>`,
      'a/index.html': `<html><head><style>${FONT_CSS}</style></head></html>`,
      'fonts/x.woff2': 'x',
    });
    expect(missingCssAssets(root)).toEqual([{ from: 'a/index.html', url: '/fonts/y-latin.woff2' }]);
  });

  it('resolves relative URLs in .css files from the stylesheet', () => {
    const root = site('relative', { '_astro/a.css': 'a{background:url(../img/a.png)} b{background:url(b.png)}', 'img/a.png': 'x' });
    expect(missingCssAssets(root)).toEqual([{ from: '_astro/a.css', url: 'b.png' }]);
  });

  it('the build hook throws on a missing font', () => {
    const root = site('hook', { 'index.html': `<style>${FONT_CSS}</style>`, 'fonts/x.woff2': 'x' });
    const hook = dataGuard().hooks['astro:build:done'] as (o: unknown) => void;
    expect(() => hook({ dir: pathToFileURL(`${root}/`) })).toThrow(/index\.html: url\(\/fonts\/y-latin\.woff2\) names a file that is not in the build/);
  });

});
