/**
 * /embed.js: the host-side script a newsroom adds beside our iframes. Finds
 * every `iframe[data-taken-embed]` and sets its height from the messages the
 * embedded chart sends (pym.js, Datawrapper or AMP format). A message counts
 * only if it comes from one of those iframes' windows AND from the origin of
 * that iframe's src; anything else, malformed data included, is ignored.
 * Heights are clamped to 50–30000 px (MIN_HEIGHT, MAX_HEIGHT). It never throws, and loading it twice
 * is harmless (a global guard). A frame not yet loaded (a lazy frame still on
 * about:blank) is asked only once it loads, so no message goes to a window
 * of the wrong origin. Our oEmbed HTML puts a link to the chart in a
 * blockquote before the frame (WordPress's shape); once the frame reports,
 * that fallback is hidden. Built and minified by src/pages/embed.js.ts.
 */
import { SIZE_REQUEST, readHeight } from '../lib/embed-messages.ts';

((w: Window & { __takenEmbed?: number }, d: Document) => {
  try {
    if (w.__takenEmbed) return;
    w.__takenEmbed = 1;
    const frames = () => d.querySelectorAll<HTMLIFrameElement>('iframe[data-taken-embed]');
    // The src property is already absolute; an empty or odd src throws here and is skipped.
    const originOf = (f: HTMLIFrameElement) => new URL(f.src).origin;
    // A frame that reported before this script listened is asked again.
    const ask = (f: HTMLIFrameElement) => {
      try {
        // Still about:blank (same origin as us, so readable): it has not loaded; its load event asks.
        try {
          if (f.contentWindow?.location.href === 'about:blank') return;
        } catch {
          // cross-origin: the chart has loaded
        }
        const o = originOf(f);
        if (o !== 'null') f.contentWindow?.postMessage(SIZE_REQUEST, o);
      } catch {
        // not loaded yet: it reports on its own load
      }
    };
    w.addEventListener('message', (e) => {
      try {
        const list = frames();
        for (let i = 0; i < list.length; i++) {
          const f = list[i]!;
          if (!e.source || f.contentWindow !== e.source) continue;
          const o = originOf(f);
          if (o === 'null' || e.origin !== o) return;
          const h = readHeight(e.data);
          if (h !== undefined) {
            f.style.height = h + 'px';
            const q = f.previousElementSibling;
            if (q && q.tagName === 'BLOCKQUOTE' && q.classList.contains('wp-embedded-content')) (q as HTMLElement).style.display = 'none';
          }
          return;
        }
      } catch {
        // never break the host page
      }
    });
    const init = () => {
      const list = frames();
      for (let i = 0; i < list.length; i++) {
        const f = list[i]!;
        ask(f);
        f.addEventListener('load', () => ask(f));
      }
    };
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', init);
    else init();
  } catch {
    // never break the host page
  }
})(window, document);
