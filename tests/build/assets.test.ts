// Every file the built stylesheets name (fonts above all) is in dist/; the build itself also refuses otherwise
// (src/integrations/data-guard.ts), and tests/unit/asset-refs.test.ts shows that check failing on a deleted font.
import { describe, expect, it } from 'vitest';
import { cssUrls, missingCssAssets } from '../../src/lib/asset-refs.ts';
import { assertBuilt, builtPages, DIST } from '../helpers/dist.ts';

describe('assets named by stylesheets', () => {
  it('all exist in dist/', () => {
    assertBuilt();
    expect(missingCssAssets(DIST)).toEqual([]);
  });
  it('the pages do name fonts (so the check above checks something)', () => {
    const home = builtPages().find((p) => p.url === '/');
    expect(cssUrls(home?.html ?? '').filter((u) => u.endsWith('.woff2')).length).toBeGreaterThan(0);
  });
});
