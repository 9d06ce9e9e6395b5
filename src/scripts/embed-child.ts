/**
 * Runs inside an embedded chart (/embed/…): tells the host page the
 * document's height on load and whenever it changes (layout, fonts, the data
 * table opened), in pym.js, Datawrapper and AMP formats, so any of their
 * listeners, or our /embed.js, can size the iframe with no inner scroll bar.
 * Answers pym's width message (and /embed.js's size request) by measuring
 * afresh: the chart already picks its narrow or wide drawing by container
 * width in CSS, so a fresh layout is all a new width needs. Never navigates
 * the host. Bundled and inlined by src/lib/bundle.ts.
 */
import { SIZE_REQUEST, ampHeight, chartIdFromPath, datawrapperHeight, parsePymWidth, pymHeight } from '../lib/embed-messages.ts';

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
  const id = root.getAttribute('data-embed') || chartIdFromPath(location.pathname);
  let last = 0;
  const post = (m: unknown) => {
    try {
      host.postMessage(m, '*');
    } catch {
      // a host that went away has nothing to size
    }
  };
  const send = (force?: boolean) => {
    // getBoundingClientRect forces a synchronous layout, so this is the height at the current width.
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (!h || (h === last && !force)) return;
    last = h;
    if (childId) post(pymHeight(childId, h));
    if (id) post(datawrapperHeight(id, h));
    post(ampHeight(h));
  };
  addEventListener('message', (e) => {
    if (e.source !== host) return;
    if (e.data === SIZE_REQUEST || (childId && parsePymWidth(e.data, childId))) send(true);
  });
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => send()).observe(root);
  else addEventListener('resize', () => send());
  document.addEventListener('toggle', () => send(), true); // <details> opened or closed
  addEventListener('load', () => send(true));
  document.fonts?.ready.then(() => send());
  send(true);
})();
