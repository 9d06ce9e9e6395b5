/** The rewrite that loads a page's module scripts after its first paint (src/lib/late-modules.ts). */
import { describe, expect, it } from 'vitest';
import { deferModules, deferredModules, LOADER } from '../../src/lib/late-modules.ts';
import { inlineScripts } from '../../src/lib/headers.ts';

const A = '<script type="module" src="/_astro/Chart.astro_astro_type_script_index_0_lang.CYbpiMV6.js"></script>';
const B = '<script type="module" src="/_astro/Fact.F-06Nu1E.js"></script>';

describe('deferModules', () => {
  it('replaces every bundled module tag with one loader before </body>, in document order, each once', () => {
    const html = `<html><head></head><body><p>x</p>${B}<figure>${A}</figure><figure>${A}</figure></body></html>`;
    const out = deferModules(html);
    expect(out).not.toContain('type="module" src=');
    expect(deferredModules(out)).toEqual(['/_astro/Fact.F-06Nu1E.js', '/_astro/Chart.astro_astro_type_script_index_0_lang.CYbpiMV6.js']);
    expect(out).toMatch(/<figure><\/figure><figure><\/figure><script data-modules="[^"]+">[^<]+<\/script><\/body><\/html>$/);
  });

  it('writes the same loader text on every page, so the CSP allows it with one hash', () => {
    const one = inlineScripts(deferModules(`<body>${A}</body>`));
    const two = inlineScripts(deferModules(`<body>${B}${A}</body>`));
    expect(one).toEqual([LOADER]);
    expect(two).toEqual([LOADER]);
  });

  it('leaves pages without bundled modules, async scripts and inline modules as they are', () => {
    const html = '<body><script src="/embed.js" async></script><script type="module">a()</script><script>b()</script></body>';
    expect(deferModules(html)).toBe(html);
    expect(deferredModules(html)).toEqual([]);
  });

  it('names the file when a page with modules has no </body>', () => {
    expect(() => deferModules(`<div>${A}</div>`, 'chapters/x/index.html')).toThrow(/chapters\/x\/index\.html: has module scripts but no <\/body>/);
  });

  it('loads after the first contentful paint (or a frame where paints are not reported), preloads all at once, runs them in order and marks the page when done', () => {
    expect(LOADER).toContain("getEntriesByName('first-contentful-paint')");
    expect(LOADER).toContain("o.observe({type:'paint',buffered:true})");
    expect(LOADER).toMatch(/else requestAnimationFrame\(function\(\)\{setTimeout\(go,0\)\}\)/);
    expect(LOADER).toContain("l.rel='modulepreload'");
    expect(LOADER).toMatch(/reduce\(function\(p,m\)\{return p\.then\(function\(\)\{return import\(m\)\}\)\}/);
    expect(LOADER).toContain("setAttribute('data-modules-ready','')");
    // It must survive being parsed as a classic script.
    expect(() => new Function(LOADER)).not.toThrow();
  });
});
