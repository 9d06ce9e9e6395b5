/**
 * Runs inside an embedded chart (/embed/…): tells the host page the
 * document's height on load and whenever it changes (layout, fonts, the data
 * table opened), in pym.js, Datawrapper and AMP formats, and in WordPress's
 * format when WordPress embedded the frame (its `#?secret=` in the address),
 * so any of their listeners, or our /embed.js, can size the iframe with no
 * inner scroll bar. Answers pym's width message, /embed.js's size request and
 * WordPress's ready message by measuring afresh: the chart already picks its
 * narrow or wide drawing by container width in CSS, so a fresh layout is all
 * a new width needs.
 *
 * In a sandboxed frame without popups (WordPress gives `sandbox="allow-scripts"`),
 * our links (new tab, from <base target="_blank">) would open nothing; there a
 * click asks WordPress to open the link instead, the one way out of its
 * sandbox. Otherwise links open in a new tab and the host is never navigated.
 * When the host's frame is shorter than the embed (WordPress caps frames at
 * 1000 px), `data-clipped` on <html> keeps the credit line in view
 * (src/styles/embed.css). Bundled and inlined by src/lib/bundle.ts.
 */
import {
  SIZE_REQUEST,
  ampHeight,
  chartIdFromPath,
  datawrapperHeight,
  isWpReady,
  parsePymWidth,
  pymHeight,
  wpHeight,
  wpLink,
  wpSecret,
} from '../lib/embed-messages.ts';

(() => {
  const host = window.parent;
  if (!host || host === window) return; // opened on its own: nobody to tell
  const root = document.documentElement;
  let childId: string | null = null;
  try {
    childId = new URLSearchParams(location.search).get('childId');
  } catch {
    // no query: not in a pym parent
  }
  const secret = wpSecret(location.hash);
  // An opaque origin: sandboxed without allow-same-origin, where popups are blocked too unless allowed.
  const sandboxed = self.origin === 'null';
  const id = root.getAttribute('data-embed') || chartIdFromPath(location.pathname);
  let last = 0;
  const post = (m: unknown) => {
    try {
      host.postMessage(m, '*');
    } catch {
      // a host that went away has nothing to size
    }
  };
  const clipped = () => {
    // The frame's own viewport against the content: true when the host gave us less room than we asked for.
    if (root.scrollHeight > innerHeight + 2) root.setAttribute('data-clipped', '');
    else root.removeAttribute('data-clipped');
  };
  const send = (force?: boolean) => {
    // getBoundingClientRect forces a synchronous layout, so this is the height at the current width.
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (!h || (h === last && !force)) return;
    last = h;
    if (childId) post(pymHeight(childId, h));
    if (id) post(datawrapperHeight(id, h));
    post(ampHeight(h));
    if (secret) post(wpHeight(secret, h));
  };
  addEventListener('message', (e) => {
    if (e.source !== host) return;
    if (e.data === SIZE_REQUEST || (childId && parsePymWidth(e.data, childId)) || (secret && isWpReady(e.data, secret))) send(true);
  });
  if (secret && sandboxed) {
    document.addEventListener('click', (e) => {
      const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!a || !/^https?:$/.test(a.protocol)) return;
      e.preventDefault();
      post(wpLink(secret, a.href));
    });
  }
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => (send(), clipped())).observe(root);
  // The viewport's own size (the host resizing the frame) decides whether the credit line must stick.
  addEventListener('resize', () => {
    send();
    clipped();
  });
  document.addEventListener('toggle', () => (send(), clipped()), true); // <details> opened or closed
  addEventListener('load', () => (send(true), clipped()));
  document.fonts?.ready.then(() => send());
  send(true);
  clipped();
})();
