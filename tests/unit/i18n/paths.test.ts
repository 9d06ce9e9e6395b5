// Locale paths: English at the root, Ukrainian under /uk/ with the same path, hash and query kept.
import { describe, expect, it } from 'vitest';
import { alternatePath, localeOfPath, localePath, stripLocale } from '../../../src/i18n/paths.ts';

describe('locale paths', () => {
  it('prefixes non-English paths and leaves English ones alone', () => {
    expect(localePath('/chapters/filtration/', 'en')).toBe('/chapters/filtration/');
    expect(localePath('/chapters/filtration/', 'uk')).toBe('/uk/chapters/filtration/');
    expect(localePath('/', 'uk')).toBe('/uk/');
    expect(localePath('/timeline/#icc-warrants-2023', 'uk')).toBe('/uk/timeline/#icc-warrants-2023');
    expect(localePath('/search/?q=x', 'uk')).toBe('/uk/search/?q=x');
  });
  it('never doubles a prefix', () => {
    expect(localePath('/uk/data/', 'uk')).toBe('/uk/data/');
    expect(localePath('/uk/data/', 'en')).toBe('/data/');
  });
  it('finds the locale of a path and strips it', () => {
    expect(localeOfPath('/uk/data/')).toBe('uk');
    expect(localeOfPath('/uk')).toBe('uk');
    expect(localeOfPath('/ukraine/')).toBe('en');
    expect(localeOfPath('/data/')).toBe('en');
    expect(stripLocale('/uk/')).toBe('/');
    expect(stripLocale('/uk')).toBe('/');
    expect(stripLocale('/ukraine/')).toBe('/ukraine/');
  });
  it('maps a page to its counterpart both ways', () => {
    expect(alternatePath('/uk/chapters/negotiations/#istanbul', 'en')).toBe('/chapters/negotiations/#istanbul');
    expect(alternatePath('/chapters/negotiations/#istanbul', 'uk')).toBe('/uk/chapters/negotiations/#istanbul');
  });
  it('refuses what is not a site path', () => {
    expect(() => localePath('https://example.org/', 'uk')).toThrow(/not a site path/);
    expect(() => localePath('chapters/', 'uk')).toThrow(/not a site path/);
  });
});
