// A pinned embed, once published, never disappears: every /embed/v<version>/<id>/ and /uk/embed/v<version>/<id>/
// listed in tests/golden/pinned-embeds.json is still built (src/lib/embed-files.ts pinnedEmbeds). A chart code change
// that cannot draw an old release any more, or (before translations were frozen with releases) a retranslation that no
// longer fits an old release, fails here with the addresses it would break. New pinned embeds (a new release) are
// added to the list with UPDATE_GOLDEN=1, which never removes an address.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pinnedEmbeds } from '../../src/lib/embed-files.ts';
import type { Locale } from '../../src/i18n/index.ts';

const GOLDEN = resolve(import.meta.dirname, '../golden/pinned-embeds.json');
const LOCALES: Locale[] = ['en', 'uk'];
const address = (locale: Locale, e: { version: string; id: string }) => `${locale === 'en' ? '' : `/${locale}`}/embed/v${e.version}/${e.id}/`;

describe('published pinned embeds', () => {
  it('every pinned embed ever listed is still built, in English and Ukrainian', { timeout: 120_000 }, () => {
    const built = Object.fromEntries(LOCALES.map((l) => [l, pinnedEmbeds(l).map((e) => address(l, e))])) as Record<Locale, string[]>;
    // As for the chart goldens (tests/helpers/golden.ts), only UPDATE_GOLDEN=1 writes the list: a missing list fails.
    if (process.env.UPDATE_GOLDEN === '1') {
      const old = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string[]>) : {};
      const merged = Object.fromEntries(LOCALES.map((l) => [l, [...new Set([...(old[l] ?? []), ...built[l]])].sort()]));
      writeFileSync(GOLDEN, `${JSON.stringify(merged, null, 2)}\n`);
    }
    expect(existsSync(GOLDEN), 'tests/golden/pinned-embeds.json is missing: restore it with git (UPDATE_GOLDEN=1 writes it)').toBe(true);
    const listed = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string[]>;
    for (const l of LOCALES) {
      expect(listed[l]!.filter((a) => !built[l].includes(a)), `${l}: published pinned embeds no longer built`).toEqual([]);
      expect(built[l].filter((a) => !listed[l]!.includes(a)), `${l}: pinned embeds not yet in tests/golden/pinned-embeds.json (a new release? run with UPDATE_GOLDEN=1)`).toEqual([]);
    }
    expect(listed.uk!.length, 'Ukrainian pinned embeds').toBeGreaterThan(100);
  });
});
