/**
 * Finds stylesheet references that point at nothing in a built site: every
 * local `url(…)` in inlined `<style>` blocks, `style` attributes and `.css`
 * files must name a file in the output folder. A deleted or renamed font (or
 * any other asset a stylesheet names) then stops the build instead of quietly
 * falling back to a system font. It reads whatever the CSS references, so it
 * keeps working when the set of fonts changes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, sep } from 'node:path';

export interface MissingAsset {
  /** The page or stylesheet that names it, relative to the output folder. */
  from: string;
  /** The URL as written. */
  url: string;
}

/** Local URLs in CSS text: `url(/fonts/x.woff2)`, `url("x.png")`; never data:, http(s):, //host or #fragment. */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/g)) {
    const url = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (url === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) continue;
    out.push(url);
  }
  return out;
}

function files(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) stack.push(full);
      else out.push(full);
    }
  }
  return out.sort();
}

/** Every local stylesheet URL in `outDir` that does not resolve to a file there, each missing file reported once. */
export function missingCssAssets(outDir: string): MissingAsset[] {
  const missing: MissingAsset[] = [];
  const seenCss = new Set<string>();
  const seenTarget = new Set<string>();
  for (const file of files(outDir)) {
    const isHtml = file.endsWith('.html');
    if (!isHtml && !file.endsWith('.css')) continue;
    const text = readFileSync(file, 'utf8');
    const from = relative(outDir, file).split(sep).join('/');
    const css = isHtml
      ? [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi), ...text.matchAll(/\sstyle="([^"]*)"/gi)].map((m) => m[1]!).join('\n')
      : text;
    // Pages share their inlined CSS: read each distinct (folder, CSS) pair once.
    const key = createHash('sha1').update(dirname(file)).update('\0').update(css).digest('hex');
    if (seenCss.has(key)) continue;
    seenCss.add(key);
    for (const url of cssUrls(css.replace(/&quot;/g, '"').replace(/&#39;/g, "'"))) {
      const path = decodeURIComponent(url.split(/[?#]/)[0]!);
      const target = path.startsWith('/') ? join(outDir, path) : join(dirname(file), path);
      if (seenTarget.has(target)) continue;
      seenTarget.add(target);
      if (!existsSync(target) || statSync(target).isDirectory()) missing.push({ from, url });
    }
  }
  return missing;
}
