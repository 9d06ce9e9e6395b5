/**
 * One helper links a page to another page of the site (src/i18n/link.ts `pageLink`): the page in the same locale where
 * it exists, else the English page marked hreflang="en". Two helpers once did this job (page-prose.ts `linkAttrs` and
 * `pageLink`), and a third copy lived in the updates' HTML; copies drift. This test holds the behaviour and keeps the
 * decision in one place: outside link.ts, `existsIn` only chooses which pages to list (header, footer, alternates,
 * search, 404).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageLink } from '../../../src/i18n/link.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|astro)$/.test(e.name) ? [p] : [];
  });
}

describe('pageLink', () => {
  it('links the page in the locale where it exists, else the English page marked hreflang="en"', () => {
    expect(pageLink('/sources/#icc', 'uk')).toEqual({ href: '/uk/sources/#icc' });
    expect(pageLink('/sources/#icc', 'en')).toEqual({ href: '/sources/#icc' });
    expect(pageLink('/corrections/', 'uk')).toEqual({ href: '/corrections/', hreflang: 'en' });
  });

  it('is the only link helper: other modules use existsIn only to list pages', () => {
    // Modules that ask whether a page exists in a locale to decide what to list, not where a link goes.
    const listing = new Set([
      'src/i18n/translated.ts', 'src/i18n/link.ts', 'src/components/SiteFooter.astro', 'src/components/SiteHeader.astro',
      'src/layouts/Base.astro', 'src/pages/search.astro', 'src/pages/404.astro',
    ]);
    const bad: string[] = [];
    for (const f of files('src')) {
      const text = readFileSync(f, 'utf8');
      if (/\bexistsIn\(/.test(text) && !listing.has(f)) bad.push(`${f}: decides a link with existsIn (use pageLink)`);
      if (/export (function|const) (linkAttrs|linkIn)\b/.test(text)) bad.push(`${f}: a second link helper`);
    }
    expect(bad).toEqual([]);
  });
});
