/**
 * Moves a built page's module scripts after its first paint. Astro writes each
 * component's script as `<script type="module" src="/_astro/…">` where the
 * component sits; the browser fetches them while it is still laying out the
 * page, and on a slow phone those requests compete with the document and the
 * fonts for the first screen (Lighthouse's mobile simulation counts every
 * request that ends before the first paint). `deferModules` replaces them with
 * one inline loader at the end of <body> that, once the first contentful
 * paint has happened, preloads them all at once and runs them in document order, as the
 * browser would have. No script changes the first screen's layout (controls
 * that need a script are in the HTML from the start: tests/browser/
 * late-scripts.test.ts), so the page does not move when they run.
 * src/integrations/late-modules.ts applies it to every built page.
 */

/**
 * The loader. Its text never changes (the modules ride on its data-modules attribute), so the CSP allows it with
 * one hash. Once the browser reports the first contentful paint (a PerformanceObserver for `paint` entries; where
 * there is none, after the first frame: a requestAnimationFrame, then a task) it adds a modulepreload link per
 * module, so they download together, and imports them one after another, so they run in the order they had in the
 * page. A background tab never paints; the 2 s timer covers that case. When all have run it marks
 * <html data-modules-ready> (the browser tests wait for it: tests/helpers/chromium.ts).
 */
export const LOADER =
  "(function(s){var u=(s.getAttribute('data-modules')||'').split(' ').filter(Boolean),d=0;" +
  "function go(){if(d)return;d=1;var h=document.head;u.forEach(function(m){var l=document.createElement('link');l.rel='modulepreload';l.href=m;h.appendChild(l)});" +
  "u.reduce(function(p,m){return p.then(function(){return import(m)})},Promise.resolve())" +
  ".then(function(){document.documentElement.setAttribute('data-modules-ready','')},function(e){console.error(e)})}" +
  "var P=window.PerformanceObserver;if(P&&(P.supportedEntryTypes||[]).indexOf('paint')>=0){" +
  "var o=new P(function(l){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();setTimeout(go,0)}});o.observe({type:'paint',buffered:true})}" +
  "else requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,2000)})(document.currentScript);";

/** Astro's tag for a bundled component script: exactly this form, nothing else (async or inline scripts stay as they are). */
const MODULE_TAG = /<script type="module" src="(\/_astro\/[^"<>\s]+\.js)"><\/script>/g;

/** The page with its bundled module scripts loaded after the first paint; a page without any is returned unchanged. */
export function deferModules(html: string, file = 'page'): string {
  const srcs: string[] = [];
  const out = html.replace(MODULE_TAG, (_tag, src: string) => {
    if (!srcs.includes(src)) srcs.push(src);
    return '';
  });
  if (!srcs.length) return html;
  const end = out.lastIndexOf('</body>');
  if (end < 0) throw new Error(`${file}: has module scripts but no </body> to put their loader before`);
  return `${out.slice(0, end)}<script data-modules="${srcs.join(' ')}">${LOADER}</script>${out.slice(end)}`;
}

/** The module URLs a page's loader will import, in order (for the byte budgets and tests). */
export function deferredModules(html: string): string[] {
  const m = /<script data-modules="([^"]*)">/.exec(html);
  return m ? m[1]!.split(' ').filter(Boolean) : [];
}
